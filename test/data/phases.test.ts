import { describe, expect, it } from 'vitest';
import { parseDayNumber } from '../../src/_lib/dayNumber.js';
import { phases } from '../../src/data/phases.js';

const day = (d: string) => parseDayNumber(d) as number;

describe('phases', () => {
  it('are the six phases in start order', () => {
    expect(phases.map((p) => p.id)).toEqual([
      'launch',
      'consultations',
      'stocktaking',
      'negotiations',
      'adoption',
      'follow-up',
    ]);
  });

  it('start with the New York Declaration on 19 September 2016', () => {
    expect(phases[0]?.start).toBe('2016-09-19');
  });

  it('give Phase I as 1 April to 30 November 2017, Phase II as 1 November 2017 to 31 January 2018, Phase III as 1 February to 31 July 2018', () => {
    const byNumber = Object.fromEntries(
      phases.filter((p) => p.number !== null).map((p) => [p.number, [p.start, p.end]]),
    );
    expect(byNumber).toEqual({
      1: ['2017-04-01', '2017-11-30'],
      2: ['2017-11-01', '2018-01-31'],
      3: ['2018-02-01', '2018-07-31'],
    });
  });

  it('cite A/RES/71/280 for Phases I–III', () => {
    for (const p of phases.filter((p) => p.number !== null))
      expect(p.sourceIds).toContain('a-res-71-280');
  });

  it('leave no gap from 19 September 2016 on, and overlap only in November 2017', () => {
    const overlaps: string[] = [];
    for (let i = 1; i < phases.length; i++) {
      const prev = phases[i - 1];
      const cur = phases[i];
      if (prev === undefined || cur === undefined || prev.end === null)
        throw new Error('open phase before the last');
      const gap = day(cur.start) - day(prev.end);
      expect(gap, `${prev.id} → ${cur.id}`).toBeLessThanOrEqual(1);
      if (gap < 1) overlaps.push(`${cur.start}..${prev.end}`);
    }
    expect(overlaps).toEqual(['2017-11-01..2017-11-30']);
  });

  it('end every phase but follow-up, which is open', () => {
    expect(phases.filter((p) => p.end === null).map((p) => p.id)).toEqual(['follow-up']);
    for (const p of phases) if (p.end !== null) expect(p.start <= p.end).toBe(true);
  });

  it("note IOM's December 2017 start for Phase II", () => {
    expect(phases.find((p) => p.id === 'stocktaking')?.note).toMatch(/December 2017/);
  });
});
