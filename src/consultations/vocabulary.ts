// The small code lists of a consultation record. They are plain constants
// with no dependency, so the register (gcm-kit/consultations) and the schemas
// (gcm-kit/schemas) share one copy; the schemas entry re-exports them.

/**
 * The scope of a consultation record: whose consultation it was. Whether it
 * was held in a multi-stakeholder format is a separate field,
 * `multiStakeholder`.
 *
 * @example
 * ```ts
 * import { consultationKinds } from 'gcm-kit/schemas';
 * consultationKinds.slice(0, 4);
 * // => ['national', 'sub-regional', 'regional', 'global']
 * ```
 */
export const consultationKinds = Object.freeze([
  'national',
  'sub-regional',
  'regional',
  'global',
  'thematic-session',
  'stocktaking',
  'other',
] as const);

/**
 * Categories of the organizations and stakeholders of a consultation. The
 * list follows the actors that the compact itself names (A/RES/73/195,
 * paragraphs 15 (j) and 44; see docs/validation.md), plus governments, the
 * UN system, other international, regional and inter-State bodies.
 *
 * @example
 * ```ts
 * import { stakeholderCategories } from 'gcm-kit/schemas';
 * stakeholderCategories.includes('faith-based-organization');
 * // => true
 * ```
 */
export const stakeholderCategories = Object.freeze([
  'government',
  'parliament',
  'local-authority',
  'local-community',
  'un-system',
  'international-organization',
  'regional-organization',
  'inter-state-consultation-mechanism',
  'ngo-civil-society',
  'migrant-or-diaspora-organization',
  'faith-based-organization',
  'red-cross-red-crescent',
  'private-sector',
  'trade-union',
  'academia',
  'national-human-rights-institution',
  'media',
  'other',
] as const);

/**
 * What an organization did for a consultation. A meeting held "under the
 * auspices of" a body names it as `sponsor`; `chair` and `rapporteur` are
 * roles in the meeting itself (record version 3).
 *
 * @example
 * ```ts
 * import { organizationRoles } from 'gcm-kit/schemas';
 * organizationRoles;
 * // => ['host', 'organizer', 'co-organizer', 'supporter', 'funder', 'chair', 'rapporteur', 'sponsor']
 * ```
 */
export const organizationRoles = Object.freeze([
  'host',
  'organizer',
  'co-organizer',
  'supporter',
  'funder',
  'chair',
  'rapporteur',
  'sponsor',
] as const);

/**
 * How a consultation or one of its parts was held: in a room, online, or
 * both (record version 3). An online meeting needs no city, country or
 * time zone.
 *
 * @example
 * ```ts
 * import { meetingFormats } from 'gcm-kit/schemas';
 * meetingFormats;
 * // => ['in-person', 'online', 'hybrid']
 * ```
 */
export const meetingFormats = Object.freeze(['in-person', 'online', 'hybrid'] as const);

/**
 * Kinds of consultation outcome.
 *
 * @example
 * ```ts
 * import { outcomeKinds } from 'gcm-kit/schemas';
 * outcomeKinds.includes('national-position');
 * // => true
 * ```
 */
export const outcomeKinds = Object.freeze([
  'recommendations',
  'priorities',
  'national-position',
  'summary',
  'report',
  'other',
] as const);

/**
 * Who attached a tag: the source itself, or an editor after the fact (the 23
 * objectives did not exist in 2017, so a 2017 source cannot state them).
 *
 * @example
 * ```ts
 * import { tagBases } from 'gcm-kit/schemas';
 * tagBases;
 * // => ['source', 'editor']
 * ```
 */
export const tagBases = Object.freeze(['source', 'editor'] as const);

/**
 * How a source qualifies a count: "50" (`exact`), "about 50", "over 700",
 * "under 20", or with no number at all, "several dozen" (`indefinite`, which
 * goes with `asStated` and no `count`).
 *
 * @example
 * ```ts
 * import { countQualifiers } from 'gcm-kit/schemas';
 * countQualifiers;
 * // => ['exact', 'about', 'over', 'under', 'indefinite']
 * ```
 */
export const countQualifiers = Object.freeze([
  'exact',
  'about',
  'over',
  'under',
  'indefinite',
] as const);

/**
 * What a participant count counts.
 *
 * @example
 * ```ts
 * import { countUnits } from 'gcm-kit/schemas';
 * countUnits;
 * // => ['people', 'states', 'organizations', 'mechanisms']
 * ```
 */
export const countUnits = Object.freeze([
  'people',
  'states',
  'organizations',
  'mechanisms',
] as const);

/**
 * How precisely a record's dates are known: to the day, the month or the
 * year (the vocabulary of the timeline's events).
 *
 * @example
 * ```ts
 * import { datePrecisions } from 'gcm-kit/schemas';
 * datePrecisions;
 * // => ['day', 'month', 'year']
 * ```
 */
export const datePrecisions = Object.freeze(['day', 'month', 'year'] as const);

/**
 * Whether a source states the dates, or an editor inferred them (a page that
 * says "19–20 October" without a year).
 *
 * @example
 * ```ts
 * import { dateBases } from 'gcm-kit/schemas';
 * dateBases;
 * // => ['stated', 'inferred']
 * ```
 */
export const dateBases = Object.freeze(['stated', 'inferred'] as const);

/**
 * Whether a source is the document itself or its issuer's page (`primary`),
 * or a report about it (`secondary`).
 *
 * @example
 * ```ts
 * import { sourceKinds } from 'gcm-kit/schemas';
 * sourceKinds;
 * // => ['primary', 'secondary']
 * ```
 */
export const sourceKinds = Object.freeze(['primary', 'secondary'] as const);
