// The shape of a link, written without flags so that the JSON Schema files
// carry exactly this pattern and an editor agrees with the library: http or
// https in any case, a host of dot-separated ASCII labels ending in a
// top-level domain of letters (an internationalised name in its xn-- form),
// an optional port up to 65535, then a path, query or fragment without
// spaces. The URL parser runs too; on what this pattern lets through, it
// agrees (test/schemas/urlAgreement.test.ts).
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const PORT = '(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])';

/** The pattern of an http(s) link. Internal. */
export const HTTP_URL = new RegExp(
  `^[Hh][Tt][Tt][Pp][Ss]?://(?:${LABEL}\\.)+[A-Za-z]{2,63}(?::${PORT})?(?:[/?#][^\\s]*)?$`,
);

const PUNYCODE = /xn--/i;

/**
 * Whether the WHATWG URL parser takes a text that matches {@link HTTP_URL}
 * as an absolute URL. Of such texts, the parser can refuse only a host
 * label in punycode (`xn--…`) that does not decode: every other part the
 * pattern allows, it takes (a host of ASCII letters, digits and inner
 * hyphens that does not end in a number, a port up to 65535, and any
 * non-space path, query or fragment, which it percent-encodes). So the
 * parser is asked only when the text holds `xn--` in any case; a property
 * test holds this against `URL.canParse` on generated links. Only for texts
 * that match the pattern: the link check of the schemas and the generated
 * fast checker both test the pattern first. Internal.
 */
export function canParseHttpUrl(value: string): boolean {
  return !PUNYCODE.test(value) || URL.canParse(value);
}
