import { describe, expect, it } from 'vitest';
import { getEventsBetween } from '../../src/timeline/getEventsBetween.js';

describe('getEventsBetween', () => {
  it('finds the six negotiation rounds in Phase III', () => {
    expect(
      getEventsBetween('2018-02-01', '2018-07-31', { kind: 'negotiation-round' }).map(
        (e) => e.start,
      ),
    ).toEqual(['2018-02-20', '2018-03-12', '2018-04-03', '2018-05-14', '2018-06-04', '2018-07-09']);
  });

  it('includes events that only overlap the range, at both ends', () => {
    expect(
      getEventsBetween('2017-05-09', '2017-05-22', { kind: 'thematic-session' }).map(
        (e) => e.thematicSession,
      ),
    ).toEqual([1, 2]);
    expect(getEventsBetween('2017-05-10', '2017-05-21', { kind: 'thematic-session' })).toEqual([]);
  });

  it('refuses an end before the start', () => {
    expect(() => getEventsBetween('2018-01-02', '2018-01-01')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getEventsBetween: the end is before the start]`,
    );
  });
});
