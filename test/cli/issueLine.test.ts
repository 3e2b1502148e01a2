import { describe, expect, it } from 'vitest';
import { issueLine } from '../../src/cli/issueLine.js';
import { plainStyle } from '../../src/cli/style.js';
import type { ValidationIssue } from '../../src/schemas/issues.js';

const issue: ValidationIssue = {
  path: 'country',
  message: 'must be an ISO 3166-1 alpha-3 country code such as BLR',
  severity: 'error',
  code: 'invalid_value',
  suggestion: 'ISL',
};

describe('issueLine', () => {
  it('prints file:line:column, severity, path, message and the suggestion', () => {
    expect(issueLine('a.ndjson:2:103', issue, plainStyle)).toBe(
      'a.ndjson:2:103  error  country  must be an ISO 3166-1 alpha-3 country code such as BLR  (did you mean "ISL"?)',
    );
  });

  it('colours the severity only with the style it is given: standard error gets plainStyle, so --records lines carry no escaped colour code', () => {
    const red = { ...plainStyle, red: (text: string) => `\u001b[31m${text}\u001b[39m` };
    expect(issueLine('a.ndjson:2', issue, red)).toContain('\u001b[31merror');
    expect(issueLine('a.ndjson:2', issue, plainStyle)).not.toContain('\u001b');
  });
});
