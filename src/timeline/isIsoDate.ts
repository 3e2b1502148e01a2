import { parseDayNumber } from '../_lib/dayNumber.js';

/**
 * Whether a value is a real ISO calendar date string, `YYYY-MM-DD`: zero
 * padded, with a month from 01 to 12 and a day that exists in that month.
 *
 * @param value - Any value.
 * @returns `true` for a valid calendar date.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'gcm-kit';
 * [isIsoDate('2016-02-29'), isIsoDate('2017-02-29'), isIsoDate('2017-5-16')];
 * // => [true, false, false]
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseDayNumber(value) !== undefined;
}
