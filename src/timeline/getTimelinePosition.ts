import { formatDayNumber } from '../_lib/dayNumber.js';
import { toDayNumber } from '../_lib/toDayNumber.js';
import type { TimelineEvent } from '../data/events.js';
import type { Phase } from '../data/phases.js';
import { eventsOnDay } from './getEventsOn.js';
import { nextEventAfter } from './getNextEvent.js';
import { phaseIndexesOn } from './getPhasesOn.js';
import { previousEventBefore } from './getPreviousEvent.js';
import { type ReviewCyclePosition, reviewCycleOnDay } from './getReviewCycleOn.js';
import { eventIndex, phaseIndex } from './timelineIndex.js';
import type { InstantOptions } from './types.js';

/** Where a calendar day falls in the GCM process. */
export interface TimelinePosition {
  /** The calendar day, ISO (example: `'2017-05-16'`). */
  readonly date: string;
  /** The phase of {@link getPhaseOn}: where phases overlap, the one that started most recently. */
  readonly phase: Phase | undefined;
  /** Every phase under way, in start order. */
  readonly phases: readonly Phase[];
  /** Events under way that day. */
  readonly events: readonly TimelineEvent[];
  /** The last event that ended before that day. */
  readonly previous: TimelineEvent | undefined;
  /** Whole days from the end of the previous event to that day (example: `7`). */
  readonly daysSincePrevious: number | undefined;
  /** The first event that starts after that day. */
  readonly next: TimelineEvent | undefined;
  /** Whole days from that day to the start of the next event (example: `6`). */
  readonly daysUntilNext: number | undefined;
  /** For a day of the follow-up, its review cycle and stage, as {@link getReviewCycleOn} gives them. */
  readonly reviewCycle: ReviewCyclePosition | undefined;
}

/**
 * Everything about one calendar day at once: its phase or phases, the events
 * under way, the previous and next events with the days between, and, in
 * the follow-up, the review cycle and its stage.
 *
 * @param date - An ISO calendar date, or a `Date` with `options.timeZone`.
 * @param options - `{ timeZone }`, required with a `Date`.
 * @returns The position.
 * @throws RangeError for an invalid date or unknown zone.
 *
 * @example
 * ```ts
 * import { getTimelinePosition } from 'gcm-kit';
 * const at = getTimelinePosition('2017-05-16');
 * [at.phase?.id, at.next?.id, at.daysUntilNext];
 * // => ['consultations', 'thematic-session-2', 6]
 * getTimelinePosition('2026-11-27').reviewCycle?.stage.id;
 * // => 'forum-year'
 * ```
 */
export function getTimelinePosition(
  date: string,
  options?: Partial<InstantOptions>,
): TimelinePosition;
export function getTimelinePosition(date: Date, options: InstantOptions): TimelinePosition;
export function getTimelinePosition(
  date: string | Date,
  options?: Partial<InstantOptions>,
): TimelinePosition {
  return timelinePositionOnDay(toDayNumber(date, options, 'getTimelinePosition'));
}

/** The position of a day number; the CLI calls it with the day it parsed once. Internal. */
export function timelinePositionOnDay(day: number): TimelinePosition {
  const phaseList = phaseIndex().list;
  const phases = phaseIndexesOn(day).map((i) => phaseList[i] as Phase);
  // Indexes into the event index, whose day numbers are parsed once, on first use.
  const { list, starts, ends } = eventIndex();
  const before = previousEventBefore(day);
  const after = nextEventAfter(day);
  const previous = list[before];
  const next = list[after];
  return {
    date: formatDayNumber(day),
    phase: phases[phases.length - 1],
    phases,
    events: eventsOnDay(day),
    previous,
    daysSincePrevious: previous === undefined ? undefined : day - (ends[before] as number),
    next,
    daysUntilNext: next === undefined ? undefined : (starts[after] as number) - day,
    reviewCycle: reviewCycleOnDay(day),
  };
}
