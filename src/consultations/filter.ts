import { describe } from '../_lib/describe.js';
import { readProperty, reasonOf } from '../_lib/readProperty.js';
import type { Consultation, ConsultationKind } from './types.js';
import { consultationKinds } from './vocabulary.js';

/** Filters of the consultation helpers. */
export interface ConsultationFilter {
  /**
   * Only consultations that concern this country (ISO 3166-1 alpha-3): held
   * there (`country`, or a part's `country`) or covering it (`coveredCountries`)
   * (example: `'BLR'`).
   */
  readonly country?: string;
  /** Only consultations of this kind, or of one of these kinds (example: `'national'`). */
  readonly kind?: ConsultationKind | readonly ConsultationKind[];
}

/**
 * The predicate for a filter, after checking it; undefined when it keeps
 * everything. Reads only `country` and `kind`, so options that also hold a
 * `timeZone` are a filter too. Internal.
 */
export function consultationFilter(
  filter: ConsultationFilter | undefined,
  where: string,
): ((c: Consultation) => boolean) | undefined {
  if (filter === undefined) return undefined;
  if (filter === null || typeof filter !== 'object') {
    throw new TypeError(`${where}: options must be an object, got ${describe(filter)}`);
  }
  // Each option is read once; a getter or Proxy trap that throws is explained.
  const country = readProperty(filter, 'country', where, 'options');
  const kind = readProperty(filter, 'kind', where, 'options');
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{3}$/.test(country))) {
    throw new RangeError(
      `${where}: options.country must be an ISO 3166-1 alpha-3 code such as 'BLR', got ${describe(country)}`,
    );
  }
  let kinds: ReadonlySet<string> | undefined;
  if (kind !== undefined) {
    let list: readonly unknown[];
    try {
      list = Array.isArray(kind) ? Array.from(kind as readonly unknown[]) : [kind];
    } catch (error) {
      throw new TypeError(`${where}: options.kind cannot be read as a list: ${reasonOf(error)}`, {
        cause: error,
      });
    }
    for (const k of list) {
      if (!(consultationKinds as readonly unknown[]).includes(k)) {
        throw new RangeError(
          `${where}: unknown consultation kind ${describe(k)}; expected one of ${consultationKinds.join(', ')}`,
        );
      }
    }
    kinds = new Set(list as string[]);
  }
  if (country === undefined && kinds === undefined) return undefined;
  return (c) =>
    (kinds === undefined || kinds.has(c.kind)) &&
    (country === undefined ||
      c.country === country ||
      (c.coveredCountries?.includes(country) ?? false) ||
      (c.parts?.some((p) => p.country === country) ?? false));
}
