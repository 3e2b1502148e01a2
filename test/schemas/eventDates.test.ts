import { describe, expect, it } from 'vitest';
import { events } from '../../src/data/events.js';
import { eventDates } from '../../src/schemas/eventDates.generated.js';

describe('eventDates.generated.ts', () => {
  it('holds the id, start and end of every event, in order (run `npm run build && npm run event-dates`)', () => {
    expect(eventDates).toEqual(events.map(({ id, start, end }) => ({ id, start, end })));
  });
});
