import * as z from 'zod';
import { reasonOf } from '../_lib/reasonOf.js';
import type { FieldFailure } from './checkFields.generated.js';
import { type Consultation, ConsultationShape } from './consultation.js';
import { issuesOfFields, zodIssuesOf } from './fieldIssues.js';
import { capIssues, type ValidationIssue } from './issues.js';
import { ruleIssues } from './ruleIssues.js';
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
  if (!parsed.success)
    return { success: false, issues: issuesOfFields(parsed.error.issues, input) };
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
    const zodIssues = zodIssuesOf(input, failures, (path, value) => {
      const schema = schemaAt(path);
      const parsed = schema === undefined ? undefined : z.safeParse(schema, value);
      return parsed === undefined || parsed.success ? undefined : parsed.error.issues;
    });
    if (zodIssues === undefined) return undefined;
    return { success: false, issues: issuesOfFields(zodIssues, input) };
  } catch {
    return undefined;
  }
}

/** The schema at a path of a consultation record, through optionals, arrays and objects. */
function schemaAt(path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let schema: z.core.$ZodType | undefined = ConsultationShape;
  for (const key of path) {
    schema = unwrap(schema);
    const def = schema?._zod.def as
      | { type: string; element?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType> }
      | undefined;
    if (def?.type === 'array' && typeof key === 'number') schema = def.element;
    else if (
      def?.type === 'object' &&
      typeof key === 'string' &&
      def.shape &&
      Object.hasOwn(def.shape, key)
    )
      schema = def.shape[key];
    else return undefined;
  }
  return unwrap(schema);
}
function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let s = schema;
  while (s !== undefined && (s._zod.def.type === 'optional' || s._zod.def.type === 'pipe')) {
    const def = s._zod.def as { innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    s = def.innerType ?? def.in;
  }
  return s;
}
