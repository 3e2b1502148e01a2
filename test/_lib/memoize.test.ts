import { describe, expect, it, vi } from 'vitest';
import { memoize } from '../../src/_lib/memoize.js';

describe('memoize', () => {
  it('answers a repeated key from the cache', () => {
    const fn = vi.fn((key: string) => key.length);
    const cached = memoize(fn, 10, 8);
    expect([cached('Europe'), cached('Europe')]).toEqual([6, 6]);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('never keeps a key longer than maxKeyLength (issue 8, case 7: 1,000 keys of 1 MB held 1 GB)', () => {
    const fn = vi.fn((key: string) => key.length);
    const cached = memoize(fn, 10, 8);
    const long = 'x'.repeat(9);
    expect([cached(long), cached(long)]).toEqual([9, 9]);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('keeps at most max keys', () => {
    const fn = vi.fn((key: string) => key);
    const cached = memoize(fn, 2, 8);
    for (const key of ['a', 'b', 'c', 'a', 'b', 'c']) cached(key);
    expect(fn).toHaveBeenCalledTimes(4); // c is asked twice: it did not fit
  });
});
