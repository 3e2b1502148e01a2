import { toDayNumber } from '../_lib/toDayNumber.js';
import type { TimelineEvent } from '../data/events.js';
import { kindFilter } from './kindFilter.js';
import { eventIndex, upperBound } from './timelineIndex.js';
import type { EventQueryOptions, InstantOptions } from './types.js';

/**
 * The events that take place, wholly or in part, between two calendar days,
 * both ends included, in start order.
 *
 * @param start - First day, an ISO calendar date (or a `Date` with `options.timeZone`).
 * @param end - Last day, inclusive; not before `start`.
 * @param options - `{ kind }` to filter; `{ timeZone }`, required with `Date`s.
 * @returns The events, possibly empty.
 * @throws RangeError for invalid dates, an unknown zone or kind, or `end` before `start`.
 *
 * @example
 * ```ts
 * import { getEventsBetween } from 'gcm-kit';
 * getEventsBetween('2018-02-01', '2018-07-31', { kind: 'negotiation-round' }).length;
 * // => 6
 * ```
 */
export function getEventsBetween(
  start: string,
  end: string,
  options?: EventQueryOptions,
): TimelineEvent[];
export function getEventsBetween(
  start: Date,
  end: Date,
  options: EventQueryOptions & InstantOptions,
): TimelineEvent[];
export function getEventsBetween(
  start: string | Date,
  end: string | Date,
  options?: EventQueryOptions & Partial<InstantOptions>,
): TimelineEvent[] {
  const from = toDayNumber(start, options, 'getEventsBetween');
  const to = toDayNumber(end, options, 'getEventsBetween');
  if (to < from) throw new RangeError('getEventsBetween: the end is before the start');
  const keep = kindFilter(options?.kind, 'getEventsBetween');
  const found: TimelineEvent[] = [];
  const { list, starts, ends } = eventIndex();
  const last = upperBound(starts, to);
  for (let i = 0; i < last; i++) {
    if ((ends[i] as number) >= from) {
      const event = list[i] as TimelineEvent;
      if (keep === undefined || keep(event.kind)) found.push(event);
    }
  }
  return found;
}
