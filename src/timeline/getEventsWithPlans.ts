import type { AlternativeDates, TimelineEvent } from '../data/events.js';
import { events } from '../data/events.js';

/** An event whose plan, as a source reported it, differs from what was held. */
export interface PlannedAndHeld {
  /** The event. */
  readonly event: TimelineEvent;
  /** The dates as held (example: `{ start: '2017-12-04', end: '2017-12-06' }`). */
  readonly held: { readonly start: string; readonly end: string };
  /** The dates as planned, with their source. */
  readonly planned: AlternativeDates;
}

const buildWithPlans = (): readonly PlannedAndHeld[] =>
  Object.freeze(
    events.flatMap((event: TimelineEvent) =>
      event.planned === undefined
        ? []
        : [
            Object.freeze({
              event,
              held: Object.freeze({ start: event.start, end: event.end }),
              planned: event.planned,
            }),
          ],
    ),
  );

// Built on the first call, not at import (issue 16); every call returns the same array.
let withPlans: readonly PlannedAndHeld[] | undefined;

/**
 * The events that were held on other dates than first planned, each with
 * both: the stocktaking meeting, planned for November 2017 and held on 4–6
 * December 2017, for instance.
 *
 * @returns The events with plans, in start order.
 *
 * @example
 * ```ts
 * import { getEventsWithPlans } from 'gcm-kit';
 * const s = getEventsWithPlans().find((p) => p.event.id === 'stocktaking-meeting');
 * [s?.planned.start, s?.planned.end, s?.held.start];
 * // => ['2017-11-01', '2017-11-30', '2017-12-04']
 * ```
 */
export function getEventsWithPlans(): readonly PlannedAndHeld[] {
  if (withPlans === undefined) withPlans = buildWithPlans();
  return withPlans;
}
