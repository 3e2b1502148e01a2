import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber } from '../../src/_lib/dayNumber.js';
import { eventKinds, events } from '../../src/data/events.js';
import { phases } from '../../src/data/phases.js';
import { thematicSessions } from '../../src/data/thematicSessions.js';
import { isIsoDate } from '../../src/timeline/isIsoDate.js';

const zoneOk = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

describe('events', () => {
  it('have unique ids', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('have real dates with start <= end, sorted by start', () => {
    let last = '';
    for (const e of events) {
      expect(isIsoDate(e.start) && isIsoDate(e.end), e.id).toBe(true);
      expect(e.start <= e.end, e.id).toBe(true);
      expect(e.start >= last, e.id).toBe(true);
      last = e.start;
    }
  });

  it('cover whole months when dated to the month', () => {
    for (const e of events.filter((e) => e.precision === 'month')) {
      expect(e.start.endsWith('-01'), e.id).toBe(true);
      // The day after the end is the first of the next month.
      const after = formatDayNumber((parseDayNumber(e.end) as number) + 1);
      expect(after.endsWith('-01') && e.end.slice(0, 7) === e.start.slice(0, 7), e.id).toBe(true);
    }
  });

  it('use only listed kinds and valid IANA zones matching their venue', () => {
    for (const e of events) {
      expect(eventKinds, e.id).toContain(e.kind);
      if ('venue' in e && e.venue !== undefined) {
        expect(e.timeZone, e.id).toBe(e.venue.timeZone);
        expect(e.venue.country, e.id).toMatch(/^[A-Z]{3}$/);
      }
      if (e.timeZone !== undefined) expect(zoneOk(e.timeZone), e.timeZone).toBe(true);
    }
  });

  it('fall within the phase they belong to', () => {
    for (const e of events) {
      const phase = phases.find((p) => p.id === e.phaseId);
      expect(phase, e.id).toBeDefined();
      if (phase === undefined) continue;
      expect(e.start >= phase.start, e.id).toBe(true);
      if (phase.end !== null) expect(e.start <= phase.end, e.id).toBe(true);
    }
  });

  it('hold the six thematic sessions as held, six negotiation rounds and five hearings', () => {
    const count = (kind: string) => events.filter((e) => e.kind === kind).length;
    expect(count('thematic-session')).toBe(6);
    expect(count('negotiation-round')).toBe(6);
    expect(count('multi-stakeholder-hearing') - 2).toBe(5); // plus the IMRF hearings of 2022 and 2026
    for (const s of thematicSessions) {
      const e = events.find((e) => e.id === s.id);
      expect([e?.start, e?.end, e?.thematicSession]).toEqual([s.start, s.end, s.number]);
    }
  });

  it('record that the stocktaking meeting was planned for November 2017 and held on 4–6 December 2017', () => {
    const e = events.find((e) => e.id === 'stocktaking-meeting');
    expect([e?.start, e?.end, e?.venue?.city]).toEqual([
      '2017-12-04',
      '2017-12-06',
      'Puerto Vallarta',
    ]);
    expect(e?.planned).toMatchObject({
      start: '2017-11-01',
      end: '2017-11-30',
      precision: 'month',
    });
  });

  it('keep both dates on which the modalities are said to have been agreed', () => {
    const e = events.find((e) => e.id === 'modalities-agreed');
    expect([e?.start, ...(e?.otherDates ?? []).map((d) => d.start)]).toEqual([
      '2017-01-30',
      '2017-01-31',
    ]);
  });

  it('give real alternative dates', () => {
    for (const e of events) {
      for (const alt of [...(e.planned ? [e.planned] : []), ...(e.otherDates ?? [])]) {
        expect(isIsoDate(alt.start) && isIsoDate(alt.end) && alt.start <= alt.end, e.id).toBe(true);
      }
    }
  });
});
