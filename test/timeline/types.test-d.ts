import { describe, expectTypeOf, it } from 'vitest';
import type {
  EventId,
  getEventsAt,
  getEventsBetween,
  getEventsOn,
  getEventsWithPlans,
  getNextEvent,
  getPreviousEvent,
  getTimelinePosition,
} from '../../src/index.js';

// The README says ids are literal union types: the events that the timeline
// helpers return carry an EventId, not a string (issue 17, Types).
type EventOf<F extends (...args: never[]) => unknown> = NonNullable<
  ReturnType<F> extends readonly (infer E)[] ? E : ReturnType<F>
>;

describe('events from the timeline helpers have literal ids', () => {
  it('getEventsOn, getEventsBetween and getEventsAt give EventId ids', () => {
    expectTypeOf<EventOf<typeof getEventsOn>['id']>().toEqualTypeOf<EventId>();
    expectTypeOf<EventOf<typeof getEventsBetween>['id']>().toEqualTypeOf<EventId>();
    expectTypeOf<EventOf<typeof getEventsAt>['id']>().toEqualTypeOf<EventId>();
    const ids = (events: ReturnType<typeof getEventsOn>) => events.map((e) => e.id);
    expectTypeOf(ids).returns.toEqualTypeOf<EventId[]>();
  });

  it('getNextEvent, getPreviousEvent, getTimelinePosition and getEventsWithPlans too', () => {
    expectTypeOf<EventOf<typeof getNextEvent>['id']>().toEqualTypeOf<EventId>();
    expectTypeOf<EventOf<typeof getPreviousEvent>['id']>().toEqualTypeOf<EventId>();
    type Position = ReturnType<typeof getTimelinePosition>;
    expectTypeOf<Position['events'][number]['id']>().toEqualTypeOf<EventId>();
    expectTypeOf<NonNullable<Position['previous']>['id']>().toEqualTypeOf<EventId>();
    expectTypeOf<NonNullable<Position['next']>['id']>().toEqualTypeOf<EventId>();
    expectTypeOf<
      ReturnType<typeof getEventsWithPlans>[number]['event']['id']
    >().toEqualTypeOf<EventId>();
  });
});
