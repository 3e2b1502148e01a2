import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDayNumber, parseDayNumber } from '../../src/_lib/dayNumber.js';

describe('parseDayNumber', () => {
  it('counts days from 1970-01-01, before it too', () => {
    expect(parseDayNumber('1970-01-01')).toBe(0);
    expect(parseDayNumber('1969-12-31')).toBe(-1);
    expect(parseDayNumber('2017-05-16')).toBe(Date.UTC(2017, 4, 16) / 86_400_000);
    expect(parseDayNumber('0000-01-01')).toBe(-719528);
    expect(parseDayNumber('9999-12-31')).toBe(2932896);
  });

  it('knows the leap years: 29 February 2000 and 2024 exist, 1900 and 2100 have none', () => {
    expect(parseDayNumber('2000-02-29')).toBe(Date.UTC(2000, 1, 29) / 86_400_000);
    expect(parseDayNumber('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(parseDayNumber('0000-02-29')).toBe(daysFromCivil(0, 2, 29));
    for (const bad of ['1900-02-29', '2100-02-29', '2023-02-29', '2024-02-30', '2024-04-31'])
      expect(parseDayNumber(bad), bad).toBeUndefined();
    for (const bad of ['2024-00-10', '2024-13-01', '2024-01-00', '2024-01-32', '2024-1-01'])
      expect(parseDayNumber(bad), bad).toBeUndefined();
  });

  it('reads back every day of years 0000–9999 as formatDayNumber writes it', () => {
    const first = parseDayNumber('0000-01-01') as number;
    const last = parseDayNumber('9999-12-31') as number;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        expect(parseDayNumber(formatDayNumber(n))).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the civil-date formula on every year, month and day number 1–31', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const n = daysFromCivil(year, month, day);
          // A day past the month's end rolls over in the formula: the parser refuses it.
          const real = formatDayNumber(n) === text;
          expect(parseDayNumber(text)).toBe(real ? n : undefined);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
