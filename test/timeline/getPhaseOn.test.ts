import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber } from '../../src/_lib/dayNumber.js';
import { phases } from '../../src/data/phases.js';
import { getPhaseOn } from '../../src/timeline/getPhaseOn.js';

const dayBefore = (d: string) => formatDayNumber((parseDayNumber(d) as number) - 1);
const dayAfter = (d: string) => formatDayNumber((parseDayNumber(d) as number) + 1);

describe('getPhaseOn', () => {
  it('returns nothing before the New York Declaration of 19 September 2016', () => {
    expect(getPhaseOn('2016-09-18')).toBeUndefined();
    expect(getPhaseOn('1999-12-31')).toBeUndefined();
  });

  it('returns the launch phase on 19 September 2016, its first day', () => {
    expect(getPhaseOn('2016-09-19')?.id).toBe('launch');
  });

  it('returns Phase I on 1 April 2017, its first day, and the launch phase on 31 March 2017', () => {
    expect(getPhaseOn('2017-04-01')?.number).toBe(1);
    expect(getPhaseOn('2017-03-31')?.id).toBe('launch');
  });

  it('returns Phase I on 16 May 2017, the day of the Belarus national consultation', () => {
    expect(getPhaseOn('2017-05-16')?.id).toBe('consultations');
  });

  it('returns Phase II (the phase that started last) throughout the November 2017 overlap', () => {
    expect(getPhaseOn('2017-10-31')?.id).toBe('consultations');
    expect(getPhaseOn('2017-11-01')?.id).toBe('stocktaking');
    expect(getPhaseOn('2017-11-15')?.id).toBe('stocktaking');
    expect(getPhaseOn('2017-11-30')?.id).toBe('stocktaking');
    expect(getPhaseOn('2017-12-01')?.id).toBe('stocktaking');
  });

  it('returns Phase III from 1 February to 31 July 2018, then adoption until 19 December 2018, then follow-up', () => {
    expect(getPhaseOn('2018-01-31')?.id).toBe('stocktaking');
    expect(getPhaseOn('2018-02-01')?.id).toBe('negotiations');
    expect(getPhaseOn('2018-07-31')?.id).toBe('negotiations');
    expect(getPhaseOn('2018-08-01')?.id).toBe('adoption');
    expect(getPhaseOn('2018-12-19')?.id).toBe('adoption');
    expect(getPhaseOn('2018-12-20')?.id).toBe('follow-up');
  });

  it('returns follow-up for today and far into the future', () => {
    const today = new Date();
    expect(getPhaseOn(today, { timeZone: 'UTC' })?.id).toBe('follow-up');
    expect(getPhaseOn('2099-12-31')?.id).toBe('follow-up');
  });

  it('holds at both boundaries of every phase, outside the overlap', () => {
    for (const [i, phase] of phases.entries()) {
      const next = phases[i + 1];
      // The first day belongs to the phase: it is the latest to start.
      expect(getPhaseOn(phase.start)?.id, phase.start).toBe(phase.id);
      if (phase.end !== null) {
        // On the last day the phase is under way, unless a later phase started already.
        const expected = next !== undefined && next.start <= phase.end ? next.id : phase.id;
        expect(getPhaseOn(phase.end)?.id, phase.end).toBe(expected);
        expect(getPhaseOn(dayAfter(phase.end))?.id).not.toBe(phase.id);
      }
      if (i === 0) expect(getPhaseOn(dayBefore(phase.start))).toBeUndefined();
    }
  });

  it('places an instant by the calendar of the zone it is given', () => {
    const instant = new Date('2017-03-31T22:30:00Z');
    expect(getPhaseOn(instant, { timeZone: 'Europe/Minsk' })?.id).toBe('consultations');
    expect(getPhaseOn(instant, { timeZone: 'America/New_York' })?.id).toBe('launch');
    expect(getPhaseOn(instant, { timeZone: 'UTC' })?.id).toBe('launch');
  });

  it('refuses invalid calendar dates with a RangeError that names the input', () => {
    expect(() => getPhaseOn('2017-02-29')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getPhaseOn: "2017-02-29" is not a valid ISO calendar date (YYYY-MM-DD)]`,
    );
    expect(() => getPhaseOn('2017-13-01')).toThrow(RangeError);
    expect(() => getPhaseOn('2017-5-16')).toThrow(/"2017-5-16"/);
    expect(() => getPhaseOn('')).toThrow(RangeError);
    expect(() => getPhaseOn('2017-05-16T00:00:00Z')).toThrow(RangeError);
    expect(() => getPhaseOn(' 2017-05-16')).toThrow(RangeError);
  });

  it('accepts 29 February in leap years', () => {
    expect(getPhaseOn('2020-02-29')?.id).toBe('follow-up');
  });

  it('refuses wrong types with a TypeError', () => {
    expect(() => getPhaseOn(20170516 as unknown as string)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getPhaseOn: expected an ISO date string (YYYY-MM-DD) or a Date, got number 20170516]`,
    );
    expect(() => getPhaseOn(null as unknown as string)).toThrow(TypeError);
    expect(() => getPhaseOn(undefined as unknown as string)).toThrow(TypeError);
  });

  it('refuses a Date without a zone (TypeError), an invalid Date and an unknown zone (RangeError)', () => {
    // @ts-expect-error: a Date needs { timeZone }
    expect(() => getPhaseOn(new Date('2017-05-16T12:00:00Z'))).toThrow(TypeError);
    expect(() =>
      getPhaseOn(new Date('nope'), { timeZone: 'UTC' }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: getPhaseOn: the Date is invalid]`);
    expect(() =>
      getPhaseOn(new Date(), { timeZone: 'Mars/Olympus_Mons' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getPhaseOn: unknown time zone "Mars/Olympus_Mons"]`,
    );
    expect(() => getPhaseOn(new Date(), { timeZone: '' })).toThrow(RangeError);
  });
});
