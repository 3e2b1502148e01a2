import { toDayNumber } from '../_lib/toDayNumber.js';
import type { Phase, PhaseId } from '../data/phases.js';
import { phaseIndexOn } from './getPhaseOn.js';
import { phaseIndexOf } from './isWithinPhase.js';
import { phaseIndex } from './timelineIndex.js';
import type { InstantOptions } from './types.js';

/** How far into a phase a day is. */
export interface PhaseProgress {
  /** The phase. */
  readonly phase: Phase;
  /** Which day of the phase it is, counting the first day as 1 (example: `46`). */
  readonly day: number;
  /** Length of the phase in days, both ends counted; `null` for the open `follow-up` phase (example: `244`). */
  readonly totalDays: number | null;
  /** Days left after this one; `null` for an open phase (example: `198`). */
  readonly daysRemaining: number | null;
}

/** Options of {@link getPhaseProgress}. */
export interface PhaseProgressOptions {
  /** The phase to measure; by default the phase of {@link getPhaseOn} on that day (example: `'consultations'`). */
  readonly phaseId?: PhaseId;
}

/**
 * How far into a phase a calendar day is: day N of M.
 *
 * @param date - An ISO calendar date, or a `Date` with `options.timeZone`.
 * @param options - `{ phaseId }` to pick the phase (useful in the November 2017 overlap); `{ timeZone }` with a `Date`.
 * @returns The progress, or `undefined` when the day is outside the phase (or before 19 September 2016).
 * @throws RangeError for an invalid date, unknown zone or unknown phase id.
 *
 * @example
 * ```ts
 * import { getPhaseProgress } from 'gcm-kit';
 * const p = getPhaseProgress('2017-05-16');
 * [p?.phase.id, p?.day, p?.totalDays];
 * // => ['consultations', 46, 244]
 * ```
 */
export function getPhaseProgress(
  date: string,
  options?: PhaseProgressOptions,
): PhaseProgress | undefined;
export function getPhaseProgress(
  date: Date,
  options: PhaseProgressOptions & InstantOptions,
): PhaseProgress | undefined;
export function getPhaseProgress(
  date: string | Date,
  options?: PhaseProgressOptions & Partial<InstantOptions>,
): PhaseProgress | undefined {
  const day = toDayNumber(date, options, 'getPhaseProgress');
  const i =
    options?.phaseId === undefined
      ? phaseIndexOn(day)
      : phaseIndexOf(options.phaseId, 'getPhaseProgress');
  return phaseProgressOnDay(day, i);
}

/** The progress of a day number in the phase at index `i` of the phase index (-1 for none). Internal. */
export function phaseProgressOnDay(day: number, i: number): PhaseProgress | undefined {
  if (i < 0) return undefined;
  const { list, starts, ends } = phaseIndex();
  const start = starts[i] as number;
  const end = ends[i] as number;
  if (day < start || day > end) return undefined;
  const open = end === Number.POSITIVE_INFINITY;
  return {
    phase: list[i] as Phase,
    day: day - start + 1,
    totalDays: open ? null : end - start + 1,
    daysRemaining: open ? null : end - day,
  };
}
