// Internal (not exported from the entry): day-number indexes of the phases and
// events, each built on its first use, not at import (issue 16: building them
// at load cost the start of every program that imports gcm-kit, most of which
// never ask the timeline). Each is reached through its own function, so that
// a bundler drops the event index (and the event data) from a bundle that
// only asks for phases.

import { parseDayNumber } from '../_lib/dayNumber.js';
import { events, type TimelineEvent } from '../data/events.js';
import { type Phase, phases } from '../data/phases.js';

function day(value: string): number {
  const n = parseDayNumber(value);
  if (n === undefined) throw new Error(`gcm-kit data: bad date ${value}`);
  return n;
}

interface PhaseIndex {
  readonly list: readonly Phase[];
  readonly starts: readonly number[];
  /** Last days; an open end is +Infinity. */
  readonly ends: readonly number[];
  /** Day number of the first day of the first phase. */
  readonly first: number;
  /**
   * For each day from `first` on, the index of the phase that started most
   * recently among those under way (-1 for none); the last entry holds for
   * every later day.
   */
  readonly latestByDay: Int8Array;
  /** The same, as the phases themselves. */
  readonly phaseByDay: readonly (Phase | undefined)[];
}

function buildPhaseIndex(): PhaseIndex {
  const starts = phases.map((p) => day(p.start));
  const ends = phases.map((p) => (p.end === null ? Number.POSITIVE_INFINITY : day(p.end)));
  const first = Math.min(...starts);
  // Up to the day after the last finite boundary; from there on, nothing changes.
  const horizon = Math.max(...starts, ...ends.filter(Number.isFinite)) + 1;
  const latestByDay = new Int8Array(horizon - first + 1);
  for (let d = first; d <= horizon; d++) {
    let found = -1;
    for (let i = starts.length - 1; i >= 0 && found < 0; i--) {
      if ((starts[i] as number) <= d && d <= (ends[i] as number)) found = i;
    }
    latestByDay[d - first] = found;
  }
  const phaseByDay = Array.from(latestByDay, (i) => phases[i]);
  return { list: phases, starts, ends, first, latestByDay, phaseByDay };
}

interface EventIndex {
  /** Events in the data's order, by start. */
  readonly list: readonly TimelineEvent[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** The longest event, in days minus one: an event under way on day d started on or after d - maxSpan. */
  readonly maxSpan: number;
  /** Indexes of the events sorted by end day (then start, then data order). */
  readonly byEnd: readonly number[];
  /** The end days in `byEnd` order. */
  readonly byEndEnds: readonly number[];
}

function buildEventIndex(): EventIndex {
  const starts = events.map((e) => day(e.start));
  const ends = events.map((e) => day(e.end));
  const at = (values: readonly number[], i: number) => values[i] as number;
  const byEnd = events
    .map((_, i) => i)
    .sort((a, b) => at(ends, a) - at(ends, b) || at(starts, a) - at(starts, b) || a - b);
  return {
    list: events,
    starts,
    ends,
    maxSpan: Math.max(...starts.map((s, i) => at(ends, i) - s)),
    byEnd,
    byEndEnds: byEnd.map((i) => at(ends, i)),
  };
}

let builtPhaseIndex: PhaseIndex | undefined;
let builtEventIndex: EventIndex | undefined;

/** The phase index, built on the first call. */
export function phaseIndex(): PhaseIndex {
  if (builtPhaseIndex === undefined) builtPhaseIndex = buildPhaseIndex();
  return builtPhaseIndex;
}

/** The event index, built on the first call. */
export function eventIndex(): EventIndex {
  if (builtEventIndex === undefined) builtEventIndex = buildEventIndex();
  return builtEventIndex;
}

/** First index i in a sorted array with values[i] > target (values.length if none). */
export function upperBound(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i in a sorted array with values[i] >= target (values.length if none). */
export function lowerBound(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
