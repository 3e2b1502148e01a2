import { toDayNumber } from '../_lib/toDayNumber.js';
import type { TimelineEvent } from '../data/events.js';
import { kindFilter } from './kindFilter.js';
import { eventIndex, upperBound } from './timelineIndex.js';
import type { EventQueryOptions, InstantOptions } from './types.js';

/** Events under way on a day number, in start order. Internal. */
export function eventsOnDay(
  day: number,
  keep?: (kind: TimelineEvent['kind']) => boolean,
): TimelineEvent[] {
  const found: TimelineEvent[] = [];
  const { list, starts, ends, maxSpan } = eventIndex();
  // Events are sorted by start: only those starting in [day - maxSpan, day] can be under way.
  let i = upperBound(starts, day) - 1;
  const earliest = day - maxSpan;
  for (; i >= 0 && (starts[i] as number) >= earliest; i--) {
    if ((ends[i] as number) >= day) {
      const event = list[i] as TimelineEvent;
      if (keep === undefined || keep(event.kind)) found.push(event);
    }
  }
  return found.reverse();
}

/**
 * The events under way on a calendar day, in start order. A month-precision
 * event is under way on every day of its month.
 *
 * @param date - An ISO calendar date, or a `Date` with `options.timeZone`.
 * @param options - `{ kind }` to filter; `{ timeZone }`, required with a `Date`.
 * @returns The events, possibly empty.
 * @throws RangeError for an invalid date, unknown zone or unknown kind.
 *
 * @example
 * ```ts
 * import { getEventsOn } from 'gcm-kit';
 * getEventsOn('2018-02-21').map((e) => e.id);
 * // => ['negotiation-round-1', 'multi-stakeholder-hearing-4']
 * ```
 */
export function getEventsOn(date: string, options?: EventQueryOptions): TimelineEvent[];
export function getEventsOn(
  date: Date,
  options: EventQueryOptions & InstantOptions,
): TimelineEvent[];
export function getEventsOn(
  date: string | Date,
  options?: EventQueryOptions & Partial<InstantOptions>,
): TimelineEvent[] {
  const day = toDayNumber(date, options, 'getEventsOn');
  return eventsOnDay(day, kindFilter(options?.kind, 'getEventsOn'));
}
