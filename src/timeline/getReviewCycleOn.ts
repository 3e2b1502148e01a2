import { parseDayNumber } from '../_lib/dayNumber.js';
import { toDayNumber } from '../_lib/toDayNumber.js';
import type { ReviewCycle, ReviewStage } from '../data/reviewCycles.js';
import { reviewCycles } from '../data/reviewCycles.js';
import type { InstantOptions } from './types.js';

/** Where a day stands in the follow-up: its review cycle and the stage of that cycle. */
export interface ReviewCyclePosition {
  /** The cycle (example: the cycle with `forumYear: 2026`). */
  readonly cycle: ReviewCycle;
  /** The stage of the cycle that the day falls in (example: the stage with `id: 'forum-year'`). */
  readonly stage: ReviewStage;
  /** Which day of the stage it is, counting its first day as 1 (example: `331`). */
  readonly dayOfStage: number;
}

interface StageIndex {
  /** First day numbers of every stage of every cycle, in order. */
  readonly starts: Int32Array;
  /** Day number of the last day of the last cycle. */
  readonly last: number;
  /** The answer for each stage, without the day. */
  readonly at: readonly { readonly cycle: ReviewCycle; readonly stage: ReviewStage }[];
}

function buildStageIndex(): StageIndex {
  const at = reviewCycles.flatMap((cycle) => cycle.stages.map((stage) => ({ cycle, stage })));
  const day = (iso: string) => {
    const n = parseDayNumber(iso);
    if (n === undefined) throw new Error(`gcm-kit data: bad date ${iso}`);
    return n;
  };
  return {
    starts: Int32Array.from(at, ({ stage }) => day(stage.start)),
    last: day(reviewCycles[reviewCycles.length - 1]?.end ?? ''),
    at,
  };
}

// Built on the first look-up, not at import (issue 16).
let stageIndex: StageIndex | undefined;

/** The review-cycle position of a day number, or `undefined` outside the cycles. Internal. */
export function reviewCycleOnDay(day: number): ReviewCyclePosition | undefined {
  if (stageIndex === undefined) stageIndex = buildStageIndex();
  const { starts, last, at } = stageIndex;
  const first = starts[0] as number;
  if (day < first || day > last) return undefined;
  // One frozen answer per day of the follow-up (a few thousand at most), made
  // on first use, so that a repeated look-up allocates nothing.
  const cached = positions[day - first];
  if (cached !== undefined) return cached;
  // The stages are contiguous, so the last stage starting on or before the day holds it.
  let i = starts.length - 1;
  while ((starts[i] as number) > day) i--;
  const found = at[i] as (typeof at)[number];
  const position: ReviewCyclePosition = Object.freeze({
    cycle: found.cycle,
    stage: found.stage,
    dayOfStage: day - (starts[i] as number) + 1,
  });
  positions[day - first] = position;
  return position;
}

const positions: (ReviewCyclePosition | undefined)[] = [];

/**
 * The review cycle of the follow-up on a calendar day, and where the day
 * stands in it: the `implementation` year after a forum, the two years of
 * `regional-review`, or the `forum-year`.
 *
 * The cycles run from 20 December 2018 (the day after the General Assembly
 * endorsed the compact) to 31 December 2030, both days included; the stages
 * are whole calendar years, as the compact sets the rhythm by year.
 *
 * @param date - An ISO calendar date (`YYYY-MM-DD`), or a `Date` with `options.timeZone`.
 * @param options - `{ timeZone }`, required with a `Date`: the zone whose calendar day is meant.
 * @returns The cycle, stage and day of the stage, or `undefined` before 20 December 2018 and after 31 December 2030.
 * @throws RangeError for an invalid date or unknown zone; TypeError for a wrong type or a `Date` without a zone.
 *
 * @example
 * ```ts
 * import { getReviewCycleOn } from 'gcm-kit';
 * const at = getReviewCycleOn('2026-11-27');
 * [at?.cycle.forumYear, at?.stage.id, at?.dayOfStage];
 * // => [2026, 'forum-year', 331]
 * getReviewCycleOn(new Date('2023-12-31T23:30:00Z'), { timeZone: 'Asia/Bangkok' })?.stage.id;
 * // => 'regional-review' (already 1 January 2024 in Bangkok)
 * ```
 */
export function getReviewCycleOn(
  date: string,
  options?: Partial<InstantOptions>,
): ReviewCyclePosition | undefined;
export function getReviewCycleOn(
  date: Date,
  options: InstantOptions,
): ReviewCyclePosition | undefined;
export function getReviewCycleOn(
  date: string | Date,
  options?: Partial<InstantOptions>,
): ReviewCyclePosition | undefined {
  const day =
    (typeof date === 'string' ? parseDayNumber(date) : undefined) ??
    toDayNumber(date, options, 'getReviewCycleOn');
  return reviewCycleOnDay(day);
}
