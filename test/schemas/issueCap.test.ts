import { describe, expect, it } from 'vitest';
import { capIssues, MAX_ISSUES } from '../../src/schemas/issueCap.js';
import type { ValidationIssue } from '../../src/schemas/issues.js';

const issue = (path: string, message = 'must be a safe integer'): ValidationIssue => ({
  path,
  message,
  severity: 'error',
  code: 'custom',
});

describe('capIssues', () => {
  it('lists once an issue zod gives twice (1e21 is neither a safe integer nor at most 23), in order', () => {
    const twice = [issue('gcmObjectives[0]'), issue('dates.end'), issue('gcmObjectives[0]')];
    expect(capIssues(twice).map((i) => i.path)).toEqual(['gcmObjectives[0]', 'dates.end']);
    // Same path, other message: two issues.
    expect(capIssues([issue('country'), issue('country', 'must be upper case')])).toHaveLength(2);
  });

  it('drops repeats the same way in a long list as in a short one', () => {
    const many = Array.from({ length: 40 }, (_, i) => issue(`sources[${i % 20}].url`));
    expect(capIssues(many).map((i) => i.path)).toEqual(
      Array.from({ length: 20 }, (_, i) => `sources[${i}].url`),
    );
  });

  it(`keeps ${MAX_ISSUES} issues and counts the rest in one last issue`, () => {
    const many = Array.from({ length: MAX_ISSUES + 3 }, (_, i) => issue(`parts[${i}].id`));
    const capped = capIssues(many);
    expect(capped).toHaveLength(MAX_ISSUES + 1);
    expect(capped.at(-1)?.message).toBe('and 3 more issues, not listed');
    expect(capIssues([issue('id')], 2).map((i) => i.message)).toEqual([
      'must be a safe integer',
      'and 2 more issues, not listed',
    ]);
  });
});
