import type { InstantOptions } from '../timeline/types.js';
import { builtInQueries } from './builtIn.js';
import type { ConsultationFilter } from './filter.js';
import type { Consultation } from './types.js';

/**
 * The consultations of the register held on a calendar day, in order of their
 * first day. One held in parts counts only on the days of its parts; a
 * month-precision one on every day of its month.
 *
 * @param date - An ISO calendar date, or a `Date` with `options.timeZone`.
 * @param options - `{ country, kind, stakeholder, format }` to filter; `{ timeZone }`, required with a `Date`.
 * @returns The consultations, possibly empty.
 * @throws RangeError for an invalid date (a Date's calendar day must be from
 *   0000-01-01 to 9999-12-31), unknown zone, malformed country or unknown
 *   kind; TypeError when reading the options throws (that error is the `cause`).
 *
 * @example
 * ```ts
 * import { getConsultationsOn } from 'gcm-kit/consultations';
 * getConsultationsOn('2017-05-16').map((c) => c.id);
 * // => ['pafom-2017-05-15', 'belarus-2017-05-16']
 * ```
 */
export function getConsultationsOn(date: string, options?: ConsultationFilter): Consultation[];
export function getConsultationsOn(
  date: Date,
  options: ConsultationFilter & InstantOptions,
): Consultation[];
export function getConsultationsOn(
  date: string | Date,
  options?: ConsultationFilter & Partial<InstantOptions>,
): Consultation[] {
  return builtInQueries().getConsultationsOn(date as string, options);
}
