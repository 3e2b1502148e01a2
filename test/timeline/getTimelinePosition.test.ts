import { describe, expect, it } from 'vitest';
import { getTimelinePosition } from '../../src/timeline/getTimelinePosition.js';

describe('getTimelinePosition', () => {
  it('places 16 May 2017 in Phase I, 7 days after session 1 and 6 days before session 2', () => {
    const at = getTimelinePosition('2017-05-16');
    expect({
      date: at.date,
      phase: at.phase?.id,
      phases: at.phases.map((p) => p.id),
      events: at.events.map((e) => e.id),
      previous: at.previous?.id,
      daysSincePrevious: at.daysSincePrevious,
      next: at.next?.id,
      daysUntilNext: at.daysUntilNext,
    }).toEqual({
      date: '2017-05-16',
      phase: 'consultations',
      phases: ['consultations'],
      events: [],
      previous: 'thematic-session-1',
      daysSincePrevious: 7,
      next: 'thematic-session-2',
      daysUntilNext: 6,
    });
  });

  it('places 15 November 2017 (a report date) in both Phases I and II', () => {
    const at = getTimelinePosition('2017-11-15');
    expect([at.phase?.id, at.phases.length]).toEqual(['stocktaking', 2]);
  });

  it('gives the calendar date of an instant in its zone', () => {
    expect(
      getTimelinePosition(new Date('2017-05-15T21:30:00Z'), { timeZone: 'Europe/Minsk' }).date,
    ).toBe('2017-05-16');
  });
});

describe('getTimelinePosition with Dates that are not quite ordinary (issue 8, case 16)', () => {
  it('takes a Date from another realm (vm) as a Date: 16 May 2017 in Minsk', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date("2017-05-16T12:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(getTimelinePosition(foreign, { timeZone: 'Europe/Minsk' }).date).toBe('2017-05-16');
  });

  it('reads the time value itself, not an overridden getTime()', () => {
    class Odd extends Date {
      override getTime(): number {
        return 'x' as unknown as number;
      }
    }
    const odd = new Odd('2017-05-16T12:00:00Z');
    expect(getTimelinePosition(odd, { timeZone: 'Europe/Minsk' }).date).toBe('2017-05-16');
  });

  it('refuses an object that only inherits from Date.prototype, and an invalid Date', () => {
    const fake = Object.create(Date.prototype) as Date;
    expect(() =>
      getTimelinePosition(fake, { timeZone: 'Europe/Minsk' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getTimelinePosition: expected an ISO date string (YYYY-MM-DD) or a Date, got an object]`,
    );
    expect(() =>
      getTimelinePosition(new Date(Number.NaN), { timeZone: 'Europe/Minsk' }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: getTimelinePosition: the Date is invalid]`);
  });
});
