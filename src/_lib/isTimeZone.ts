import { memoize } from './memoize.js';

/** Longer than any IANA zone name (the longest, America/Argentina/ComodRivadavia, has 32). */
export const MAX_TIME_ZONE_LENGTH = 64;

/**
 * The runtime's own spelling of an IANA time zone name (`europe/minsk` →
 * `Europe/Minsk`), or undefined for a name it does not know. Caches keyed by
 * zone use it, so case variants of one zone share one entry.
 */
export const canonicalTimeZone: (zone: string) => string | undefined = /* @__PURE__ */ memoize(
  (zone: string) => {
    if (zone.length === 0 || zone.length > MAX_TIME_ZONE_LENGTH) return undefined;
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      return undefined;
    }
  },
  1000,
  MAX_TIME_ZONE_LENGTH,
);

/**
 * Whether the runtime knows an IANA time zone name. The one zone check of
 * gcm-kit: the date helpers, the schemas and the CLI all call it. A name
 * longer than 64 characters is refused without asking Intl.
 */
export function isTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== undefined;
}
