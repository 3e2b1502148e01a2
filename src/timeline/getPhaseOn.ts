import { parseDayNumber } from '../_lib/dayNumber.js';
import { toDayNumber } from '../_lib/toDayNumber.js';
import type { Phase } from '../data/phases.js';
import { phaseIndex } from './timelineIndex.js';
import type { InstantOptions } from './types.js';

/** Index of the phase that started most recently among those under way on a day number, or -1. Internal. */
export function phaseIndexOn(day: number): number {
  const { first, latestByDay } = phaseIndex();
  if (day < first) return -1;
  const offset = day - first;
  return latestByDay[offset < latestByDay.length ? offset : latestByDay.length - 1] as number;
}

/**
 * The phase of the GCM process on a calendar day.
 *
 * Where two phases overlap (November 2017: `consultations` and
 * `stocktaking`), it returns the one that started most recently, so
 * `stocktaking`; {@link getPhasesOn} returns both.
 *
 * @param date - An ISO calendar date (`YYYY-MM-DD`), or a `Date` with `options.timeZone`.
 * @param options - `{ timeZone }`, required with a `Date`: the zone whose calendar day is meant.
 * @returns The phase, or `undefined` before 19 September 2016.
 * @throws RangeError for an invalid date or unknown zone; TypeError for a wrong type or a `Date` without a zone.
 *
 * @example
 * ```ts
 * import { getPhaseOn } from 'gcm-kit';
 * getPhaseOn('2017-05-16')?.id;
 * // => 'consultations'
 * getPhaseOn(new Date('2017-03-31T22:30:00Z'), { timeZone: 'Europe/Minsk' })?.id;
 * // => 'consultations' (already 1 April in Minsk)
 * ```
 */
export function getPhaseOn(date: string, options?: Partial<InstantOptions>): Phase | undefined;
export function getPhaseOn(date: Date, options: InstantOptions): Phase | undefined;
export function getPhaseOn(
  date: string | Date,
  options?: Partial<InstantOptions>,
): Phase | undefined {
  // Fast path for a valid ISO string; anything else goes through toDayNumber, which explains the error.
  const day =
    (typeof date === 'string' ? parseDayNumber(date) : undefined) ??
    toDayNumber(date, options, 'getPhaseOn');
  const { first, phaseByDay } = phaseIndex();
  if (day < first) return undefined;
  const offset = day - first;
  return phaseByDay[offset < phaseByDay.length ? offset : phaseByDay.length - 1];
}
