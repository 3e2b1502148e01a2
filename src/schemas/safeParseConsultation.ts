import type * as z from 'zod';
import { reasonOf } from '../_lib/reasonOf.js';
import { type Consultation, ConsultationShape, checkRecord } from './consultation.js';
import { toInvalidTree } from './invalidPaths.js';
import {
  capIssues,
  convertIssues,
  formatPath,
  MAX_ISSUES,
  moreIssues,
  type ValidationIssue,
} from './issues.js';
import { NONE, warningsOf } from './warningsOf.js';
import { wideTagIssues } from './wideTags.js';

/** The result of {@link safeParseConsultation}. */
export type ConsultationResult =
  | {
      /** The record is valid. */
      readonly success: true;
      /** The parsed record. */
      readonly data: Consultation;
      /** Warnings: things to review that do not make the record invalid. */
      readonly issues: readonly ValidationIssue[];
    }
  | {
      /** The record is invalid. */
      readonly success: false;
      /** Errors first, then any warnings. */
      readonly issues: readonly ValidationIssue[];
    };

/**
 * Every problem of a record whose fields failed their own checks: those
 * errors, then the cross-field errors and the warnings about the parts that
 * passed (rules read only values that passed, so nothing is said twice).
 */
function allIssues(error: z.ZodError, input: unknown): ValidationIssue[] {
  const { issues: fieldErrors, more } = convertIssues(error, input);
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return capIssues(fieldErrors, more);
  const bad = toInvalidTree(
    error.issues.filter((issue) => issue.code !== 'unrecognized_keys').map((issue) => issue.path),
  );
  const record = input as Consultation;
  const errors: ValidationIssue[] = [];
  checkRecord(
    record,
    (path, message) =>
      errors.push({ path: formatPath(path), message, severity: 'error', code: 'custom' }),
    bad,
  );
  return capIssues([...fieldErrors, ...errors, ...warningsOf(record, bad)], more);
}

/**
 * Validates a consultation record without throwing, whatever the input.
 *
 * @param input - Anything, typically a parsed JSON value.
 * @returns `{ success: true, data, issues }` with warnings in `issues`, or
 *   `{ success: false, issues }` with each error's path, message and, for
 *   code lists and dates, a suggested fix.
 *
 * @example
 * ```ts
 * import { safeParseConsultation } from 'gcm-kit/schemas';
 * const result = safeParseConsultation({
 *   id: 'belarus-2017-05-16', kind: 'national', title: 'National consultation on the GCM',
 *   dates: { start: '2017-05-16', end: '2017-05-16' }, country: 'blr',
 *   sources: [{ title: 'Minsk Hosts National Consultations on Global Compact on Migration', publisher: 'IOM Belarus' }],
 * });
 * result.success ? [] : result.issues.map((i) => [i.path, i.suggestion]);
 * // => [['country', 'BLR']]
 * ```
 */
export function safeParseConsultation(input: unknown): ConsultationResult {
  try {
    // A record with more bad tag values than the cap: those are counted
    // first, and the rest of the record is checked without them.
    const wide = wideTagIssues(input);
    if (wide !== undefined) {
      const others = check(wide.rest);
      return { success: false, issues: capIssues([...wide.issues, ...others.issues], wide.more) };
    }
    return check(input);
  } catch (error) {
    // A hostile input (a getter that throws, even a value with no toString)
    // must not escape as an exception.
    return {
      success: false,
      issues: [
        {
          path: '(record)',
          message: `could not be read: reading it threw ${reasonOf(error)}`,
          severity: 'error',
          code: 'unreadable',
        },
      ],
    };
  }
}

/** The checks of safeParseConsultation, on a record whose tag lists are not over-wide. */
function check(input: unknown): ConsultationResult {
  // The fields first, then the cross-field rules on what parsed: the same
  // rules as ConsultationSchema, without zod's refinement machinery.
  const parsed = ConsultationShape.safeParse(input);
  if (!parsed.success) return { success: false, issues: allIssues(parsed.error, input) };
  const errors: ValidationIssue[] = [];
  checkRecord(parsed.data, (path, message) =>
    errors.push({ path: formatPath(path), message, severity: 'error', code: 'custom' }),
  );
  if (errors.length > 0)
    return {
      success: false,
      issues: capIssues([...errors, ...warningsOf(parsed.data, undefined)]),
    };
  const warnings = warningsOf(parsed.data, undefined);
  if (warnings.length === 0) return { success: true, data: parsed.data, issues: NONE };
  const capped =
    warnings.length > MAX_ISSUES
      ? [...warnings.slice(0, MAX_ISSUES), moreIssues(warnings.length - MAX_ISSUES, 'warning')]
      : warnings;
  return { success: true, data: parsed.data, issues: capped };
}
