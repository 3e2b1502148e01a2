import { describe, expectTypeOf, it } from 'vitest';
import {
  type EventId,
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
describe('events from the timeline helpers have literal ids', () => {
  it('getEventsOn, getEventsBetween and getEventsAt give EventId ids', () => {
    expectTypeOf(getEventsOn('2017-05-08')[0]!.id).toEqualTypeOf<EventId>();
    expectTypeOf(getEventsBetween('2017-01-01', '2017-12-31')[0]!.id).toEqualTypeOf<EventId>();
    expectTypeOf(getEventsAt(new Date())[0]!.id).toEqualTypeOf<EventId>();
    const ids: EventId[] = getEventsOn('2017-05-08').map((e) => e.id);
    expectTypeOf(ids).toEqualTypeOf<EventId[]>();
  });

  it('getNextEvent, getPreviousEvent and getTimelinePosition too', () => {
    expectTypeOf(getNextEvent('2017-05-16')!.id).toEqualTypeOf<EventId>();
    expectTypeOf(getPreviousEvent('2017-05-16')!.id).toEqualTypeOf<EventId>();
    const at = getTimelinePosition('2017-05-16');
    expectTypeOf(at.events[0]!.id).toEqualTypeOf<EventId>();
    expectTypeOf(at.previous!.id).toEqualTypeOf<EventId>();
    expectTypeOf(at.next!.id).toEqualTypeOf<EventId>();
    expectTypeOf(getEventsWithPlans()[0]!.event.id).toEqualTypeOf<EventId>();
  });
});
