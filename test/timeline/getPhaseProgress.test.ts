import { describe, expect, it } from 'vitest';
import { getPhaseProgress } from '../../src/timeline/getPhaseProgress.js';

describe('getPhaseProgress', () => {
  it('counts 16 May 2017 as day 46 of the 244 days of Phase I', () => {
    expect(getPhaseProgress('2017-05-16')).toMatchObject({
      day: 46,
      totalDays: 244,
      daysRemaining: 198,
    });
  });

  it('counts the first day as day 1 and the last day as day M with none remaining', () => {
    expect(getPhaseProgress('2018-02-01')).toMatchObject({ day: 1, totalDays: 181 });
    expect(getPhaseProgress('2018-07-31')).toMatchObject({
      day: 181,
      totalDays: 181,
      daysRemaining: 0,
    });
  });

  it('measures a chosen phase in the overlap: 15 November 2017 is day 229 of Phase I and day 15 of Phase II', () => {
    expect(getPhaseProgress('2017-11-15', { phaseId: 'consultations' })?.day).toBe(229);
    expect(getPhaseProgress('2017-11-15')?.day).toBe(15);
  });

  it('has no total for the open follow-up phase, and nothing outside the phase', () => {
    expect(getPhaseProgress('2018-12-20')).toMatchObject({
      day: 1,
      totalDays: null,
      daysRemaining: null,
    });
    expect(getPhaseProgress('2019-01-01', { phaseId: 'negotiations' })).toBeUndefined();
    expect(getPhaseProgress('2016-01-01')).toBeUndefined();
  });
});
