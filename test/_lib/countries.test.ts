import { describe, expect, it } from 'vitest';
import { closest, MAX_FUZZY, toCountryCode } from '../../src/_lib/countries.js';

describe('toCountryCode', () => {
  it('reads codes and names: Belarus is BLR, by name, alpha-2 or alpha-3 in any case', () => {
    expect(['Belarus', 'by', 'blr', ' BLR '].map(toCountryCode)).toEqual([
      'BLR',
      'BLR',
      'BLR',
      'BLR',
    ]);
  });

  it('suggests the one country a misspelling is close to: "Azerbaijn" is Azerbaijan', () => {
    expect(toCountryCode('Azerbaijn')).toBe('AZE');
    expect(toCountryCode('Guatamala')).toBe('GTM');
  });

  it('suggests nothing when two countries are as close: "Nigera" is one edit from Niger and from Nigeria', () => {
    expect(toCountryCode('Niger')).toBe('NER');
    expect(toCountryCode('Nigeria')).toBe('NGA');
    expect(toCountryCode('Nigera')).toBeUndefined();
  });

  it(`makes no edit-distance search on a text over ${MAX_FUZZY} characters`, () => {
    // One letter short of the name of South Georgia and the South Sandwich
    // Islands: close enough to suggest, until it is padded past the limit.
    const typo = 'South Georgia and the South Sandwich Islnds';
    expect(toCountryCode(typo)).toBe('SGS');
    const padded = typo.replace(/ /g, '     ');
    expect(padded.length).toBeGreaterThan(MAX_FUZZY);
    expect(toCountryCode(padded)).toBeUndefined();
  });
});

describe('closest', () => {
  const categories = ['government', 'ngo-civil-society', 'academia'];
  /** The list behind a proxy that counts the reads of its items. */
  const counted = (items: readonly string[]) => {
    let reads = 0;
    const list = new Proxy([...items], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    return { list, reads: () => reads };
  };

  it('suggests the entry a typo is close to: "goverment" is government', () => {
    expect(closest('goverment', categories)).toBe('government');
    expect(closest('Government', categories)).toBe('government');
  });

  it(`reads the list once, with no edit-distance search, for a value over ${MAX_FUZZY} characters`, () => {
    // At the limit: one pass for the exact match, one for the closest.
    const atLimit = counted(categories);
    expect(closest('n'.repeat(MAX_FUZZY), atLimit.list)).toBeUndefined();
    expect(atLimit.reads()).toBe(2 * categories.length);
    const over = counted(categories);
    expect(closest('n'.repeat(MAX_FUZZY + 1), over.list)).toBeUndefined();
    expect(over.reads()).toBe(categories.length);
  });
});
