// Calendar arithmetic on day numbers (days since 1970-01-01 in the proleptic
// Gregorian calendar). Pure integer maths: no Date, so no machine time zone.
// The conversion is Howard Hinnant's days_from_civil / civil_from_days.

/** Days since 1970-01-01 of a valid year, month (1–12) and day. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO calendar date `YYYY-MM-DD` of a day number. */
export function formatDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// No table to build: the day number of a date is the days before its year
// (a sum of integer quotients), before its month (a 13-entry constant) and
// its day. A month-start table of 1900–2199 used to serve look-ups; building
// it (3,601 months) was the largest part of the first parse, which every
// timeline query and every validated record makes (issue 16), and look-ups
// are as fast without it (bench: node bench/run.mjs timeline).

/** Days before the first of each month (1–12) in a common year. */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;
/** Days of each month (1–12) in a common year. */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
/**
 * Days from 0001-01-01 to 1970-01-01, plus one 400-year cycle (146,097
 * days): years are counted from 400 BC, so that year 0000 needs no floored
 * quotient of a negative number.
 */
const DAYS_TO_EPOCH = 719162 + 146097;

/**
 * The day number of an ISO calendar date string, or `undefined` when the
 * string is not a real `YYYY-MM-DD` date. The one place that parses a date.
 * Reads character codes instead of running a regular expression: the
 * timeline helpers call it on every look-up.
 */
export function parseDayNumber(value: string): number | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45)
    return undefined;
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  // Each must be a digit 0–9: any value below 0 or above 9 makes the OR negative.
  if (
    (y0 |
      y1 |
      y2 |
      y3 |
      m0 |
      m1 |
      d0 |
      d1 |
      (9 - y0) |
      (9 - y1) |
      (9 - y2) |
      (9 - y3) |
      (9 - m0) |
      (9 - m1) |
      (9 - d0) |
      (9 - d1)) <
    0
  ) {
    return undefined;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = month === 2 ? (leap ? 29 : 28) : (MONTH_DAYS[month] as number);
  if (day > length) return undefined;
  const y = year + 399; // full years since 0001-01-01, plus 400

  return (
    365 * y +
    ((y / 4) | 0) -
    ((y / 100) | 0) +
    ((y / 400) | 0) -
    DAYS_TO_EPOCH +
    (DAYS_BEFORE_MONTH[month] as number) +
    (leap && month > 2 ? 1 : 0) +
    day -
    1
  );
}
