import { describe, expect, it } from 'vitest';
import { toCountryCode } from '../../src/_lib/countries.js';

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
});
