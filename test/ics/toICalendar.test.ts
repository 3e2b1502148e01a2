import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber } from '../../src/_lib/dayNumber.js';
import { events } from '../../src/data/events.js';
import { toICalendar } from '../../src/ics/toICalendar.js';

const dayAfter = (d: string) => formatDayNumber((parseDayNumber(d) as number) + 1);

function parse(text: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  return vcalendar.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      isDate: e.startDate.isDate && e.endDate.isDate,
      location: e.location,
    };
  });
}

describe('toICalendar', () => {
  const text = toICalendar();
  const parsed = parse(text);

  it('exports every event, as parsed back by ical.js (an independent parser)', () => {
    expect(parsed).toHaveLength(events.length);
  });

  it('writes all-day dates with an exclusive end: the day after the last day', () => {
    for (const [i, e] of events.entries()) {
      expect(parsed[i]).toMatchObject({
        start: e.start,
        end: dayAfter(e.end),
        isDate: true,
        summary: e.title,
      });
    }
    expect(text).toContain('DTSTART;VALUE=DATE:20171204\r\nDTEND;VALUE=DATE:20171207');
  });

  it('cites the UN document system address of a resolution, not the mirror that was read', () => {
    const vevent = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .find((c) => c.getFirstPropertyValue('uid') === 'modalities-resolution@gcm-kit');
    const description = String(vevent?.getFirstPropertyValue('description'));
    expect(description).toContain('https://undocs.org/A/RES/71/280');
    expect(description).not.toContain('123dok.org');
    expect(description).toContain('https://press.un.org/en/2017/ga11902.doc.htm');
  });

  it('gives each event a stable, unique UID', () => {
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(events.length);
    expect(parsed.find((e) => e.uid === 'thematic-session-1@gcm-kit')?.location).toBe(
      'Palais des Nations, Room XIX, Geneva, CHE',
    );
  });

  it('is deterministic and does not depend on the process time zone', () => {
    expect(toICalendar()).toBe(text);
    expect(text).not.toMatch(/DTSTAMP:(?!\d{8}T000000Z)/);
  });

  it('exports a chosen list, and refuses what is not a list of events', () => {
    expect(parse(toICalendar(events.slice(0, 2)))).toHaveLength(2);
    expect(() => toICalendar('all' as never)).toThrow(TypeError);
    expect(() =>
      toICalendar([{ id: 'x', start: '2017-02-30', end: '2017-03-01' } as never]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: toICalendar: events[0].start: "2017-02-30" is not a valid ISO calendar date]`,
    );
  });
});

describe('toICalendar checks events at the boundary (issue 8, case 10)', () => {
  const [first] = events;
  const event = first as (typeof events)[number];

  it('refuses an id with a line break, which would inject a property', () => {
    expect(() =>
      toICalendar([{ ...event, id: 'a\r\nX-INJECT:1' }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: toICalendar: events[0].id must be 1 to 200 characters without line breaks or control characters, got "a\\r\\nX-INJECT:1"]`,
    );
  });

  it('refuses a year before 1000, which iCalendar cannot write in four digits', () => {
    expect(() =>
      toICalendar([{ ...event, start: '0999-01-01', end: '0999-01-02' }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: toICalendar: events[0].start: 0999-01-01 is before the year 1000, which iCalendar cannot write]`,
    );
    expect(toICalendar([{ ...event, start: '1000-01-01', end: '1000-01-01' }])).toContain(
      'DTSTART;VALUE=DATE:10000101\r\nDTEND;VALUE=DATE:10000102',
    );
  });

  it('refuses an event ending 9999-12-31, whose exclusive DTEND would be in the year 10000 (issue 17, N10)', () => {
    expect(() =>
      toICalendar([{ ...event, start: '9999-12-01', end: '9999-12-31' }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: toICalendar: events[0].end: 9999-12-31 cannot be written: DTEND, the day after the last day, would be in the year 10000, which iCalendar cannot write]`,
    );
    expect(toICalendar([{ ...event, start: '9999-12-30', end: '9999-12-30' }])).toContain(
      'DTSTART;VALUE=DATE:99991230\r\nDTEND;VALUE=DATE:99991231',
    );
  });

  it('refuses a source id that gcm-kit does not have, instead of reading undefined', () => {
    expect(() =>
      toICalendar([{ ...event, sourceIds: ['nope'] as never }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: toICalendar: events[0].sourceIds[0]: "nope" is not a source of gcm-kit]`,
    );
  });

  it('ends every line with CRLF, the last one too (RFC 5545, 3.1)', () => {
    const text = toICalendar([event]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
