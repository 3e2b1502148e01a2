import { describe } from '../_lib/describe.js';
import { toDayNumber } from '../_lib/toDayNumber.js';
import { type PhaseId, phases } from '../data/phases.js';
import { phaseIndex } from './timelineIndex.js';
import type { InstantOptions } from './types.js';

/** Index of a phase id, or a RangeError naming the id. Internal. */
export function phaseIndexOf(phaseId: unknown, where: string): number {
  const index = phases.findIndex((p) => p.id === phaseId);
  if (index < 0) {
    throw new RangeError(
      `${where}: unknown phase ${describe(phaseId)}; expected one of ${phases.map((p) => p.id).join(', ')}`,
    );
  }
  return index;
}

/**
 * Whether a calendar day falls within a phase, both ends included.
 *
 * @param date - An ISO calendar date, or a `Date` with `options.timeZone`.
 * @param phaseId - The phase (example: `'stocktaking'`).
 * @param options - `{ timeZone }`, required with a `Date`.
 * @returns `true` when the day is inside the phase.
 * @throws RangeError for an invalid date, unknown zone or unknown phase id.
 *
 * @example
 * ```ts
 * import { isWithinPhase } from 'gcm-kit';
 * isWithinPhase('2017-11-30', 'consultations');
 * // => true (the last day of Phase I)
 * isWithinPhase('2017-12-01', 'consultations');
 * // => false
 * ```
 */
export function isWithinPhase(
  date: string,
  phaseId: PhaseId,
  options?: Partial<InstantOptions>,
): boolean;
export function isWithinPhase(date: Date, phaseId: PhaseId, options: InstantOptions): boolean;
export function isWithinPhase(
  date: string | Date,
  phaseId: PhaseId,
  options?: Partial<InstantOptions>,
): boolean {
  const day = toDayNumber(date, options, 'isWithinPhase');
  const i = phaseIndexOf(phaseId, 'isWithinPhase');
  const { starts, ends } = phaseIndex();
  return (starts[i] as number) <= day && day <= (ends[i] as number);
}
