import { toDayNumber } from '../_lib/toDayNumber.js';
import type { TimelineEvent } from '../data/events.js';
import { kindFilter } from './kindFilter.js';
import { eventIndex, upperBound } from './timelineIndex.js';
import type { EventQueryOptions, InstantOptions } from './types.js';

/** Index (in the event index) of the first event starting after a day number, or -1. Internal. */
export function nextEventAfter(
  day: number,
  keep?: (kind: TimelineEvent['kind']) => boolean,
): number {
  const { list, starts } = eventIndex();
  for (let i = upperBound(starts, day); i < list.length; i++) {
    if (keep === undefined || keep((list[i] as TimelineEvent).kind)) return i;
  }
  return -1;
}

/**
 * The first event that starts after a calendar day (on a later day). Events
 * starting on the same later day come in the data's order.
 *
 * @param date - An ISO calendar date, or a `Date` with `options.timeZone`.
 * @param options - `{ kind }` to filter; `{ timeZone }`, required with a `Date`.
 * @returns The event, or `undefined` after the last one.
 * @throws RangeError for an invalid date, unknown zone or unknown kind.
 *
 * @example
 * ```ts
 * import { getNextEvent } from 'gcm-kit';
 * getNextEvent('2017-05-16', { kind: 'thematic-session' })?.start;
 * // => '2017-05-22'
 * ```
 */
export function getNextEvent(date: string, options?: EventQueryOptions): TimelineEvent | undefined;
export function getNextEvent(
  date: Date,
  options: EventQueryOptions & InstantOptions,
): TimelineEvent | undefined;
export function getNextEvent(
  date: string | Date,
  options?: EventQueryOptions & Partial<InstantOptions>,
): TimelineEvent | undefined {
  const day = toDayNumber(date, options, 'getNextEvent');
  return eventIndex().list[nextEventAfter(day, kindFilter(options?.kind, 'getNextEvent'))];
}
