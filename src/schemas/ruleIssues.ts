import { checkRecord } from './checkRecord.js';
import type { Consultation } from './consultation.js';
import { capIssues, MAX_ISSUES, moreIssues } from './issueCap.js';
import type { ValidationIssue } from './issues.js';
import { formatPath } from './path.js';
import { NONE, warningsOf } from './warningsOf.js';

/** The verdict on a record whose fields all passed their own checks. Internal. */
export interface RuleVerdict {
  /** Whether the record is valid (it may still have warnings). */
  readonly ok: boolean;
  /** The cross-field errors, then the warnings; capped like every report. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * The issues of a record whose fields all passed their own checks: the
 * cross-field rules, then the warnings, capped. Free of zod, so that the
 * fast path of bulk validation reports a record that breaks only a rule (an
 * end before the start, an unknown thematic group) without loading it;
 * safeParseConsultation calls it too, on what zod parsed, so both say the
 * same. Internal.
 */
export function ruleIssues(record: Consultation, text?: string): RuleVerdict {
  // Nearly every record breaks no rule: no array is built for it, and the
  // collector is made once, not once a record. The errors of a call under
  // way are set aside and put back, so that a call made while this one
  // runs cannot mix them up.
  const outer = found;
  found = undefined;
  checkRecord(record, collect);
  const errors = found as ValidationIssue[] | undefined;
  found = outer;
  const warnings = warningsOf(record, undefined, text);
  if (errors !== undefined) return { ok: false, issues: capIssues([...errors, ...warnings]) };
  if (warnings.length === 0) return CLEAN;
  const capped =
    warnings.length > MAX_ISSUES
      ? [...warnings.slice(0, MAX_ISSUES), moreIssues(warnings.length - MAX_ISSUES, 'warning')]
      : warnings;
  return { ok: true, issues: capped };
}

/** The errors of the record ruleIssues is checking, if it has any. */
let found: ValidationIssue[] | undefined;
function collect(path: (string | number)[], message: string): void {
  found ??= [];
  found.push({ path: formatPath(path), message, severity: 'error', code: 'custom' });
}

/** The verdict on a record that breaks no rule and has no warning. */
const CLEAN: RuleVerdict = { ok: true, issues: NONE };
