import { describe, expect, it } from 'vitest';
import { getPreviousEvent } from '../../src/timeline/getPreviousEvent.js';

describe('getPreviousEvent', () => {
  it('gives thematic session 1 (ended 9 May 2017) before 16 May 2017', () => {
    expect(getPreviousEvent('2017-05-16')?.id).toBe('thematic-session-1');
  });

  it('looks only at events that ended on an earlier day', () => {
    expect(getPreviousEvent('2017-05-09')?.id).not.toBe('thematic-session-1');
    expect(getPreviousEvent('2017-05-10')?.id).toBe('thematic-session-1');
  });

  it('filters by kind: the last thematic session before the stocktaking meeting is session 6', () => {
    expect(getPreviousEvent('2017-12-04', { kind: 'thematic-session' })?.id).toBe(
      'thematic-session-6',
    );
  });

  it('returns undefined before the first event', () => {
    expect(getPreviousEvent('2016-09-19')).toBeUndefined();
  });
});
