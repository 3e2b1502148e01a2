import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedByPattern, isWellFormedText } from '../../src/_lib/isWellFormedText.js';

describe('isWellFormedText', () => {
  it('refuses a lone high or low surrogate, accepts a pair and plain text', () => {
    expect(isWellFormedText('Genève')).toBe(true);
    expect(isWellFormedText('😀')).toBe(true);
    expect(isWellFormedText('\ud83d')).toBe(false);
    expect(isWellFormedText('a\ude00b')).toBe(false);
    expect(isWellFormedText('\ude00\ud83d')).toBe(false);
  });

  it('gives the answer of the pattern fallback for every string of UTF-16 code units', () => {
    // Any UTF-16 code units, surrogates well represented (half of the units).
    const units = fc.array(
      fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff })),
    );
    const text = units.map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(text, fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(isWellFormedText(a)).toBe(isWellFormedByPattern(a));
        expect(isWellFormedText(b)).toBe(isWellFormedByPattern(b));
        expect(isWellFormedText(a + b)).toBe(isWellFormedByPattern(a + b));
      }),
    );
  });
});
