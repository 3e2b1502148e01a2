import { describe, expect, it } from 'vitest';
import { formatDayNumber } from '../../src/_lib/dayNumber.js';
import { cachedZoneCount, instantToDayNumber, offsetMinutes } from '../../src/_lib/toDayNumber.js';
import { getTimelinePosition } from '../../src/timeline/getTimelinePosition.js';

const DAY = 86_400_000;

/** The wall-clock fields of an instant in a zone, as Intl says: `06/01/1960, 22:45:30`. */
const WALL = /^(\d\d)\/(\d\d)\/(\d+), (\d\d):(\d\d):(\d\d)$/;
function intlWall(format: Intl.DateTimeFormat, ms: number): { day: string; offset: number } {
  const m = WALL.exec(format.format(ms));
  if (m === null) throw new Error(`unexpected Intl output ${format.format(ms)}`);
  const [, mo, d, y, h, mi, se] = m.map(Number) as number[];
  const wall = Date.UTC(y as number, (mo as number) - 1, d, h, mi, se);
  const day = `${String(y).padStart(4, '0')}-${m[1]}-${m[2]}`;
  return { day, offset: wall - Math.floor(ms / 1000) * 1000 };
}

describe('instantToDayNumber', () => {
  it('puts 1960-06-01T23:30Z on 1 June in Africa/Monrovia, GMT-00:44:30 then (issue 8, case 18)', () => {
    expect(offsetMinutes('Africa/Monrovia', Date.parse('1960-06-01T23:30:00Z'))).toBe(-44.5);
    expect(
      getTimelinePosition(new Date('1960-06-01T23:30:00Z'), { timeZone: 'Africa/Monrovia' }).date,
    ).toBe('1960-06-01');
  });

  it('agrees with Intl.DateTimeFormat on the calendar day in every zone, 1850-2030, 5 times a year and at each kind of offset change', () => {
    const start = Date.UTC(1850, 0, 1);
    const end = Date.UTC(2031, 0, 1);
    const step = 73 * DAY + 7_654_321; // 5 times a year, at a day and time of day that move
    let checked = 0;
    const mismatches: string[] = [];
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
      const check = (ms: number, theirs = intlWall(format, ms)) => {
        checked++;
        const ours = formatDayNumber(instantToDayNumber(new Date(ms), zone));
        if (ours !== theirs.day && mismatches.length < 10)
          mismatches.push(`${zone} at ${new Date(ms).toISOString()}: ${ours}, Intl ${theirs.day}`);
        return theirs;
      };
      // Each kind of change (from one offset to another) is found to the
      // second and checked on either side, once per zone: DST repeats itself.
      const seen = new Set<string>();
      let before = start;
      let offset = intlWall(format, start).offset;
      for (let ms = start; ms < end; ms += step) {
        const next = check(ms).offset;
        if (next !== offset && !seen.has(`${offset}>${next}`)) {
          seen.add(`${offset}>${next}`);
          let low = before;
          let high = ms;
          while (high - low > 1000) {
            const mid = low + Math.floor((high - low) / 2000) * 1000;
            if (intlWall(format, mid).offset === offset) low = mid;
            else high = mid;
          }
          check(high - 1);
          check(high);
        }
        offset = next;
        before = ms;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(300_000);
  });

  it('keeps one cache entry for all the case variants of a zone (issue 8, case 7)', () => {
    const at = new Date('2017-05-16T12:00:00Z');
    instantToDayNumber(at, 'Europe/Minsk');
    const before = cachedZoneCount();
    const letters = 'europe/minsk';
    for (let mask = 0; mask < 2 ** 11; mask++) {
      const variant = [...letters].map((c, i) => ((mask >> i) & 1 ? c.toUpperCase() : c)).join('');
      instantToDayNumber(at, variant);
    }
    expect(cachedZoneCount()).toEqual(before);
  });
});

describe('error messages quote a marked excerpt of the input (issue 8, case 8)', () => {
  it('cuts an unknown zone of a million characters to 40 and says how long it was', () => {
    expect(() =>
      getTimelinePosition(new Date(0), { timeZone: `Mars/${'x'.repeat(1_000_000)}` }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getTimelinePosition: unknown time zone "Mars/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (1,000,005 characters)]`,
    );
  });
});
