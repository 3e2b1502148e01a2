import { daysFromCivil, parseDayNumber } from './dayNumber.js';
import { describe, isDate, timeOf } from './describe.js';
import { canonicalTimeZone } from './isTimeZone.js';
import { readProperty } from './readProperty.js';

const MS_PER_DAY = 86_400_000;

/** Throws a RangeError unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: unknown, where: string): asserts timeZone is string {
  if (typeof timeZone !== 'string') {
    throw new TypeError(
      `${where}: options.timeZone must be an IANA time zone name, got ${describe(timeZone)}`,
    );
  }
  if (canonicalTimeZone(timeZone) === undefined)
    throw new RangeError(`${where}: unknown time zone ${describe(timeZone)}`);
}

// The UTC offset of a zone at an instant, read from Intl. Not @date-fns/tz's
// tzOffset: for offsets between -1 h and 0, such as Africa/Monrovia's
// GMT-00:44:30 before 1972, it loses the sign of "-00" and returns +44.5.
const formats = new Map<string, Intl.DateTimeFormat>();
const OFFSET = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/;

/** Minutes east of UTC in a zone (a canonical name) at an instant: -44.5 for GMT-00:44:30. */
export function offsetMinutes(zone: string, ms: number): number {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, format);
  }
  const match = OFFSET.exec(format.format(ms));
  if (match === null) throw new RangeError(`gcm-kit: cannot read the UTC offset of ${zone}`);
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60;
  return match[1] === '-' ? -minutes : minutes;
}

// Per zone, the UTC offset (minutes) over a whole UTC day, for days on which
// it does not change; asking Intl for an offset costs about a microsecond.
// A day is cached only when the offsets at its first and last millisecond
// agree: a zone never changes its offset twice within one day and back.
// Keyed by canonical zone names, so case variants share one entry, and there
// are only as many as the runtime has zones.
const offsetsByZone = new Map<string, Map<number, number>>();
const MAX_CACHED_DAYS = 4096;

function offsetOn(timeZone: string, ms: number): number {
  const zone = canonicalTimeZone(timeZone);
  if (zone === undefined) throw new RangeError(`unknown time zone ${describe(timeZone)}`);
  let byDay = offsetsByZone.get(zone);
  if (byDay === undefined) {
    byDay = new Map();
    offsetsByZone.set(zone, byDay);
  }
  const utcDay = Math.floor(ms / MS_PER_DAY);
  const cached = byDay.get(utcDay);
  if (cached !== undefined) return cached;
  const first = offsetMinutes(zone, utcDay * MS_PER_DAY);
  const last = offsetMinutes(zone, utcDay * MS_PER_DAY + MS_PER_DAY - 1);
  if (first !== last) return offsetMinutes(zone, ms);
  if (byDay.size >= MAX_CACHED_DAYS) byDay.clear();
  byDay.set(utcDay, first);
  return first;
}

/** Day numbers of 0000-01-01 and 9999-12-31: the calendar days an ISO date string can name. */
const FIRST_DAY = daysFromCivil(0, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);
// No zone is more than a day from UTC, so an instant beyond these is out of
// range in every zone, and is refused before Intl is asked (Intl throws a
// bare "Invalid time value" near the ends of what a Date can hold).
const FIRST_MS = (FIRST_DAY - 1) * MS_PER_DAY;
const LAST_MS = (LAST_DAY + 2) * MS_PER_DAY;
const toISOString = Date.prototype.toISOString;

/**
 * Day number of the calendar day that an instant (a valid Date) falls on in a
 * zone; a RangeError naming `where` when that day is not from 0000-01-01 to
 * 9999-12-31, the range of ISO date strings.
 */
export function instantToDayNumber(instant: Date, timeZone: string, where = 'gcm-kit'): number {
  const ms = timeOf(instant);
  const day =
    ms < FIRST_MS || ms > LAST_MS
      ? Number.NaN
      : Math.floor((ms + offsetOn(timeZone, ms) * 60_000) / MS_PER_DAY);
  if (!(day >= FIRST_DAY && day <= LAST_DAY)) {
    throw new RangeError(
      `${where}: the Date ${toISOString.call(instant)} is outside the supported range: its calendar day in ${timeZone} must be from 0000-01-01 to 9999-12-31`,
    );
  }
  return day;
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
  if (isDate(date)) {
    const timeZone =
      options === undefined || options === null || typeof options !== 'object'
        ? undefined
        : readProperty(options, 'timeZone', where, 'options');
    if (timeZone === undefined) {
      throw new TypeError(
        `${where}: a Date is an instant; pass { timeZone } (an IANA zone such as 'Europe/Minsk') to say which calendar day it is`,
      );
    }
    assertTimeZone(timeZone, where);
    if (Number.isNaN(timeOf(date))) throw new RangeError(`${where}: the Date is invalid`);
    return instantToDayNumber(date, timeZone, where);
  }
  throw new TypeError(
    `${where}: expected an ISO date string (YYYY-MM-DD) or a Date, got ${describe(date)}`,
  );
}

/** How many zones the offset caches hold; for tests of their bound. */
export function cachedZoneCount(): { readonly days: number; readonly formats: number } {
  return { days: offsetsByZone.size, formats: formats.size };
}
