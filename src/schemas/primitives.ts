import * as z from 'zod';
import { canParseHttpUrl, HTTP_URL } from '../_lib/httpUrl.js';
import { isLanguageTag, MAX_LANGUAGE_TAG } from '../_lib/isLanguageTag.js';
import { isTimeZone } from '../_lib/isTimeZone.js';
import { isWellFormedText, loneSurrogatePattern } from '../_lib/isWellFormedText.js';
import { messages } from './messages.js';

// Shared building blocks. Every string and array has an upper bound, so a
// hostile file cannot make validation hold a huge value.

/** Longest short text: a title or a name (characters). */
export const MAX_TITLE = 500;
/** Longest long text: a summary or a recommendation (characters). */
export const MAX_TEXT = 20_000;

/**
 * An ISO calendar date, `YYYY-MM-DD`, kept as a string. zod's `z.iso.date()`
 * checks month lengths and leap years, so 2017-02-29 is refused; a property
 * test holds it to gcm-kit's own date parser.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'gcm-kit/schemas';
 * [IsoDateSchema.safeParse('2016-02-29').success, IsoDateSchema.safeParse('2017-02-29').success];
 * // => [true, false]
 * ```
 */
export const IsoDateSchema = z.iso.date({ error: 'must be an ISO calendar date, YYYY-MM-DD' });

/** A month, `YYYY-MM` (`2017-04`): a publication month, a phase's first or last month. Internal. */
export const ISO_MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/**
 * An IANA time zone name that the runtime knows.
 *
 * @example
 * ```ts
 * import { TimeZoneSchema } from 'gcm-kit/schemas';
 * [TimeZoneSchema.safeParse('Europe/Minsk').success, TimeZoneSchema.safeParse('Europe/Geneva').success];
 * // => [true, false]
 * ```
 */
export const TimeZoneSchema = z
  .string()
  .max(64, { abort: true })
  .refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Minsk' });

/**
 * A BCP 47 language tag (checked with `Intl.getCanonicalLocales`).
 *
 * @example
 * ```ts
 * import { LanguageTagSchema } from 'gcm-kit/schemas';
 * [LanguageTagSchema.safeParse('ru-BY').success, LanguageTagSchema.safeParse('english').success];
 * // => [true, false]
 * ```
 */
export const LanguageTagSchema = z
  .string()
  .max(MAX_LANGUAGE_TAG, { abort: true })
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, {
    error: messages.languageTag,
    abort: true,
  })
  .refine(isLanguageTag, { error: messages.languageTag });

/**
 * A stable id: lowercase kebab-case, 1 to 100 characters.
 *
 * @example
 * ```ts
 * import { SlugSchema } from 'gcm-kit/schemas';
 * [SlugSchema.safeParse('belarus-2017-05-16').success, SlugSchema.safeParse('Belarus 2017').success];
 * // => [true, false]
 * ```
 */
export const SlugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: messages.slug,
  });

/** A lone surrogate is half of a character: say so, rather than call the text blank. */
function loneSurrogate(value: unknown): string {
  const match = typeof value === 'string' ? loneSurrogatePattern().exec(value) : null;
  if (match === null) return 'holds a lone surrogate';
  const unit = match[0].charCodeAt(0).toString(16).toUpperCase();
  return `holds a lone surrogate (U+${unit} at character ${match.index + 1}): half of a character, so not valid Unicode text`;
}

/**
 * Non-empty text up to a bound: at least one letter, digit, punctuation mark
 * or symbol, so a title of only spaces or zero-width characters (U+200B) is
 * refused. Internal helper.
 */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine(isWellFormedText, {
      error: (issue) => loneSurrogate(issue.input),
      abort: true,
    })
    .regex(/[\p{L}\p{N}\p{P}\p{S}]/u, { error: messages.blank });

/**
 * A web link: http or https only (`mailto:` and others are refused), in any
 * case (`HTTPS://` too), to a host with a domain name (not `localhost` or an
 * IP address), without spaces.
 *
 * @example
 * ```ts
 * import { HttpUrlSchema } from 'gcm-kit/schemas';
 * [HttpUrlSchema.safeParse('https://belarus.iom.int/').success, HttpUrlSchema.safeParse('mailto:a@b.org').success];
 * // => [true, false]
 * ```
 */
export const HttpUrlSchema = z
  .string()
  .max(2000)
  .regex(HTTP_URL, { error: messages.httpUrl, abort: true })
  // zod's httpUrl() would trim the value first, and so accept (and change)
  // an address with spaces around it, which the JSON Schema refuses.
  .refine(canParseHttpUrl, { error: messages.httpUrl });
