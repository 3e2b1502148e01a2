import { describe, expect, it } from 'vitest';
import { getPhasesOn } from '../../src/timeline/getPhasesOn.js';

describe('getPhasesOn', () => {
  it('returns Phases I and II, in start order, on every day of November 2017', () => {
    for (let d = 1; d <= 30; d++) {
      const date = `2017-11-${String(d).padStart(2, '0')}`;
      expect(getPhasesOn(date).map((p) => p.id)).toEqual(['consultations', 'stocktaking']);
    }
  });

  it('returns one phase on 31 October and on 1 December 2017', () => {
    expect(getPhasesOn('2017-10-31').map((p) => p.id)).toEqual(['consultations']);
    expect(getPhasesOn('2017-12-01').map((p) => p.id)).toEqual(['stocktaking']);
  });

  it('returns no phase before 19 September 2016', () => {
    expect(getPhasesOn('2016-09-18')).toEqual([]);
  });

  it('takes an instant with a zone', () => {
    expect(
      getPhasesOn(new Date('2017-10-31T23:30:00Z'), { timeZone: 'Asia/Kathmandu' }),
    ).toHaveLength(2);
    expect(
      getPhasesOn(new Date('2017-10-31T23:30:00Z'), { timeZone: 'America/New_York' }),
    ).toHaveLength(1);
  });
});
