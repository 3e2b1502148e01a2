import type * as z from 'zod';
import type { FieldFailure } from './checkFields.generated.js';
import { checkRecord } from './checkRecord.js';
import type { Consultation } from './consultation.js';
import { toInvalidTree } from './invalidPaths.js';
import { capIssues, MAX_ISSUES } from './issueCap.js';
import { convertIssues, formatPath, type ValidationIssue, valueAt } from './issues.js';
import type { RuleVerdict } from './ruleIssues.js';
import { warningsOf } from './warningsOf.js';

/**
 * Every problem of a record whose fields failed their own checks, from
 * zod's issues: those errors, then the cross-field errors and the warnings
 * about the parts that passed (rules read only values that passed, so
 * nothing is said twice). Free of zod: the issues may come from zod or from
 * the generated checker. Internal.
 */
export function issuesOfFields(
  zodIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  text?: string,
): ValidationIssue[] {
  const { issues: fieldErrors, more } = convertIssues(zodIssues, input);
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return capIssues(fieldErrors, more);
  const bad = toInvalidTree(
    zodIssues.filter((issue) => issue.code !== 'unrecognized_keys').map((issue) => issue.path),
  );
  const record = input as Consultation;
  const errors: ValidationIssue[] = [];
  checkRecord(
    record,
    (path, message) =>
      errors.push({ path: formatPath(path), message, severity: 'error', code: 'custom' }),
    bad,
  );
  return capIssues([...fieldErrors, ...errors, ...warningsOf(record, bad, text)], more);
}

/** zod's issues for where the fields fail, those the generated checker gave and, for the others, `parse`. */
export function zodIssuesOf(
  input: unknown,
  failures: readonly FieldFailure[],
  parse: (path: (string | number)[], value: unknown) => readonly z.core.$ZodIssue[] | undefined,
): z.core.$ZodIssue[] | undefined {
  const out: z.core.$ZodIssue[] = [];
  for (const { path, keys, issues } of failures) {
    if (keys !== undefined) {
      out.push({
        code: 'unrecognized_keys',
        keys,
        path,
        message: '',
        input: valueAt(input, path) as Record<string, unknown>,
      });
      continue;
    }
    const found = issues ?? parse(path, valueAt(input, path));
    if (found === undefined || found.length === 0) return undefined;
    for (const issue of found)
      out.push({ ...(issue as z.core.$ZodIssue), path: [...path, ...issue.path] });
  }
  return out;
}

/**
 * The report of a record whose fields fail only in ways the generated
 * checker words itself (a code outside its list, a pattern or refinement
 * not met, an unknown field): no zod at all. Undefined when some failure
 * needs zod's words, or there are more than the cap (the over-wide tag
 * lists of safeParseConsultation). Internal: validateMany's fast path.
 */
export function issuesOfFailures(
  input: unknown,
  failures: readonly FieldFailure[],
  text?: string,
): RuleVerdict | undefined {
  if (failures.length === 0 || failures.length > MAX_ISSUES) return undefined;
  const zodIssues = zodIssuesOf(input, failures, () => undefined);
  return zodIssues === undefined
    ? undefined
    : { ok: false, issues: issuesOfFields(zodIssues, input, text) };
}
