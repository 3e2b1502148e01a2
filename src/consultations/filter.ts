import { describe } from '../_lib/describe.js';
import { readProperty } from '../_lib/readProperty.js';
import { reasonOf } from '../_lib/reasonOf.js';
import type {
  Consultation,
  ConsultationKind,
  MeetingFormat,
  StakeholderCategory,
} from './types.js';
import { consultationKinds, meetingFormats, stakeholderCategories } from './vocabulary.js';

/** Filters of the consultation helpers; a consultation must pass every one given. */
export interface ConsultationFilter {
  /**
   * Only consultations that concern this country (ISO 3166-1 alpha-3): held
   * there (`country`, or a part's `country`) or covering it (`coveredCountries`)
   * (example: `'BLR'`).
   */
  readonly country?: string;
  /** Only consultations of this kind, or of one of these kinds (example: `'national'`). */
  readonly kind?: ConsultationKind | readonly ConsultationKind[];
  /**
   * Only consultations where this category of stakeholder took part: in
   * `stakeholders`, a part's `stakeholders`, or the `category` of one of the
   * `organizations`; `'parliament'` finds the parliamentary meetings
   * (example: `'parliament'`).
   */
  readonly stakeholder?: StakeholderCategory;
  /**
   * Only consultations held in this format, by their `format` or a part's; a
   * record that does not state its format matches none (example: `'online'`).
   */
  readonly format?: MeetingFormat;
}

function checkOne(value: unknown, list: readonly string[], what: string, where: string): void {
  if (value !== undefined && !list.includes(value as string)) {
    throw new RangeError(
      `${where}: unknown ${what} ${describe(value)}; expected one of ${list.join(', ')}`,
    );
  }
}

/**
 * The predicate for a filter, after checking it; undefined when it keeps
 * everything. Reads only `country`, `kind`, `stakeholder` and `format`, so
 * options that also hold a `timeZone` are a filter too. Internal.
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
  const stakeholder = readProperty(filter, 'stakeholder', where, 'options');
  const format = readProperty(filter, 'format', where, 'options');
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
    for (const k of list) checkOne(k, consultationKinds, 'consultation kind', where);
    kinds = new Set(list as string[]);
  }
  checkOne(stakeholder, stakeholderCategories, 'stakeholder category', where);
  checkOne(format, meetingFormats, 'format', where);
  if (
    country === undefined &&
    kinds === undefined &&
    stakeholder === undefined &&
    format === undefined
  )
    return undefined;
  // Checked above: from here on they are a known category and format.
  const category = stakeholder as StakeholderCategory | undefined;
  const meetingFormat = format as MeetingFormat | undefined;
  return (c) =>
    (kinds === undefined || kinds.has(c.kind)) &&
    (country === undefined ||
      c.country === country ||
      (c.coveredCountries?.includes(country) ?? false) ||
      (c.parts?.some((p) => p.country === country) ?? false)) &&
    (category === undefined ||
      (c.stakeholders?.includes(category) ?? false) ||
      (c.parts?.some((p) => p.stakeholders?.includes(category)) ?? false) ||
      (c.organizations?.some((o) => o.category === category) ?? false)) &&
    (meetingFormat === undefined ||
      c.format === meetingFormat ||
      (c.parts?.some((p) => p.format === meetingFormat) ?? false));
}
