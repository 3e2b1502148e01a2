import { describe, expect, it } from 'vitest';
import {
  consultations,
  getConsultations,
  getConsultationsBetween,
  getConsultationsOn,
} from '../../src/consultations/index.js';

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

describe('getConsultationsOn', () => {
  it('finds the Belarus national consultation on 16 May 2017, its only day, and not the day before or after', () => {
    expect(ids(getConsultationsOn('2017-05-16'))).toContain('belarus-2017-05-16');
    expect(ids(getConsultationsOn('2017-05-15'))).not.toContain('belarus-2017-05-16');
    expect(ids(getConsultationsOn('2017-05-17'))).not.toContain('belarus-2017-05-16');
  });

  it('finds the ESCAP meeting on its first and last days, 6 and 8 November 2017', () => {
    for (const day of ['2017-11-06', '2017-11-08'])
      expect(ids(getConsultationsOn(day))).toContain('escap-2017-11-06');
    expect(ids(getConsultationsOn('2017-11-09'))).not.toContain('escap-2017-11-06');
  });

  it('takes a Date with the zone whose calendar day is meant: 16 May 2017 21:30 UTC is the 17th in Minsk', () => {
    const instant = new Date('2017-05-16T21:30:00Z');
    expect(ids(getConsultationsOn(instant, { timeZone: 'UTC' }))).toContain('belarus-2017-05-16');
    expect(ids(getConsultationsOn(instant, { timeZone: 'Europe/Minsk' }))).not.toContain(
      'belarus-2017-05-16',
    );
  });

  it('counts IOM’s IDM 2017, held in New York in April and Geneva in July, only on the days of its two workshops', () => {
    for (const day of ['2017-04-18', '2017-04-19', '2017-07-18', '2017-07-19'])
      expect(ids(getConsultationsOn(day)), day).toContain('iom-idm-2017-04-18');
    for (const day of ['2017-04-17', '2017-04-20', '2017-05-16', '2017-07-17', '2017-07-20'])
      expect(ids(getConsultationsOn(day)), day).not.toContain('iom-idm-2017-04-18');
  });

  it('filters by country and kind: on 16 May 2017 Minsk held a national consultation while the Pan-African Forum met in Kampala', () => {
    expect(ids(getConsultationsOn('2017-05-16', { country: 'BLR', kind: 'national' }))).toEqual([
      'belarus-2017-05-16',
    ]);
    expect(ids(getConsultationsOn('2017-05-16', { kind: 'regional' }))).toEqual([
      'pafom-2017-05-15',
    ]);
    expect(getConsultationsOn('2017-05-16', { country: 'FRA' })).toEqual([]);
  });

  it('explains bad input instead of guessing', () => {
    expect(() => getConsultationsOn('2017-5-16')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getConsultationsOn: "2017-5-16" is not a valid ISO calendar date (YYYY-MM-DD)]`,
    );
    expect(() =>
      getConsultationsOn(new Date('2017-05-16T12:00:00Z'), {} as { timeZone: string }),
    ).toThrow(TypeError);
    expect(() => getConsultationsOn('2017-05-16', { country: 'blr' })).toThrow(
      /options.country must be an ISO 3166-1 alpha-3 code/,
    );
    expect(() =>
      getConsultationsOn('2017-05-16', { kind: 'nationwide' as 'national' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getConsultationsOn: unknown consultation kind "nationwide"; expected one of national, sub-regional, regional, global, thematic-session, stocktaking, other]`,
    );
    expect(() =>
      getConsultationsOn('2017-05-16', { stakeholder: 'MPs' as 'parliament' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getConsultationsOn: unknown stakeholder category "MPs"; expected one of government, parliament, local-authority, local-community, un-system, international-organization, regional-organization, inter-state-consultation-mechanism, ngo-civil-society, migrant-or-diaspora-organization, faith-based-organization, red-cross-red-crescent, private-sector, trade-union, academia, national-human-rights-institution, media, other]`,
    );
    expect(() =>
      getConsultationsOn('2017-05-16', { format: 'virtual' as 'online' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getConsultationsOn: unknown format "virtual"; expected one of in-person, online, hybrid]`,
    );
  });
});

describe('getConsultationsBetween', () => {
  it('finds the regional commissions’ consultations of autumn 2017, both ends included', () => {
    expect(
      ids(getConsultationsBetween('2017-08-31', '2017-11-06', { kind: 'regional' })).filter((id) =>
        /^(eclac|escwa|eca|escap)-/.test(id),
      ),
    ).toEqual(['eclac-2017-08-30', 'escwa-2017-09-26', 'eca-2017-10-26', 'escap-2017-11-06']);
  });

  it('refuses an end before the start', () => {
    expect(() => getConsultationsBetween('2017-12-01', '2017-11-01')).toThrow(
      'getConsultationsBetween: the end is before the start',
    );
  });

  it('agrees with getConsultationsOn day by day over 2017 (a consultation held in a period is held on one of its days)', () => {
    const seen = new Set<string>();
    for (let t = Date.UTC(2017, 0, 1); t <= Date.UTC(2018, 11, 31); t += 86_400_000) {
      for (const c of getConsultationsOn(new Date(t).toISOString().slice(0, 10))) seen.add(c.id);
    }
    expect([...seen].sort()).toEqual(
      ids(getConsultationsBetween('2017-01-01', '2018-12-31')).sort(),
    );
  });
});

describe('getConsultations', () => {
  it('returns the whole register without a filter, in order of first day', () => {
    expect(ids(getConsultations())).toEqual(ids(consultations));
  });

  it('finds the Pacific civil society consultation, held in Fiji, by Kiribati, a State it covered', () => {
    expect(ids(getConsultations({ country: 'KIR' }))).toEqual(['pacific-islands-cso-2017-11-02']);
    expect(ids(getConsultations({ country: 'FJI' }))).toContain('pacific-islands-cso-2017-11-02');
  });

  it('finds a meeting held in parts by the country of a part: the IDM 2017 by Switzerland', () => {
    expect(ids(getConsultations({ country: 'CHE' }))).toContain('iom-idm-2017-04-18');
  });
});
