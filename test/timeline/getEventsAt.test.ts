import { describe, expect, it } from 'vitest';
import { getEventsAt } from '../../src/timeline/getEventsAt.js';

const ids = (iso: string, options?: Parameters<typeof getEventsAt>[1]) =>
  getEventsAt(new Date(iso), options).map((e) => e.id);

describe('getEventsAt', () => {
  it('judges thematic session 1 in Geneva time: 2017-05-08T23:30Z is already 9 May there', () => {
    expect(ids('2017-05-08T23:30:00Z')).toEqual(['thematic-session-1']);
    expect(ids('2017-05-07T22:30:00Z')).toEqual(['thematic-session-1']); // 00:30 on 8 May in Geneva
    expect(ids('2017-05-07T21:30:00Z')).toEqual([]); // 23:30 on 7 May in Geneva
    expect(ids('2017-05-09T21:30:00Z')).toEqual(['thematic-session-1']); // 23:30 on 9 May in Geneva
    expect(ids('2017-05-09T22:30:00Z')).toEqual([]); // 00:30 on 10 May in Geneva
  });

  it('judges New York events in New York time: 2017-05-24T02:00Z is still 23 May there (session 2)', () => {
    expect(ids('2017-05-24T02:00:00Z')).toEqual(['thematic-session-2']);
    expect(ids('2017-05-24T04:30:00Z')).toEqual([]);
  });

  it('leaves out events without a zone (drafts) unless a fallback zone is given', () => {
    expect(ids('2018-03-26T12:00:00Z')).toEqual(['idm-2018-session-1']);
    expect(ids('2018-03-26T12:00:00Z', { fallbackTimeZone: 'America/New_York' })).toEqual([
      'zero-draft-plus',
      'draft-rev-1',
      'idm-2018-session-1',
    ]);
  });

  it('refuses a non-Date, an invalid Date and an unknown fallback zone', () => {
    expect(() => getEventsAt('2017-05-08' as unknown as Date)).toThrow(TypeError);
    expect(() => getEventsAt(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => getEventsAt(new Date(), { fallbackTimeZone: 'Nowhere/Land' })).toThrow(RangeError);
  });
});
