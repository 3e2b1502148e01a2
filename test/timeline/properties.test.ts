import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber } from '../../src/_lib/dayNumber.js';
import { events } from '../../src/data/events.js';
import { phases } from '../../src/data/phases.js';
import { reviewCycles } from '../../src/data/reviewCycles.js';
import { getEventsOn } from '../../src/timeline/getEventsOn.js';
import { getPhaseOn } from '../../src/timeline/getPhaseOn.js';
import { getPhasesOn } from '../../src/timeline/getPhasesOn.js';
import { getReviewCycleOn } from '../../src/timeline/getReviewCycleOn.js';
import { getTimelinePosition } from '../../src/timeline/getTimelinePosition.js';

const FIRST = parseDayNumber('2016-01-01') as number;
const LAST = parseDayNumber('2035-12-31') as number;

// Reference implementations: plain scans with string comparison of ISO dates.
const scanPhases = (date: string) =>
  phases.filter((p) => p.start <= date && (p.end === null || date <= p.end));
const scanEvents = (date: string) => events.filter((e) => e.start <= date && date <= e.end);

describe('for every day from 2016-01-01 to 2035-12-31', () => {
  it('day numbers and ISO strings round-trip, one day apart', () => {
    let previous = '';
    for (let day = FIRST; day <= LAST; day++) {
      const iso = formatDayNumber(day);
      expect(parseDayNumber(iso)).toBe(day);
      expect(iso > previous).toBe(true);
      previous = iso;
    }
    expect(previous).toBe('2035-12-31');
  });

  it('getPhaseOn is the last member of getPhasesOn, and both agree with a linear scan', () => {
    for (let day = FIRST; day <= LAST; day++) {
      const date = formatDayNumber(day);
      const all = getPhasesOn(date);
      expect(all).toEqual(scanPhases(date));
      expect(getPhaseOn(date)).toBe(all[all.length - 1]);
    }
  });

  it('getReviewCycleOn agrees with a linear scan of the stages, and getTimelinePosition reports it', () => {
    const stages = reviewCycles.flatMap((cycle) => cycle.stages.map((stage) => ({ cycle, stage })));
    for (let day = FIRST; day <= LAST; day++) {
      const date = formatDayNumber(day);
      const found = stages.find(({ stage }) => stage.start <= date && date <= stage.end);
      const at = getReviewCycleOn(date);
      expect(at?.cycle).toBe(found?.cycle);
      expect(at?.stage).toBe(found?.stage);
      if (found)
        expect(at?.dayOfStage).toBe(day - (parseDayNumber(found.stage.start) as number) + 1);
      expect(getTimelinePosition(date).reviewCycle).toEqual(at);
    }
  });

  it('getEventsOn agrees with a linear scan', () => {
    for (let day = FIRST; day <= LAST; day++) {
      const date = formatDayNumber(day);
      expect(getEventsOn(date)).toEqual(scanEvents(date));
    }
  });
});

/** A slow, obviously right reference: a regular expression and Date.UTC. */
function referenceParse(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d)
    return undefined;
  return Math.round(t.getTime() / 86_400_000);
}

describe('parsing calendar dates', () => {
  it('agrees with a regular-expression reference on strings made of digits and separators', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789-/ +x'), minLength: 8, maxLength: 11 }),
        (s) => {
          expect(parseDayNumber(s)).toBe(referenceParse(s));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the reference on every date shape from 0000-00-00 to 9999-19-39', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 39 }),
        (y, m, d) => {
          const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(parseDayNumber(s)).toBe(referenceParse(s));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

const zones = Intl.supportedValuesOf('timeZone');

/** The calendar day of an instant in a zone, read from Intl.DateTimeFormat's parts. */
function intlDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

describe('instants', () => {
  it('convert to the same calendar day as Intl.DateTimeFormat, in any zone', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2016-01-01T00:00:00Z'),
          max: new Date('2035-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (instant, timeZone) => {
          expect(getTimelinePosition(instant, { timeZone }).date).toBe(intlDate(instant, timeZone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('convert correctly around midnight and DST changes in the test zones', () => {
    const testZones = [
      'UTC',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Asia/Kathmandu',
      'America/St_Johns',
      'Australia/Lord_Howe',
      'Europe/Minsk',
      'America/New_York',
      'Europe/Zurich',
    ];
    const start = Date.UTC(2017, 0, 1);
    for (const timeZone of testZones) {
      // Every 15 minutes over 2017–2018 would be 70,000 conversions a zone; every 7h45m hits every quarter-hour phase.
      for (let t = start; t < Date.UTC(2019, 0, 1); t += 465 * 60_000) {
        const instant = new Date(t);
        expect(
          getTimelinePosition(instant, { timeZone }).date,
          `${instant.toISOString()} ${timeZone}`,
        ).toBe(intlDate(instant, timeZone));
      }
    }
  });
});
