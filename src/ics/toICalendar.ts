import ical from 'ical-generator';
import { parseDayNumber } from '../_lib/dayNumber.js';
import { describe } from '../_lib/describe.js';
import { events as allEvents, type GcmEvent } from '../data/events.js';
import { getSourceUrl } from '../data/getSourceUrl.js';
import { sources } from '../data/sources.js';

const MS_PER_DAY = 86_400_000;

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /** Calendar name, written as `X-WR-CALNAME` (example: `'GCM process'`). */
  readonly name?: string;
}

/** Midnight UTC of a calendar date: the ics writer reads the UTC fields of all-day dates. */
function utcMidnight(date: unknown, where: string): Date {
  const day = typeof date === 'string' ? parseDayNumber(date) : undefined;
  if (day === undefined)
    throw new RangeError(`${where}: ${describe(date)} is not a valid ISO calendar date`);
  // iCalendar writes a date as exactly four digits of year (RFC 5545, 3.3.4).
  if ((date as string) < '1000-01-01')
    throw new RangeError(
      `${where}: ${date as string} is before the year 1000, which iCalendar cannot write`,
    );
  return new Date(day * MS_PER_DAY);
}

// A UID or category is written as it is: a line break in it would start a
// property of its own.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function checkName(value: unknown, where: string): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200 || CONTROL.test(value))
    throw new TypeError(
      `${where} must be 1 to 200 characters without line breaks or control characters, got ${describe(value)}`,
    );
}

function checkSources(event: GcmEvent, where: string): void {
  const ids: unknown = event.sourceIds;
  if (!Array.isArray(ids))
    throw new TypeError(`${where}.sourceIds must be an array, got ${describe(ids)}`);
  for (const [i, id] of ids.entries()) {
    if (typeof id !== 'string' || !Object.hasOwn(sources, id))
      throw new RangeError(`${where}.sourceIds[${i}]: ${describe(id)} is not a source of gcm-kit`);
  }
}

function locationOf(event: GcmEvent): string | null {
  const v = event.venue;
  return v === undefined ? null : [v.place, v.city, v.country].filter(Boolean).join(', ');
}

function descriptionOf(event: GcmEvent): string {
  const cited = event.sourceIds
    .map((id) => sources[id])
    .map((s) => [s, getSourceUrl(s)] as const)
    .map(([s, address]) => `${s.title} (${s.publisher}${address ? `, ${address}` : ''})`);
  const planned = event.planned
    ? [`Planned: ${event.planned.start} to ${event.planned.end} (${event.planned.precision}).`]
    : [];
  return [event.note ?? '', ...planned, `Sources: ${cited.join('; ')}`].filter(Boolean).join('\n');
}

/**
 * Exports events as an iCalendar (RFC 5545) document.
 *
 * Each event is an all-day `VEVENT` with `DTSTART;VALUE=DATE` and an
 * exclusive `DTEND;VALUE=DATE` (the day after the last day), a stable `UID`
 * (`<event id>@gcm-kit`), the venue as `LOCATION`, the kind as `CATEGORIES`,
 * and the note, plan and sources in `DESCRIPTION`. `DTSTAMP` is the event's
 * first day, so the same events always give the same text.
 *
 * @param events - The events to export; by default every event of the data.
 * @param options - `{ name }` for the calendar.
 * @returns The iCalendar text, every line ended by CRLF, the last one too.
 * @throws TypeError when `events` is not an array of events, or an id or kind
 *   is empty, over 200 characters or holds a line break or control character;
 *   RangeError for an invalid date, a year before 1000, an event that ends on
 *   9999-12-31 (its exclusive `DTEND` would be in the year 10000), or an
 *   unknown source id.
 *
 * @example
 * ```ts
 * import { getEventsOn } from 'gcm-kit';
 * import { toICalendar } from 'gcm-kit/ics';
 * const text = toICalendar(getEventsOn('2017-05-22'));
 * text.includes('DTSTART;VALUE=DATE:20170522') && text.includes('DTEND;VALUE=DATE:20170524');
 * // => true
 * ```
 */
export function toICalendar(
  events: readonly GcmEvent[] = allEvents,
  options: ICalendarOptions = {},
): string {
  if (!Array.isArray(events)) {
    throw new TypeError(`toICalendar: expected an array of events, got ${describe(events)}`);
  }
  const calendar = ical({
    prodId: '//gcm-kit//GCM timeline//EN',
    name: options.name ?? 'GCM process',
  });
  for (const [index, event] of events.entries()) {
    const where = `toICalendar: events[${index}]`;
    if (event === null || typeof event !== 'object' || typeof event.id !== 'string') {
      throw new TypeError(`${where} is not an event, got ${describe(event)}`);
    }
    checkName(event.id, `${where}.id`);
    const start = utcMidnight(event.start, `${where}.start`);
    const last = utcMidnight(event.end, `${where}.end`);
    if (last < start) throw new RangeError(`${where}: end is before start`);
    // DTEND is the day after the last day, and must also be four digits of year.
    if (event.end === '9999-12-31')
      throw new RangeError(
        `${where}.end: 9999-12-31 cannot be written: DTEND, the day after the last day, would be in the year 10000, which iCalendar cannot write`,
      );
    checkName(event.kind, `${where}.kind`);
    checkSources(event, where);
    calendar.createEvent({
      id: `${event.id}@gcm-kit`,
      allDay: true,
      start,
      end: new Date(last.getTime() + MS_PER_DAY),
      stamp: start,
      summary: event.title,
      location: locationOf(event),
      description: descriptionOf(event),
      categories: [{ name: event.kind }],
    });
  }
  // RFC 5545 ends every line, the last one too, with CRLF.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
