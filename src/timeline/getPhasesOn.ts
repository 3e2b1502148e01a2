import { toDayNumber } from '../_lib/toDayNumber.js';
import type { Phase } from '../data/phases.js';
import { phaseIndex } from './timelineIndex.js';
import type { InstantOptions } from './types.js';

/** Indexes of the phases under way on a day number, in start order. Internal. */
export function phaseIndexesOn(day: number): number[] {
  const found: number[] = [];
  const { starts, ends } = phaseIndex();
  for (let i = 0; i < starts.length; i++) {
    if ((starts[i] as number) <= day && day <= (ends[i] as number)) found.push(i);
  }
  return found;
}

/**
 * All phases under way on a calendar day, in start order: two in November
 * 2017, when Phase I (consultations) and Phase II (stocktaking) overlap; one
 * on any other day from 19 September 2016; none before.
 *
 * @param date - An ISO calendar date (`YYYY-MM-DD`), or a `Date` with `options.timeZone`.
 * @param options - `{ timeZone }`, required with a `Date`.
 * @returns The phases, possibly empty.
 * @throws RangeError for an invalid date or unknown zone; TypeError for a wrong type or a `Date` without a zone.
 *
 * @example
 * ```ts
 * import { getPhasesOn } from 'gcm-kit';
 * getPhasesOn('2017-11-15').map((p) => p.id);
 * // => ['consultations', 'stocktaking']
 * ```
 */
export function getPhasesOn(date: string, options?: Partial<InstantOptions>): Phase[];
export function getPhasesOn(date: Date, options: InstantOptions): Phase[];
export function getPhasesOn(date: string | Date, options?: Partial<InstantOptions>): Phase[] {
  const { list } = phaseIndex();
  return phaseIndexesOn(toDayNumber(date, options, 'getPhasesOn')).map((i) => list[i] as Phase);
}
