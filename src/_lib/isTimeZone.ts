import { memoize } from './memoize.js';

/**
 * Whether the runtime knows an IANA time zone name. The one zone check of
 * gcm-kit: the date helpers, the schemas and the CLI all call it.
 */
export const isTimeZone: (zone: string) => boolean = /* @__PURE__ */ memoize((zone: string) => {
  if (zone.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 1000);
