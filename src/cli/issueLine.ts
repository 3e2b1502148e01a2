import type { ValidationIssue } from '../schemas/issues.js';
import type { Io } from './io.js';
import { printable, printableJson } from './printable.js';

/**
 * One problem as `gcm-kit validate` prints it, and `--records` after it:
 * `file:line:column  severity[  record]  path  message  (hint)`. A value is
 * offered as "did you mean"; a fix in words is printed as it is. Internal.
 */
export function issueLine(where: string, issue: ValidationIssue, io: Io, record = ''): string {
  const s = io.style;
  const tag = issue.severity === 'error' ? s.red('error') : s.yellow('warning');
  const hint =
    issue.suggestion === undefined
      ? ''
      : issue.code === 'anachronistic_tag'
        ? `  (${printable(issue.suggestion)})`
        : `  (did you mean ${printableJson(issue.suggestion)}?)`;
  return `${printable(where)}  ${tag}${record}  ${printable(issue.path)}  ${printable(issue.message)}${hint}`;
}
