import { builtInQueries } from './builtIn.js';
import type { ConsultationFilter } from './filter.js';
import type { Consultation } from './types.js';

/**
 * The consultations of the register that pass a filter, in order of their
 * first day.
 *
 * @param filter - `{ country }` (alpha-3: held there or covering it), `{ kind }`,
 *   `{ stakeholder }` and `{ format }` (see {@link ConsultationFilter}).
 * @returns The consultations, possibly empty.
 * @throws RangeError for a malformed country code or an unknown kind, stakeholder or format;
 *   TypeError when the filter is not an object, or reading it throws (that
 *   error is the `cause`).
 *
 * @example
 * ```ts
 * import { getConsultations } from 'gcm-kit/consultations';
 * getConsultations({ country: 'BLR', kind: 'national' }).map((c) => c.id);
 * // => ['belarus-2017-05-16']
 * ```
 */
export function getConsultations(filter?: ConsultationFilter): Consultation[] {
  return builtInQueries().getConsultations(filter);
}
