import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../../src/_lib/idIndex.js';

describe('IdIndex, the ids validateMany remembers', () => {
  it('answers as a Map on any sequence of ids, first place kept', () => {
    // Few distinct ids, so that repeats and near misses (one character off) are common.
    const id = fc.oneof(
      fc.constantFrom('belarus-2017', 'belarus-2018', 'a', 'b', '', 'ab', 'ba'),
      fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'b', '-', '0', '\u00e9', '\u00ff') }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), id, fc.integer({ min: -1e6, max: 1e6 })), {
          maxLength: 300,
        }),
        (ops) => {
          // Lookups and additions in any order: an addition need not follow
          // a lookup of the same id, nor a lookup an addition.
          const index = new IdIndex();
          const map = new Map<string, number>();
          for (const [lookUp, key, place] of ops) {
            if (lookUp) expect(index.get(key)).toBe(map.get(key));
            else {
              index.set(key, place);
              if (!map.has(key)) map.set(key, place);
            }
            expect(index.size).toBe(map.size);
          }
          for (const [, key] of ops) expect(index.get(key)).toBe(map.get(key));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps 200,000 ids of bulk files apart as its tables grow', () => {
    const index = new IdIndex();
    const n = 200_000;
    // Long ids too, so that the characters outgrow their first array.
    const idAt = (i: number) => `consultation-${i}${i % 1000 === 0 ? '-x'.repeat(90) : ''}`;
    for (let i = 0; i < n; i++) index.set(idAt(i), i + 1);
    expect(index.size).toBe(n);
    for (let i = 0; i < n; i += 997) expect(index.get(idAt(i))).toBe(i + 1);
    expect(index.get('consultation-200000')).toBeUndefined();
    expect(index.get('consultation-1x')).toBeUndefined();
    index.set('consultation-7', -5);
    expect(index.get('consultation-7')).toBe(8);
  });

  it('refuses an id with a character above U+00FF, which no slug has, and finds none such', () => {
    const index = new IdIndex();
    index.set('minsk', 1);
    expect(() => index.set('\u041c\u0438\u043d\u0441\u043a', 2)).toThrow(RangeError);
    expect(index.get('\u041c\u0438\u043d\u0441\u043a')).toBeUndefined();
    expect(index.size).toBe(1);
  });
});
