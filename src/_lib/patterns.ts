// Three of the schema's regular expressions written as loops over the
// characters, for the generated field checker (scripts/lib/fastCheck.mjs
// uses one of them only where the schema's pattern has exactly the source
// named next to it in PATTERN_FUNCTIONS). They run on every id, text and
// date of a bulk file, where calling a RegExp costs more than the loop; a
// property test proves that each answers as its pattern does. Internal.

import { parseDayNumber } from './dayNumber.js';

/** `/^[a-z0-9]+(?:-[a-z0-9]+)*$/`: lowercase kebab-case. */
export function isSlug(value: string): boolean {
  const n = value.length;
  // The start counts as a hyphen: no hyphen first, none twice in a row.
  let afterHyphen = true;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) afterHyphen = false;
    else if (c === 0x2d && !afterHyphen) afterHyphen = true;
    else return false;
  }
  return !afterHyphen;
}

const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * `/[\p{L}\p{N}\p{P}\p{S}]/u`: at least one letter, digit, punctuation mark
 * or symbol. Every printable ASCII character (U+0021 to U+007E) is one of
 * these, so a text that starts with one needs no search.
 */
export function hasVisibleCharacter(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || VISIBLE.test(value);
}

/**
 * zod 4's pattern for `z.iso.date()`: `YYYY-MM-DD` with a day that exists in
 * its month, 29 February only in a Gregorian leap year (year 0000 included).
 * The project's one date parser, {@link parseDayNumber}, already answers this.
 */
export function isIsoDateText(value: string): boolean {
  return parseDayNumber(value) !== undefined;
}

/**
 * The patterns above, by the text of their regular expression
 * (`/source/flags`), with the name of the function that replaces each.
 */
export const PATTERN_FUNCTIONS: readonly (readonly [pattern: string, name: string])[] = [
  ['/^[a-z0-9]+(?:-[a-z0-9]+)*$/', 'isSlug'],
  ['/[\\p{L}\\p{N}\\p{P}\\p{S}]/u', 'hasVisibleCharacter'],
  [
    '/^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$/',
    'isIsoDateText',
  ],
];
