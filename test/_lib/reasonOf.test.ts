import { describe, expect, it } from 'vitest';
import { reasonOf } from '../../src/_lib/reasonOf.js';

describe('reasonOf', () => {
  it('quotes an error message and cuts a long one, as describe does', () => {
    expect(reasonOf(new Error('boom'))).toBe('"boom"');
    expect(reasonOf('x'.repeat(1000))).toBe(`"${'x'.repeat(40)}…" (1,000 characters)`);
  });

  it('names a thrown value that is no Error by its kind', () => {
    expect([reasonOf({}), reasonOf(42)]).toEqual(['an object', 'number 42']);
  });

  it('never throws, even for a revoked proxy that refuses every question', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(reasonOf(proxy)).toBe('a value that cannot be printed was thrown');
  });
});
