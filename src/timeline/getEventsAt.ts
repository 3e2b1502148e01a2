import { describe, isDate, timeOf } from '../_lib/describe.js';
import { assertTimeZone, instantToDayNumber } from '../_lib/toDayNumber.js';
import type { TimelineEvent } from '../data/events.js';
import { kindFilter } from './kindFilter.js';
import { eventIndex } from './timelineIndex.js';
import type { EventQueryOptions } from './types.js';

/** Options of {@link getEventsAt}. */
export interface EventsAtOptions extends EventQueryOptions {
  /**
   * Zone in which to judge events that have no venue zone (documents, online
   * meetings); without it, such events are left out (example: `'America/New_York'`).
   */
  readonly fallbackTimeZone?: string;
}

/**
 * The events in session at an instant, each judged by the calendar day in
 * its own venue's time zone: at 2017-05-08T23:30:00Z it is already 9 May in
 * Geneva, the second day of thematic session 1, while in New York it is
 * still 8 May.
 *
 * @param instant - A valid `Date`.
 * @param options - `{ kind }` to filter; `{ fallbackTimeZone }` for events without a zone.
 * @returns The events, in start order.
 * @throws TypeError when `instant` is not a `Date`; RangeError for an invalid `Date`, zone or kind.
 *
 * @example
 * ```ts
 * import { getEventsAt } from 'gcm-kit';
 * getEventsAt(new Date('2017-05-08T23:30:00Z')).map((e) => e.id);
 * // => ['thematic-session-1'] (01:30 on 9 May in Geneva)
 * getEventsAt(new Date('2017-05-09T22:30:00Z')).map((e) => e.id);
 * // => [] (00:30 on 10 May in Geneva, after the session)
 * ```
 */
export function getEventsAt(instant: Date, options?: EventsAtOptions): TimelineEvent[] {
  if (!isDate(instant)) {
    throw new TypeError(`getEventsAt: expected a Date, got ${describe(instant)}`);
  }
  if (Number.isNaN(timeOf(instant))) throw new RangeError('getEventsAt: the Date is invalid');
  const fallback = options?.fallbackTimeZone;
  if (fallback !== undefined) assertTimeZone(fallback, 'getEventsAt');
  const keep = kindFilter(options?.kind, 'getEventsAt');
  const dayIn = new Map<string, number>();
  const found: TimelineEvent[] = [];
  const { list, starts, ends } = eventIndex();
  for (let i = 0; i < list.length; i++) {
    const event = list[i] as TimelineEvent;
    const zone = event.timeZone ?? fallback;
    if (zone === undefined || (keep !== undefined && !keep(event.kind))) continue;
    let day = dayIn.get(zone);
    if (day === undefined) {
      day = instantToDayNumber(instant, zone, 'getEventsAt');
      dayIn.set(zone, day);
    }
    if ((starts[i] as number) <= day && day <= (ends[i] as number)) found.push(event);
  }
  return found;
}
