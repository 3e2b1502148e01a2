import { parseDayNumber } from '../_lib/dayNumber.js';
import type { Consultation } from '../consultations/types.js';
import type { GcmEvent } from '../data/events.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday']; // day 0 = 1970-01-01, a Thursday

/** `16 May 2017`, from an ISO date, without Date or the machine's zone. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** The weekday of an ISO date (`Tuesday`). */
export function weekday(iso: string): string {
  return weekdayOfDay(parseDayNumber(iso) ?? 0);
}

/** The weekday of a day number (`Tuesday`). */
export function weekdayOfDay(day: number): string {
  return WEEKDAYS[((day % 7) + 7) % 7] as string;
}

/** `8–9 May 2017`, `30 Aug – 1 Sep 2017`, or `March 2018` for a month-precision event. */
export function dateRange(event: Pick<GcmEvent, 'start' | 'end' | 'precision'>): string {
  if (event.precision === 'month') return longDate(event.start).replace(/^\d+ /, '');
  if (event.precision === 'year') return event.start.slice(0, 4);
  if (event.start === event.end) return longDate(event.start);
  const [sy, sm, sd] = event.start.split('-');
  const [ey, em, ed] = event.end.split('-');
  if (sy === ey && sm === em) return `${Number(sd)}–${Number(ed)} ${MONTHS[Number(em) - 1]} ${ey}`;
  if (sy === ey) return `${Number(sd)} ${MONTHS[Number(sm) - 1]} – ${longDate(event.end)}`;
  return `${longDate(event.start)} – ${longDate(event.end)}`;
}

/** Where an event was, in a few words. */
export function place(event: GcmEvent): string {
  return event.venue === undefined ? '' : event.venue.city;
}

/** City and country of a meeting, or `online` for an online one without a venue. */
function meetingPlace(m: Pick<Consultation, 'city' | 'country' | 'format'>): string {
  return [m.city, m.country].filter(Boolean).join(', ') || (m.format === 'online' ? 'online' : '');
}

/**
 * Where a consultation met, in a few words: `Minsk, BLR`, `online`, or the
 * places of its parts, each said once (`New York, USA + Geneva, CHE`); the
 * record's own venue when its parts name none; empty when nothing is known.
 */
export function consultationPlace(c: Consultation): string {
  const parts = [...new Set((c.parts ?? []).map(meetingPlace).filter((p) => p !== ''))];
  return parts.length > 0 ? parts.join(' + ') : meetingPlace(c);
}

/** `1 day`, `6 days`. */
export function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}
