import { describe } from '../_lib/describe.js';
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

/** The predicate for a filter, after checking it; undefined when it keeps everything. Internal. */
export function consultationFilter(
  filter: ConsultationFilter | undefined,
  where: string,
): ((c: Consultation) => boolean) | undefined {
  if (filter === undefined) return undefined;
  if (filter === null || typeof filter !== 'object') {
    throw new TypeError(`${where}: options must be an object, got ${describe(filter)}`);
  }
  const { country, kind } = filter;
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{3}$/.test(country))) {
    throw new RangeError(
      `${where}: options.country must be an ISO 3166-1 alpha-3 code such as 'BLR', got ${describe(country)}`,
    );
  }
  let kinds: ReadonlySet<string> | undefined;
  if (kind !== undefined) {
    const list: readonly unknown[] = Array.isArray(kind) ? kind : [kind];
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
