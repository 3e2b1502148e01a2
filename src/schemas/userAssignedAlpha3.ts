// Its own module, so that the cross-field rules read it without loading the
// ISO 3166 and M49 lists (the fast path of validateMany needs no list).

/**
 * ISO 3166-1 alpha-3 codes left for user assignment (AAA–AAZ, QMA–QZZ,
 * XAA–XZZ, ZZA–ZZZ), such as `'XKX'`, often used for Kosovo.
 *
 * @example
 * ```ts
 * import { USER_ASSIGNED_ALPHA3 } from 'gcm-kit/schemas';
 * [USER_ASSIGNED_ALPHA3.test('XKX'), USER_ASSIGNED_ALPHA3.test('BLR')];
 * // => [true, false]
 * ```
 */
export const USER_ASSIGNED_ALPHA3 = /^(?:AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$/;
