import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber } from '../../src/_lib/dayNumber.js';
import { reviewCycles } from '../../src/data/reviewCycles.js';
import { getReviewCycleOn } from '../../src/timeline/getReviewCycleOn.js';

const dayBefore = (d: string) => formatDayNumber((parseDayNumber(d) as number) - 1);
const dayAfter = (d: string) => formatDayNumber((parseDayNumber(d) as number) + 1);
const where = (d: string) => {
  const at = getReviewCycleOn(d);
  return at && `${at.cycle.id} ${at.stage.id} ${at.dayOfStage}`;
};

describe('getReviewCycleOn', () => {
  it('returns nothing on 19 December 2018, the day the General Assembly endorsed the compact', () => {
    expect(getReviewCycleOn('2018-12-19')).toBeUndefined();
    expect(getReviewCycleOn('2017-05-16')).toBeUndefined();
  });

  it('starts the first cycle on 20 December 2018, the first day of the follow-up', () => {
    expect(where('2018-12-20')).toBe('review-cycle-1 implementation 1');
  });

  it('places the first regional reviews (2020–2021) and the 2022 forum in the first cycle', () => {
    expect(where('2020-11-12')).toBe('review-cycle-1 regional-review 317');
    expect(where('2021-09-01')).toBe('review-cycle-1 regional-review 610');
    expect(where('2022-05-17')).toBe('review-cycle-1 forum-year 137');
  });

  it('places 27 November 2026 in the forum year of the second cycle', () => {
    const at = getReviewCycleOn('2026-11-27');
    expect(at?.cycle.forumYear).toBe(2026);
    expect(at?.cycle.forumEventId).toBe('imrf-2026');
    expect(at?.stage.name).toBe('Forum year (2026)');
    expect(at?.dayOfStage).toBe(331);
  });

  it('holds at the first and last day of every cycle and every stage', () => {
    for (const cycle of reviewCycles) {
      expect(getReviewCycleOn(cycle.start)?.cycle).toBe(cycle);
      expect(getReviewCycleOn(cycle.end)?.cycle).toBe(cycle);
      expect(getReviewCycleOn(dayBefore(cycle.start))?.cycle).not.toBe(cycle);
      expect(getReviewCycleOn(dayAfter(cycle.end))?.cycle).not.toBe(cycle);
      for (const stage of cycle.stages) {
        expect(getReviewCycleOn(stage.start)?.stage, stage.start).toBe(stage);
        expect(getReviewCycleOn(stage.start)?.dayOfStage).toBe(1);
        expect(getReviewCycleOn(stage.end)?.stage, stage.end).toBe(stage);
      }
    }
  });

  it('ends on 31 December 2030, the last day of the third cycle', () => {
    expect(where('2030-12-31')).toBe('review-cycle-3 forum-year 365');
    expect(getReviewCycleOn('2031-01-01')).toBeUndefined();
  });

  it('places an instant by the calendar of the zone it is given', () => {
    const instant = new Date('2023-12-31T23:30:00Z');
    expect(getReviewCycleOn(instant, { timeZone: 'Asia/Bangkok' })?.stage.id).toBe(
      'regional-review',
    );
    expect(getReviewCycleOn(instant, { timeZone: 'America/Santiago' })?.stage.id).toBe(
      'implementation',
    );
    expect(getReviewCycleOn(instant, { timeZone: 'UTC' })?.stage.id).toBe('implementation');
  });

  it('refuses bad input with errors that name what was wrong', () => {
    expect(() => getReviewCycleOn('2026-02-29')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getReviewCycleOn: "2026-02-29" is not a valid ISO calendar date (YYYY-MM-DD)]`,
    );
    expect(() =>
      getReviewCycleOn(new Date('2026-11-27T00:00:00Z'), {} as { timeZone: string }),
    ).toThrow(TypeError);
    expect(() =>
      getReviewCycleOn(new Date('2026-11-27T00:00:00Z'), { timeZone: 'Mars/Olympus' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getReviewCycleOn: unknown time zone "Mars/Olympus"]`,
    );
    expect(() =>
      getReviewCycleOn(20261127 as unknown as string),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getReviewCycleOn: expected an ISO date string (YYYY-MM-DD) or a Date, got number 20261127]`,
    );
  });
});
