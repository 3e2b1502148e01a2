import { memoize } from './memoize.js';

/** Longer than any IANA zone name (the longest, America/Argentina/ComodRivadavia, has 32). */
export const MAX_TIME_ZONE_LENGTH = 64;

let byLowerCase: ReadonlyMap<string, string> | undefined;
let list: readonly string[] | undefined;
let exactNames: ReadonlySet<string> | undefined;

/** The runtime's zone names as it lists them, read once. */
function zoneList(): readonly string[] {
  list ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return list;
}

/**
 * The runtime's own zone names (`Intl.supportedValuesOf('timeZone')`), keyed
 * by lower case, made once from the one list the zone check also reads: the
 * zone check looks here for a name not spelled as listed, and the zone
 * suggestions of the validator read it. Each name is spelled as
 * `Intl.DateTimeFormat` resolves it. Empty where the runtime cannot list
 * its zones (then every name is asked of Intl).
 */
export function timeZoneNames(): ReadonlyMap<string, string> {
  if (byLowerCase === undefined) {
    const map = new Map<string, string>();
    for (const name of zoneList()) map.set(name.toLowerCase(), name);
    byLowerCase = map;
  }
  return byLowerCase;
}

/** Aliases and other names outside the list (`Asia/Kolkata`, `UTC`, `US/Eastern`), asked of Intl once each. */
const askIntl = /* @__PURE__ */ memoize(
  (zone: string) => {
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
 * The runtime's own spelling of an IANA time zone name (`europe/minsk` →
 * `Europe/Minsk`), or undefined for a name it does not know. Caches keyed by
 * zone use it, so case variants of one zone share one entry.
 */
export function canonicalTimeZone(zone: string): string | undefined {
  if (zone.length === 0 || zone.length > MAX_TIME_ZONE_LENGTH) return undefined;
  // A name spelled as the runtime lists it (nearly every record's) is
  // found without the table of lower-case names, which is made only for
  // the others: a file of valid records never needs it (issue 16).
  exactNames ??= new Set(zoneList());
  if (exactNames.has(zone)) return zone;
  return timeZoneNames().get(zone.toLowerCase()) ?? askIntl(zone);
}

/**
 * Whether the runtime knows an IANA time zone name. The one zone check of
 * gcm-kit: the date helpers, the schemas and the CLI all call it. A name
 * longer than 64 characters is refused without asking Intl.
 */
export function isTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== undefined;
}
