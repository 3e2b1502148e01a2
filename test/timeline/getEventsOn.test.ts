import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber } from '../../src/_lib/dayNumber.js';
import { events } from '../../src/data/events.js';
import { thematicSessions } from '../../src/data/thematicSessions.js';
import { getEventsOn } from '../../src/timeline/getEventsOn.js';

const shift = (d: string, n: number) => formatDayNumber((parseDayNumber(d) as number) + n);
const ids = (date: string) => getEventsOn(date).map((e) => e.id);

describe('getEventsOn', () => {
  it('finds thematic session 2 on 22 May 2017', () => {
    expect(ids('2017-05-22')).toEqual(['thematic-session-2']);
  });

  it('finds the fourth multi-stakeholder hearing inside negotiation round 1 on 21 February 2018', () => {
    expect(ids('2018-02-21')).toEqual(['negotiation-round-1', 'multi-stakeholder-hearing-4']);
  });

  it('finds nothing on 16 May 2017, between sessions 1 and 2', () => {
    expect(ids('2017-05-16')).toEqual([]);
  });

  it('includes both days of every thematic session and neither day around it', () => {
    for (const s of thematicSessions) {
      expect(ids(s.start), s.start).toContain(s.id);
      expect(ids(s.end), s.end).toContain(s.id);
      expect(ids(shift(s.start, -1))).not.toContain(s.id);
      expect(ids(shift(s.end, 1))).not.toContain(s.id);
    }
  });

  it('includes every event on its first and last day, and not the day before or after', () => {
    for (const e of events) {
      expect(ids(e.start)).toContain(e.id);
      expect(ids(e.end)).toContain(e.id);
      expect(ids(shift(e.start, -1))).not.toContain(e.id);
      expect(ids(shift(e.end, 1))).not.toContain(e.id);
    }
  });

  it('spreads a month-precision event over its month: the "zero draft plus" of March 2018', () => {
    expect(ids('2018-03-01')).toContain('zero-draft-plus');
    expect(ids('2018-03-31')).toContain('zero-draft-plus');
    expect(ids('2018-04-01')).not.toContain('zero-draft-plus');
  });

  it('filters by kind, one or several', () => {
    expect(getEventsOn('2018-02-21', { kind: 'negotiation-round' }).map((e) => e.id)).toEqual([
      'negotiation-round-1',
    ]);
    expect(getEventsOn('2018-02-21', { kind: ['draft', 'conference'] })).toEqual([]);
  });

  it('refuses an unknown kind with a RangeError listing the kinds', () => {
    // @ts-expect-error: not a kind
    expect(() => getEventsOn('2018-02-21', { kind: 'party' })).toThrow(
      /unknown event kind "party"; expected one of declaration/,
    );
  });

  it('takes an instant with a zone: 2018-02-21T03:00Z is still 20 February in New York', () => {
    const instant = new Date('2018-02-21T03:00:00Z');
    expect(getEventsOn(instant, { timeZone: 'America/New_York' }).map((e) => e.id)).toEqual([
      'negotiation-round-1',
    ]);
  });
});
