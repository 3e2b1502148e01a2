import { describe, expect, it, vi } from 'vitest';
import { canonicalTimeZone, isTimeZone } from '../../src/_lib/isTimeZone.js';

describe('isTimeZone and canonicalTimeZone', () => {
  it('knows Europe/Minsk in any case, spelled the runtime’s way', () => {
    expect([isTimeZone('Europe/Minsk'), canonicalTimeZone('EUROPE/minsk')]).toEqual([
      true,
      'Europe/Minsk',
    ]);
    expect([isTimeZone('Europe/Geneva'), isTimeZone('')]).toEqual([false, false]);
  });

  it('refuses a name over 64 characters without asking Intl (issue 8, case 7)', () => {
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    expect(isTimeZone(`Europe/${'x'.repeat(1_000_000)}`)).toBe(false);
    expect(spy).not.toHaveBeenCalled();
  });
});
