import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canParseHttpUrl, HTTP_URL } from '../../src/_lib/httpUrl.js';

// canParseHttpUrl asks the URL parser only when a link holds "xn--": it
// claims that the parser takes every other text the link pattern lets
// through. These properties hold that claim against URL.canParse itself.

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const alnum = `${letters}0123456789`;
const char = (set: string) => fc.constantFrom(...set.split(''));
const text = (set: string, min: number, max: number) =>
  fc.array(char(set), { minLength: min, maxLength: max }).map((cs) => cs.join(''));

/** A host label the pattern allows: letters, digits, inner hyphens (runs of them too), or an xn-- label. */
const label = fc.oneof(
  { weight: 6, arbitrary: text(alnum, 1, 1) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(char(alnum), text(`${alnum}---`, 0, 20), char(alnum))
      .map(([a, mid, b]) => a + mid + b),
  },
  { weight: 1, arbitrary: text(alnum, 62, 63).map((s) => s.slice(0, 63)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('xn--', 'XN--', 'Xn--'), text(`${alnum}-`, 0, 12), char(alnum))
      .map(([p, mid, b]) => p + mid + b),
  },
);

/** Any character but white space, as the pattern's path, query and fragment allow: controls, surrogates, '%', '\\' and all. */
const tailChar = fc
  .oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0xffff }),
    fc.constantFrom(0x25, 0x5c, 0x23, 0x3f, 0x2f, 0x40, 0x3a, 0x5b, 0x5d, 0xd800, 0xdfff, 0xfffd),
  )
  .map((n) => String.fromCharCode(n))
  .filter((c) => !/\s/.test(c));

const link = fc
  .tuple(
    fc.constantFrom('http', 'https', 'HTTP', 'HttpS', 'hTTps'),
    fc.array(label, { minLength: 1, maxLength: 4 }),
    text(letters, 2, 12),
    fc.option(fc.integer({ min: 0, max: 65535 }).map(String), { nil: undefined }),
    fc.option(
      fc
        .tuple(fc.constantFrom('/', '?', '#'), fc.array(tailChar, { maxLength: 30 }))
        .map(([first, rest]) => first + rest.join('')),
      { nil: undefined },
    ),
  )
  .map(
    ([scheme, labels, tld, port, tail]) =>
      `${scheme}://${labels.join('.')}.${tld}${port !== undefined ? `:${port}` : ''}${tail ?? ''}`,
  );

describe('canParseHttpUrl (issue 16: the URL parser asked only for xn-- hosts)', () => {
  it('the generator makes links the pattern takes', () => {
    fc.assert(
      fc.property(link, (url) => HTTP_URL.test(url)),
      { numRuns: 2000 },
    );
  });

  it('answers as URL.canParse on every link the pattern takes', () => {
    fc.assert(
      fc.property(link, (url) => canParseHttpUrl(url) === URL.canParse(url)),
      { numRuns: 20_000 },
    );
  });

  it('refuses a punycode label that does not decode, as the parser does', () => {
    // "xn--a" is not the punycode of any name: the URL parser refuses it.
    expect(URL.canParse('https://xn--a.org/')).toBe(false);
    expect(canParseHttpUrl('https://xn--a.org/')).toBe(false);
    expect(canParseHttpUrl('https://XN--A.org/')).toBe(false);
    // The punycode of "bücher", which decodes.
    expect(canParseHttpUrl('https://xn--bcher-kva.example/')).toBe(true);
  });

  it('takes a link whose path holds controls, a lone surrogate, "%" and "\\\\", as the parser does', () => {
    for (const url of ['https://a.org/\u0001%zz\\\ud800', 'https://a.org?\u007f#\u0000'])
      expect([HTTP_URL.test(url), canParseHttpUrl(url), URL.canParse(url)]).toEqual([
        true,
        true,
        true,
      ]);
  });
});
