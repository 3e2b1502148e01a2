import { describe, expect, it } from 'vitest';
import { getEventsWithPlans } from '../../src/timeline/getEventsWithPlans.js';

describe('getEventsWithPlans', () => {
  it('lists the stocktaking meeting, planned for November 2017 and held on 4–6 December 2017', () => {
    const s = getEventsWithPlans().find((p) => p.event.id === 'stocktaking-meeting');
    expect(s?.held).toEqual({ start: '2017-12-04', end: '2017-12-06' });
    expect(s?.planned).toMatchObject({
      start: '2017-11-01',
      end: '2017-11-30',
      precision: 'month',
    });
    expect(s?.planned.sourceIds).toContain('iom-belarus-2017-05-16');
  });

  it('lists only events with a plan, in start order', () => {
    const list = getEventsWithPlans();
    expect(list.every((p) => p.event.planned === p.planned)).toBe(true);
    expect(list.map((p) => p.event.id)).toEqual(['stocktaking-meeting', 'zero-draft', 'imrf-2022']);
  });
});

describe('the first International Migration Review Forum', () => {
  it('was first announced for 10–13 May 2022 and held on 17–20 May 2022', () => {
    const imrf = getEventsWithPlans().find((p) => p.event.id === 'imrf-2022');
    expect([imrf?.planned.start, imrf?.planned.end, imrf?.held.start, imrf?.held.end]).toEqual([
      '2022-05-10',
      '2022-05-13',
      '2022-05-17',
      '2022-05-20',
    ]);
  });
});
