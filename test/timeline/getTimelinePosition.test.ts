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
