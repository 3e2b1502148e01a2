import { describe, expect, it } from 'vitest';
import { getConsultationsBetween } from '../../src/consultations/getConsultationsBetween.js';
import { getConsultationsOn } from '../../src/consultations/getConsultationsOn.js';
import { getEventsAt } from '../../src/timeline/getEventsAt.js';
import { getEventsBetween } from '../../src/timeline/getEventsBetween.js';
import { getEventsOn } from '../../src/timeline/getEventsOn.js';
import { getNextEvent } from '../../src/timeline/getNextEvent.js';
import { getPhaseOn } from '../../src/timeline/getPhaseOn.js';
import { getPhaseProgress } from '../../src/timeline/getPhaseProgress.js';
import { getPhasesOn } from '../../src/timeline/getPhasesOn.js';
import { getPreviousEvent } from '../../src/timeline/getPreviousEvent.js';
import { getReviewCycleOn } from '../../src/timeline/getReviewCycleOn.js';
import { getTimelinePosition } from '../../src/timeline/getTimelinePosition.js';
import { isWithinPhase } from '../../src/timeline/isWithinPhase.js';

// Every helper that takes a Date turns it into a calendar day in a zone.
// Calendar days run from 0000-01-01 to 9999-12-31, the days an ISO date
// string can name; a Date outside them is refused (issue 17, N9).
const utc = { timeZone: 'UTC' } as const;
const ok = new Date('2017-05-16T12:00:00Z');
const helpers: Record<string, (date: Date) => unknown> = {
  getPhaseOn: (d) => getPhaseOn(d, utc),
  getPhasesOn: (d) => getPhasesOn(d, utc),
  isWithinPhase: (d) => isWithinPhase(d, 'consultations', utc),
  getPhaseProgress: (d) => getPhaseProgress(d, utc),
  getEventsOn: (d) => getEventsOn(d, utc),
  getEventsBetween: (d) => getEventsBetween(d, ok, utc),
  getNextEvent: (d) => getNextEvent(d, utc),
  getPreviousEvent: (d) => getPreviousEvent(d, utc),
  getReviewCycleOn: (d) => getReviewCycleOn(d, utc),
  getTimelinePosition: (d) => getTimelinePosition(d, utc),
  getEventsAt: (d) => getEventsAt(d, { fallbackTimeZone: 'UTC' }),
  getConsultationsOn: (d) => getConsultationsOn(d, utc),
  getConsultationsBetween: (d) => getConsultationsBetween(ok, d, utc),
};

describe('Dates outside the calendar days 0000-01-01 to 9999-12-31', () => {
  const outside = [
    new Date(8.64e15), // the last instant a Date can hold, in the year 275760
    new Date(-8.64e15),
    new Date(Date.UTC(10_000, 0, 1)),
    new Date('-000005-06-01T00:00:00Z'),
    new Date(Date.UTC(-1, 11, 31, 23, 59, 59, 999)),
  ];

  it('are refused by every helper with a RangeError that names it and the range', () => {
    for (const [name, helper] of Object.entries(helpers))
      for (const date of outside) {
        expect(() => helper(date), name).toThrow(RangeError);
        expect(() => helper(date), name).toThrow(
          new RegExp(
            `^${name}: the Date .* is outside the supported range: its calendar day in ${name === 'getEventsAt' ? '\\S+' : 'UTC'} must be from 0000-01-01 to 9999-12-31$`,
          ),
        );
      }
  });

  it('pins the message', () => {
    expect(() => getPhaseOn(new Date(8.64e15), utc)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getPhaseOn: the Date +275760-09-13T00:00:00.000Z is outside the supported range: its calendar day in UTC must be from 0000-01-01 to 9999-12-31]`,
    );
  });

  it('judges the range by the day in the zone: 9999-12-31T23:00Z is already 10000-01-01 in Tokyo', () => {
    const late = new Date('9999-12-31T23:00:00Z');
    expect(getTimelinePosition(late, utc).date).toBe('9999-12-31');
    expect(() => getTimelinePosition(late, { timeZone: 'Asia/Tokyo' })).toThrow(
      'its calendar day in Asia/Tokyo must be from 0000-01-01 to 9999-12-31',
    );
    const early = new Date('0000-01-01T00:00:00Z');
    expect(getTimelinePosition(early, utc).date).toBe('0000-01-01');
    expect(() => getTimelinePosition(early, { timeZone: 'America/New_York' })).toThrow(RangeError);
  });

  it('never formats a year outside 0000-9999 as a date, and pads the years it accepts', () => {
    for (const date of outside.slice(0, 4))
      expect(() => getTimelinePosition(date, { timeZone: 'Europe/Minsk' })).toThrow(RangeError);
    // The last millisecond of year -1 in UTC is already 0000-01-01 in Minsk (GMT+01:50 then).
    const last = outside[4] as Date;
    expect(getTimelinePosition(last, { timeZone: 'Europe/Minsk' }).date).toBe('0000-01-01');
  });
});
