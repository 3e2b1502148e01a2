import type { EventKind } from '../data/events.js';

/** Options for a helper given an instant (a `Date`): the IANA zone whose calendar day is meant. */
export interface InstantOptions {
  /** IANA time zone name (example: `'Europe/Minsk'`). */
  readonly timeZone: string;
}

/** Options for the helpers that return events. */
export interface EventQueryOptions {
  /** Only events of this kind, or of one of these kinds (example: `'thematic-session'`). */
  readonly kind?: EventKind | readonly EventKind[];
}
