import { toDayNumber } from '../_lib/toDayNumber.js';
import type { TimelineEvent } from '../data/events.js';
import { kindFilter } from './kindFilter.js';
import { eventIndex, lowerBound } from './timelineIndex.js';
import type { EventQueryOptions, InstantOptions } from './types.js';

/** Index (in the event index) of the event that ended last before a day number, or -1. Internal. */
export function previousEventBefore(
  day: number,
  keep?: (kind: TimelineEvent['kind']) => boolean,
): number {
  const { list, byEnd, byEndEnds } = eventIndex();
  for (let j = lowerBound(byEndEnds, day) - 1; j >= 0; j--) {
    const i = byEnd[j] as number;
    if (keep === undefined || keep((list[i] as TimelineEvent).kind)) return i;
  }
  return -1;
}

/**
 * The last event that ended before a calendar day (on an earlier day). Of
 * events that ended on the same day, the one that started last.
 *
 * @param date - An ISO calendar date, or a `Date` with `options.timeZone`.
 * @param options - `{ kind }` to filter; `{ timeZone }`, required with a `Date`.
 * @returns The event, or `undefined` before the first one.
 * @throws RangeError for an invalid date, unknown zone or unknown kind.
 *
 * @example
 * ```ts
 * import { getPreviousEvent } from 'gcm-kit';
 * getPreviousEvent('2017-05-16', { kind: 'thematic-session' })?.id;
 * // => 'thematic-session-1'
 * ```
 */
export function getPreviousEvent(
  date: string,
  options?: EventQueryOptions,
): TimelineEvent | undefined;
export function getPreviousEvent(
  date: Date,
  options: EventQueryOptions & InstantOptions,
): TimelineEvent | undefined;
export function getPreviousEvent(
  date: string | Date,
  options?: EventQueryOptions & Partial<InstantOptions>,
): TimelineEvent | undefined {
  const day = toDayNumber(date, options, 'getPreviousEvent');
  return eventIndex().list[previousEventBefore(day, kindFilter(options?.kind, 'getPreviousEvent'))];
}
