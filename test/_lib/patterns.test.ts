import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasVisibleCharacter,
  isIsoDateText,
  isSlug,
  PATTERN_FUNCTIONS,
} from '../../src/_lib/patterns.js';
import { IsoDateSchema, SlugSchema } from '../../src/schemas/primitives.js';

const functions: Record<string, (value: string) => boolean> = {
  isSlug,
  hasVisibleCharacter,
  isIsoDateText,
};

/** The RegExp written as `/source/flags`. */
function regexOf(text: string): RegExp {
  const end = text.lastIndexOf('/');
  return new RegExp(text.slice(1, end), text.slice(end + 1));
}

const pattern = (name: string) =>
  regexOf(PATTERN_FUNCTIONS.find(([, fn]) => fn === name)?.[0] ?? '');

/** Strings of characters drawn from `alphabet`, up to `max` long. */
const over = (alphabet: string[], max: number) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: max }).map((cs) => cs.join(''));

describe('the patterns written as loops', () => {
  it('are the patterns the schema uses, and the generated checker calls each', () => {
    const generated = readFileSync(
      new URL('../../src/schemas/checkFields.generated.ts', import.meta.url),
      'utf8',
    );
    // Every listed name is one of the module's exports, and each export is listed.
    expect(PATTERN_FUNCTIONS.map(([, name]) => name).sort()).toEqual(Object.keys(functions).sort());
    for (const [, name] of PATTERN_FUNCTIONS) expect(generated).toContain(`${name}(`);
    // What they stand for, in the schema's own words.
    expect(SlugSchema.safeParse('belarus-2017-05-16').success).toBe(isSlug('belarus-2017-05-16'));
    expect(IsoDateSchema.safeParse('2017-02-29').success).toBe(false);
  });

  it('isSlug answers as /^[a-z0-9]+(?:-[a-z0-9]+)*$/ on every string', () => {
    const re = pattern('isSlug');
    expect([
      isSlug('belarus-2017'),
      isSlug('-a'),
      isSlug('a-'),
      isSlug('a--b'),
      isSlug(''),
    ]).toEqual([true, false, false, false, false]);
    const alphabet = ['a', 'm', 'z', '0', '9', '-', '-', 'A', '_', ' ', 'é', '`', '{', '/', ':'];
    fc.assert(
      fc.property(fc.oneof(over(alphabet, 12), fc.string({ unit: 'binary' })), (s) => {
        expect(isSlug(s)).toBe(re.test(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('hasVisibleCharacter answers as /[\\p{L}\\p{N}\\p{P}\\p{S}]/u on every string', () => {
    const re = pattern('hasVisibleCharacter');
    expect([
      hasVisibleCharacter('Minsk'),
      hasVisibleCharacter('  '),
      hasVisibleCharacter('\u200b'),
      hasVisibleCharacter(' ~'),
      hasVisibleCharacter(''),
    ]).toEqual([true, false, false, true, false]);
    // Every ASCII character, first or later, and any code units.
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
    const blank = [' ', '\t', '\n', '\u00a0', '\u200b', '\u2028', '\ufeff', '\u0301'];
    fc.assert(
      fc.property(
        fc.oneof(over([...ascii, ...blank], 4), over(blank, 4), fc.string({ unit: 'binary' })),
        (s) => {
          expect(hasVisibleCharacter(s)).toBe(re.test(s));
        },
      ),
      { numRuns: 5000 },
    );
    for (const c of ascii) expect(hasVisibleCharacter(c), JSON.stringify(c)).toBe(re.test(c));
  });

  it('isIsoDateText answers as zod’s date pattern: 29 February only in leap years', () => {
    const re = pattern('isIsoDateText');
    expect(
      ['2017-05-16', '2016-02-29', '2017-02-29', '2000-02-29', '1900-02-29', '0000-02-29'].map(
        isIsoDateText,
      ),
    ).toEqual([true, true, false, true, false, true]);
    expect(
      ['2017-04-31', '2017-13-01', '2017-00-10', '2017-01-00', '2017-1-01'].map(isIsoDateText),
    ).toEqual([false, false, false, false, false]);
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const year = fc.oneof(
      fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
      fc.constantFrom('1900', '2000', '2100', '2400', '0400', '1600', '2016', '2017', '0004'),
    );
    const dateLike = fc.tuple(year, two(13), two(32)).map(([y, m, d]) => `${y}-${m}-${d}`);
    const nearly = over(['0', '1', '2', '9', '-', ' ', '/', 'a', '٣'], 11);
    fc.assert(
      fc.property(fc.oneof(dateLike, nearly, fc.string({ unit: 'binary' })), (s) => {
        expect(isIsoDateText(s)).toBe(re.test(s));
      }),
      { numRuns: 10_000 },
    );
  });
});
