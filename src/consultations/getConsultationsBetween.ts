import type { InstantOptions } from '../timeline/types.js';
import { builtInQueries } from './builtIn.js';
import type { ConsultationFilter } from './filter.js';
import type { Consultation } from './types.js';

/**
 * The consultations of the register held, wholly or in part, between two
 * calendar days, both ends included, in order of their first day.
 *
 * @param start - First day, an ISO calendar date (or a `Date` with `options.timeZone`).
 * @param end - Last day, inclusive; not before `start`.
 * @param options - `{ country, kind, stakeholder, format }` to filter; `{ timeZone }`, required with `Date`s.
 * @returns The consultations, possibly empty.
 * @throws RangeError for invalid dates (a Date's calendar day must be from
 *   0000-01-01 to 9999-12-31), an unknown zone or kind, or `end` before
 *   `start`; TypeError when reading the options throws (that error is the `cause`).
 *
 * @example
 * ```ts
 * import { getConsultationsBetween } from 'gcm-kit/consultations';
 * getConsultationsBetween('2017-08-01', '2017-08-31', { kind: 'regional' }).map((c) => c.id);
 * // => ['asia-rcsc-2017-08-04', 'mena-cso-2017-08-24', 'africa-cso-2017-08-28', 'eclac-2017-08-30']
 * ```
 */
export function getConsultationsBetween(
  start: string,
  end: string,
  options?: ConsultationFilter,
): Consultation[];
export function getConsultationsBetween(
  start: Date,
  end: Date,
  options: ConsultationFilter & InstantOptions,
): Consultation[];
export function getConsultationsBetween(
  start: string | Date,
  end: string | Date,
  options?: ConsultationFilter & Partial<InstantOptions>,
): Consultation[] {
  return builtInQueries().getConsultationsBetween(start as string, end as string, options);
}
