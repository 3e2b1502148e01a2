import { events } from '../data/events.js';
import { type Consultation, ConsultationShape, checkRecord } from './consultation.js';
import {
  formatPath,
  MAX_ISSUES,
  moreIssues,
  toValidationIssues,
  type ValidationIssue,
} from './issues.js';

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

const dayOf = (id: string): string => {
  const event = events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`gcm-kit: no event ${id}`);
  return event.start;
};
// Days from which each code list existed, from the events data.
const themesAgreed = dayOf('modalities-agreed');
const objectivesDrafted = dayOf('zero-draft');
const objective23Drafted = dayOf('draft-rev-2');

interface Tagged {
  readonly thematicSessions?: readonly number[] | undefined;
  readonly gcmObjectives?: readonly number[] | undefined;
  readonly tagBasis?: 'source' | 'editor' | undefined;
}

/** Warnings for tags that a source of that date could not have used. */
const NONE: readonly ValidationIssue[] = Object.freeze([]);

function tagWarnings(record: Consultation): readonly ValidationIssue[] {
  // Most records have no tag marked as stated by the source: nothing to allocate.
  const bySource = (item: Tagged) => item.tagBasis === 'source';
  if (!record.thematicGroups?.some(bySource) && !record.outcome?.recommendations.some(bySource))
    return NONE;
  const out: ValidationIssue[] = [];
  const end = record.dates.end;
  const check = (item: Tagged, path: (string | number)[]) => {
    if (item.tagBasis !== 'source') return;
    const warn = (field: string, message: string) =>
      out.push({
        path: formatPath([...path, field]),
        message,
        severity: 'warning',
        code: 'anachronistic_tag',
        suggestion: "set tagBasis to 'editor'",
      });
    if ((item.gcmObjectives?.length ?? 0) > 0 && end < objectivesDrafted) {
      warn(
        'gcmObjectives',
        `are marked as stated by the source, but the GCM objectives were first drafted on ${objectivesDrafted}, after this record (${end})`,
      );
    } else if (item.gcmObjectives?.includes(23) && end < objective23Drafted) {
      warn(
        'gcmObjectives',
        `objective 23 is marked as stated by the source, but it was added in draft Rev 2 on ${objective23Drafted}, after this record (${end})`,
      );
    }
    if ((item.thematicSessions?.length ?? 0) > 0 && end < themesAgreed) {
      warn(
        'thematicSessions',
        `are marked as stated by the source, but the six themes were agreed on ${themesAgreed}, after this record (${end})`,
      );
    }
  };
  for (const [i, group] of (record.thematicGroups ?? []).entries())
    check(group, ['thematicGroups', i]);
  for (const [i, rec] of (record.outcome?.recommendations ?? []).entries()) {
    check(rec, ['outcome', 'recommendations', i]);
  }
  return out;
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
    // The fields first, then the cross-field rules on what parsed: the same
    // rules as ConsultationSchema, without zod's refinement machinery.
    const parsed = ConsultationShape.safeParse(input);
    if (!parsed.success) return { success: false, issues: toValidationIssues(parsed.error, input) };
    const errors: ValidationIssue[] = [];
    let more = 0;
    checkRecord(parsed.data, (path, message) => {
      if (errors.length < MAX_ISSUES)
        errors.push({ path: formatPath(path), message, severity: 'error', code: 'custom' });
      else more++;
    });
    if (more > 0) errors.push(moreIssues(more));
    if (errors.length > 0) return { success: false, issues: errors };
    const warnings = tagWarnings(parsed.data);
    return {
      success: true,
      data: parsed.data,
      issues:
        warnings.length > MAX_ISSUES
          ? [...warnings.slice(0, MAX_ISSUES), moreIssues(warnings.length - MAX_ISSUES, 'warning')]
          : warnings,
    };
  } catch (error) {
    // A hostile input (a getter that throws, even a value with no toString)
    // must not escape as an exception.
    const reason = reasonOf(error);
    return {
      success: false,
      issues: [
        {
          path: '(record)',
          message: `could not be read: ${reason}`,
          severity: 'error',
          code: 'unreadable',
        },
      ],
    };
  }
}

/** What a thrown value says, in a few words, whatever it is. */
function reasonOf(error: unknown): string {
  try {
    const text = error instanceof Error ? String(error.message) : String(error);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return 'a value that cannot be printed was thrown';
  }
}
