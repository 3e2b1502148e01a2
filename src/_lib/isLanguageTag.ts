import { memoize } from './memoize.js';

/** Longest language tag accepted (characters). */
export const MAX_LANGUAGE_TAG = 35;

/**
 * Whether `Intl.getCanonicalLocales` takes a text as exactly one BCP 47
 * language tag. The schemas' language check and the generated fast checker
 * both call this one function. Internal.
 */
export const isLanguageTag: (tag: string) => boolean = /* @__PURE__ */ memoize(
  (tag: string) => {
    if (tag.length > MAX_LANGUAGE_TAG) return false;
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  1000,
  MAX_LANGUAGE_TAG,
);
