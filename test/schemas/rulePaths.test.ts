import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeParseConsultation } from '../../src/schemas/safeParseConsultation.js';

// The cross-field rules build a problem's path only when they find one:
// these say each path is still where the problem is.

const minsk = JSON.parse(
  readFileSync(new URL('../../examples/belarus-2017-05-16.json', import.meta.url), 'utf8'),
);
// The Minsk example cites one source, so index 1 names none.
const n: number = minsk.sources.length;
const errors = (value: unknown) =>
  safeParseConsultation(value)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => `${i.path}: ${i.message}`);

describe('paths of the cross-field rules', () => {
  it('names the source index of a count, of the venue and of a part', () => {
    expect(n).toBe(1);
    expect(
      errors({ ...minsk, participants: [{ count: 40, unit: 'people', sources: [n, 0, 0] }] }),
    ).toEqual([
      'participants[0].sources[0]: names source 1, but the record has 1 source (indexes from 0)',
      'participants[0].sources[2]: repeats 0',
    ]);
    expect(errors({ ...minsk, venueSources: [0, 0] })).toEqual(['venueSources[1]: repeats 0']);
    const part = {
      id: 'plenary',
      dates: minsk.dates,
      city: 'Minsk',
      country: 'BLR',
      timeZone: 'Europe/Minsk',
      venueSources: [0, 0],
      participants: [{ count: 3, unit: 'people', sources: [0, 0] }],
    };
    expect(errors({ ...minsk, parts: [part] })).toEqual([
      'parts[0].venueSources[1]: repeats 0',
      'parts[0].participants[0].sources[1]: repeats 0',
    ]);
  });

  it('names the country, the dates and an organization', () => {
    expect(errors({ ...minsk, country: 'XKX' })).toEqual([
      'country: XKX is a user-assigned code, not an assigned ISO 3166-1 code; set userAssignedCountryCode: true to use it',
    ]);
    expect(errors({ ...minsk, dates: { start: '2017-05-17', end: '2017-05-16' } })).toEqual([
      'dates.end: must not be before dates.start (2017-05-17)',
    ]);
    const organizations = [{ ...minsk.organizations[0], sources: [0, 0] }];
    expect(errors({ ...minsk, organizations })).toEqual(['organizations[0].sources[1]: repeats 0']);
  });
});
