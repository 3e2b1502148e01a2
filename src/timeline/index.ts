export { type EventsAtOptions, getEventsAt } from './getEventsAt.js';
export { getEventsBetween } from './getEventsBetween.js';
export { getEventsOn } from './getEventsOn.js';
export { getEventsWithPlans, type PlannedAndHeld } from './getEventsWithPlans.js';
export { getNextEvent } from './getNextEvent.js';
export { getPhaseOn } from './getPhaseOn.js';
export {
  getPhaseProgress,
  type PhaseProgress,
  type PhaseProgressOptions,
} from './getPhaseProgress.js';
export { getPhasesOn } from './getPhasesOn.js';
export { getPreviousEvent } from './getPreviousEvent.js';
export { getReviewCycleOn, type ReviewCyclePosition } from './getReviewCycleOn.js';
export { getTimelinePosition, type TimelinePosition } from './getTimelinePosition.js';
export { isIsoDate } from './isIsoDate.js';
export { isWithinPhase } from './isWithinPhase.js';
export type { EventQueryOptions, InstantOptions } from './types.js';
