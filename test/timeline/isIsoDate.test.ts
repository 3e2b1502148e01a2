import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/timeline/isIsoDate.js';

describe('isIsoDate', () => {
  it('accepts real zero-padded dates, 29 February only in leap years', () => {
    expect(['2017-05-16', '2016-02-29', '2000-02-29', '0001-01-01'].map(isIsoDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['2017-02-29', '1900-02-29', '2017-04-31', '2017-00-10', '2017-01-00'].map(isIsoDate),
    ).toEqual([false, false, false, false, false]);
  });

  it('refuses other shapes and types', () => {
    expect(['2017-5-16', '17-05-16', '2017/05/16', '2017-05-16 ', '', 'x'].some(isIsoDate)).toBe(
      false,
    );
    expect([20170516, null, undefined, new Date()].some(isIsoDate)).toBe(false);
  });
});
