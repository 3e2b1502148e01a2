import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber } from '../../src/_lib/dayNumber.js';
import { events } from '../../src/data/events.js';
import { phases } from '../../src/data/phases.js';
import { reviewCycles } from '../../src/data/reviewCycles.js';

const next = (d: string) => formatDayNumber((parseDayNumber(d) as number) + 1);
const byId = new Map(events.map((e) => [e.id as string, e]));

describe('reviewCycles', () => {
  it('start with the follow-up phase and follow each other without a gap', () => {
    expect(reviewCycles[0]?.start).toBe(phases.find((p) => p.id === 'follow-up')?.start);
    for (const [i, cycle] of reviewCycles.entries()) {
      expect(cycle.number).toBe(i + 1);
      const following = reviewCycles[i + 1];
      if (following) expect(following.start).toBe(next(cycle.end));
    }
  });

  it('end each cycle on the last day of its forum year, every four years from 2022', () => {
    for (const cycle of reviewCycles) {
      expect(cycle.forumYear).toBe(2022 + 4 * (cycle.number - 1));
      expect(cycle.end).toBe(`${cycle.forumYear}-12-31`);
    }
  });

  it('cover each cycle with its three stages, day by day', () => {
    for (const cycle of reviewCycles) {
      expect(cycle.stages.map((s) => s.id)).toEqual([
        'implementation',
        'regional-review',
        'forum-year',
      ]);
      expect(cycle.stages[0]?.start).toBe(cycle.start);
      expect(cycle.stages.at(-1)?.end).toBe(cycle.end);
      for (const [i, stage] of cycle.stages.entries()) {
        const following = cycle.stages[i + 1];
        if (following) expect(following.start).toBe(next(stage.end));
      }
    }
  });

  it('list events that exist, of the right kind, inside the cycle', () => {
    for (const cycle of reviewCycles) {
      const inside = (id: string, kind: string) => {
        const e = byId.get(id);
        expect(e?.kind, id).toBe(kind);
        expect(e && e.start >= cycle.start && e.end <= cycle.end, id).toBe(true);
      };
      if (cycle.forumEventId) inside(cycle.forumEventId, 'review-forum');
      for (const id of cycle.regionalReviewEventIds) inside(id, 'regional-review');
      for (const id of cycle.reportEventIds) inside(id, 'report');
    }
  });

  it('hold every regional review of the data in the regional-review stage of a cycle', () => {
    const listed = reviewCycles.flatMap((c) => c.regionalReviewEventIds as readonly string[]);
    const followUpReviews = events.filter(
      (e) => e.kind === 'regional-review' && e.phaseId === 'follow-up',
    );
    expect(new Set(listed)).toEqual(new Set(followUpReviews.map((e) => e.id)));
    for (const cycle of reviewCycles) {
      const stage = cycle.stages.find((s) => s.id === 'regional-review');
      for (const id of cycle.regionalReviewEventIds) {
        const e = byId.get(id);
        expect(e && stage && e.start >= stage.start && e.end <= stage.end, id).toBe(true);
      }
    }
  });
});
