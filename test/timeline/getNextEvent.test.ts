import { describe, expect, it } from 'vitest';
import { events } from '../../src/data/events.js';
import { getNextEvent } from '../../src/timeline/getNextEvent.js';

describe('getNextEvent', () => {
  it('gives thematic session 2 (22 May 2017) as the next event after 16 May 2017', () => {
    expect(getNextEvent('2017-05-16')?.id).toBe('thematic-session-2');
  });

  it('looks only at later days: on the first day of session 1 the next event is not session 1', () => {
    expect(getNextEvent('2017-05-08')?.id).not.toBe('thematic-session-1');
    expect(getNextEvent('2017-05-07')?.id).toBe('thematic-session-1');
  });

  it('gives the New York Declaration as the first event of all', () => {
    expect(getNextEvent('2000-01-01')?.id).toBe('new-york-declaration');
  });

  it('filters by kind: the next negotiation round after the zero draft is round 1 on 20 February 2018', () => {
    expect(getNextEvent('2018-02-05', { kind: 'negotiation-round' })?.start).toBe('2018-02-20');
  });

  it('returns undefined after the last event', () => {
    const last = events[events.length - 1]?.start ?? ''; // events are sorted by start
    expect(getNextEvent(last)).toBeUndefined();
  });
});
