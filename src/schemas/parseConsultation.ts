import type { Consultation } from './consultation.js';
import type { ValidationIssue } from './issues.js';
import { safeParseConsultation } from './safeParseConsultation.js';

/**
 * Thrown by {@link parseConsultation}: the message lists the first errors;
 * `issues` has them all.
 *
 * @example
 * ```ts
 * import { ConsultationValidationError, parseConsultation } from 'gcm-kit/schemas';
 * let caught;
 * try {
 *   parseConsultation({ id: 'x' });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof ConsultationValidationError && caught.issues[0].path;
 * // => 'kind'
 * ```
 */
export class ConsultationValidationError extends Error {
  /** Every issue, errors first (example: `[{ path: 'dates.end', … }]`). */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param issues - The issues found.
   */
  constructor(issues: readonly ValidationIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const lines = errors
      .slice(0, 5)
      .map(
        (i) =>
          `  ${i.path}: ${i.message}${i.suggestion ? ` (did you mean ${JSON.stringify(i.suggestion)}?)` : ''}`,
      );
    const more = errors.length > 5 ? `\n  …and ${errors.length - 5} more` : '';
    super(
      `Invalid consultation record (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}${more}`,
    );
    this.name = 'ConsultationValidationError';
    this.issues = issues;
  }
}

/**
 * Validates a consultation record and returns it typed, or throws a
 * {@link ConsultationValidationError} naming every problem. Warnings do not
 * throw; use {@link safeParseConsultation} to see them.
 *
 * @param input - Anything, typically a parsed JSON value.
 * @returns The parsed record.
 * @throws ConsultationValidationError when the record is invalid.
 *
 * @example
 * ```ts
 * import { parseConsultation } from 'gcm-kit/schemas';
 * parseConsultation({
 *   id: 'ghana-2017-09-15', kind: 'national', title: 'National consultation on the GCM',
 *   dates: { start: '2017-09-15', end: '2017-09-15' }, country: 'GHA',
 *   sources: [{ title: 'UN Migration Agency assists national consultations on Global Compact for Migration in Ghana', publisher: 'IOM' }],
 * }).country;
 * // => 'GHA'
 * ```
 */
export function parseConsultation(input: unknown): Consultation {
  const result = safeParseConsultation(input);
  if (!result.success) throw new ConsultationValidationError(result.issues);
  return result.data;
}
