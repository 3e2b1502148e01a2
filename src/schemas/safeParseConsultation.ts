import * as z from 'zod';
import { reasonOf } from '../_lib/reasonOf.js';
import type { FieldFailure } from './checkFields.generated.js';
import { type Consultation, ConsultationShape, checkRecord } from './consultation.js';
import { toInvalidTree } from './invalidPaths.js';
import {
  capIssues,
  convertIssues,
  formatPath,
  schemaAt,
  type ValidationIssue,
  valueAt,
} from './issues.js';
import { ruleIssues } from './ruleIssues.js';
import { warningsOf } from './warningsOf.js';
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
function allIssues(zodIssues: readonly z.core.$ZodIssue[], input: unknown): ValidationIssue[] {
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
  if (!parsed.success) return { success: false, issues: allIssues(parsed.error.issues, input) };
  const { ok, issues } = ruleIssues(parsed.data);
  return ok ? { success: true, data: parsed.data, issues } : { success: false, issues };
}

/**
 * safeParseConsultation for a value read from JSON text that the generated
 * checker refused, told where (`explainFields`): zod parses only the values
 * that failed, each with its own schema, and the issues are put together as
 * the full parse puts them (zod lists a value's issues, an object's fields
 * in the order of its shape, then its unknown keys), so the report is the
 * same. Undefined when the full parse must decide: a record with over-wide
 * tag lists, or a value the checker refused and zod accepts (never, by the
 * tests). Internal: validateMany's fast path.
 */
export function safeParseFailures(
  input: unknown,
  failures: readonly FieldFailure[],
): ConsultationResult | undefined {
  try {
    if (failures.length === 0 || wideTagIssues(input) !== undefined) return undefined;
    const zodIssues: z.core.$ZodIssue[] = [];
    for (const { path, keys } of failures) {
      if (keys !== undefined) {
        zodIssues.push({
          code: 'unrecognized_keys',
          keys,
          path,
          message: '',
          input: valueAt(input, path) as Record<string, unknown>,
        });
        continue;
      }
      const schema = schemaAt(path);
      const parsed = schema === undefined ? undefined : z.safeParse(schema, valueAt(input, path));
      if (parsed === undefined || parsed.success) return undefined;
      for (const issue of parsed.error.issues)
        zodIssues.push({ ...issue, path: [...path, ...issue.path] });
    }
    return { success: false, issues: allIssues(zodIssues, input) };
  } catch {
    return undefined;
  }
}
