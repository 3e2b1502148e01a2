import { tzOffset } from '@date-fns/tz/tzOffset';
import { parseDayNumber } from './dayNumber.js';
import { describe } from './describe.js';
import { isTimeZone } from './isTimeZone.js';

const MS_PER_DAY = 86_400_000;

/** Throws a RangeError unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: unknown, where: string): asserts timeZone is string {
  if (typeof timeZone !== 'string') {
    throw new TypeError(
      `${where}: options.timeZone must be an IANA time zone name, got ${describe(timeZone)}`,
    );
  }
  const known = isTimeZone(timeZone);
  if (!known) throw new RangeError(`${where}: unknown time zone ${JSON.stringify(timeZone)}`);
}

// Per zone, the UTC offset (minutes) over a whole UTC day, for days on which
// it does not change; asking Intl for an offset costs about a microsecond.
// A day is cached only when the offsets at its first and last millisecond
// agree: a zone never changes its offset twice within one day and back.
const offsetsByZone = new Map<string, Map<number, number>>();
const MAX_CACHED_DAYS = 4096;

function offsetOn(timeZone: string, ms: number): number {
  let byDay = offsetsByZone.get(timeZone);
  if (byDay === undefined) {
    byDay = new Map();
    offsetsByZone.set(timeZone, byDay);
  }
  const utcDay = Math.floor(ms / MS_PER_DAY);
  const cached = byDay.get(utcDay);
  if (cached !== undefined) return cached;
  const first = tzOffset(timeZone, new Date(utcDay * MS_PER_DAY));
  const last = tzOffset(timeZone, new Date(utcDay * MS_PER_DAY + MS_PER_DAY - 1));
  if (first !== last) return tzOffset(timeZone, new Date(ms));
  if (byDay.size >= MAX_CACHED_DAYS) byDay.clear();
  byDay.set(utcDay, first);
  return first;
}

/** Day number of the calendar day that an instant falls on in a zone. */
export function instantToDayNumber(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  return Math.floor((ms + offsetOn(timeZone, ms) * 60_000) / MS_PER_DAY);
}

/** Options of the date helpers when they are given an instant. */
export interface ZoneOption {
  readonly timeZone?: string | undefined;
}

/**
 * Resolves the date argument of a public helper to a day number: an ISO date
 * string, or a Date together with `options.timeZone`. `where` names the
 * helper in error messages.
 */
export function toDayNumber(date: unknown, options: ZoneOption | undefined, where: string): number {
  if (typeof date === 'string') {
    const day = parseDayNumber(date);
    if (day === undefined) {
      throw new RangeError(
        `${where}: ${describe(date)} is not a valid ISO calendar date (YYYY-MM-DD)`,
      );
    }
    return day;
  }
  if (date instanceof Date) {
    const timeZone = options?.timeZone;
    if (timeZone === undefined) {
      throw new TypeError(
        `${where}: a Date is an instant; pass { timeZone } (an IANA zone such as 'Europe/Minsk') to say which calendar day it is`,
      );
    }
    assertTimeZone(timeZone, where);
    if (Number.isNaN(date.getTime())) throw new RangeError(`${where}: the Date is invalid`);
    return instantToDayNumber(date, timeZone);
  }
  throw new TypeError(
    `${where}: expected an ISO date string (YYYY-MM-DD) or a Date, got ${describe(date)}`,
  );
}
