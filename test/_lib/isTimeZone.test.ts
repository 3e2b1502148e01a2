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

describe('the one set of zone names (issue 16)', () => {
  it('spells every listed zone, in any case, as Intl.DateTimeFormat resolves it', () => {
    const resolve = (zone: string) =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    const names = Intl.supportedValuesOf('timeZone');
    expect(names.length).toBeGreaterThan(400);
    for (const name of names)
      for (const variant of [name, name.toLowerCase(), name.toUpperCase()])
        expect(canonicalTimeZone(variant)).toBe(resolve(variant));
  });

  it('still accepts aliases outside the list: Asia/Kolkata, UTC, US/Eastern, Etc/GMT+5', () => {
    expect(['Asia/Kolkata', 'UTC', 'US/Eastern', 'Etc/GMT+5'].map(isTimeZone)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(canonicalTimeZone('asia/kolkata')).toBe(
      new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Kolkata' }).resolvedOptions().timeZone,
    );
  });
});
