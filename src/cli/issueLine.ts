import type { ValidationIssue } from '../schemas/issues.js';
import { printable, printableJson } from './printable.js';
import type { Style } from './style.js';

/**
 * One problem as `gcm-kit validate` prints it, and `--records` after it:
 * `file:line:column  severity[  record]  path  message  (hint)`. A value is
 * offered as "did you mean"; a fix in words is printed as it is. `s` is the
 * style of the stream it goes to: standard error escapes colour codes and
 * colours whole lines itself, so it takes `plainStyle`. Internal.
 */
export function issueLine(where: string, issue: ValidationIssue, s: Style, record = ''): string {
  const tag = issue.severity === 'error' ? s.red('error') : s.yellow('warning');
  const hint =
    issue.suggestion === undefined
      ? ''
      : issue.code === 'anachronistic_tag'
        ? `  (${printable(issue.suggestion)})`
        : `  (did you mean ${printableJson(issue.suggestion)}?)`;
  return `${printable(where)}  ${tag}${record}  ${printable(issue.path)}  ${printable(issue.message)}${hint}`;
}
