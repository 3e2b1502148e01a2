import type { ValidationIssue } from './issues.js';

// The cap on the issues of one record, free of zod so that the fast path of
// bulk validation (ruleIssues.ts) caps its issues exactly as the full parse
// does. Internal; issues.ts re-exports it.

/** Most issues given for one record; the rest are counted in one last issue. */
export const MAX_ISSUES = 100;

/** The issue that stands for the ones past {@link MAX_ISSUES}. */
export function moreIssues(
  count: number,
  severity: ValidationIssue['severity'] = 'error',
): ValidationIssue {
  return {
    path: '(record)',
    message: `and ${count} more ${severity === 'error' ? 'issue' : 'warning'}${count === 1 ? '' : 's'}, not listed`,
    severity,
    code: 'too_many_issues',
  };
}

/**
 * The issues of one record, each once (zod may fail one value twice: 1e21 is
 * neither a safe integer nor at most 23), at most {@link MAX_ISSUES} of them,
 * then one issue that counts the rest.
 */
export function capIssues(issues: readonly ValidationIssue[], more = 0): ValidationIssue[] {
  // Most records have a few issues: compare them pair by pair, building no
  // keys. Same issues, same order, as the Set below.
  if (issues.length <= 16 && more === 0) {
    const out: ValidationIssue[] = [];
    for (const issue of issues) {
      let repeat = false;
      for (const kept of out)
        if (kept.path === issue.path && kept.message === issue.message) {
          repeat = true;
          break;
        }
      if (!repeat) out.push(issue);
    }
    return out;
  }
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  let extra = more;
  for (const issue of issues) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length < MAX_ISSUES) out.push(issue);
    else extra++;
  }
  if (extra > 0) out.push(moreIssues(extra));
  return out;
}
