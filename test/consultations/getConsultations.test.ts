import { describe, expect, it } from 'vitest';
import { getConsultations } from '../../src/consultations/getConsultations.js';

describe('getConsultations with hostile filters (issue 17, N12)', () => {
  it('explains a Proxy filter whose get trap throws, keeping the cause', () => {
    const boom = new Error('boom');
    const filter = new Proxy(
      {},
      {
        get() {
          throw boom;
        },
      },
    );
    expect(() => getConsultations(filter)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getConsultations: reading options.country threw: "boom"]`,
    );
    try {
      getConsultations(filter);
    } catch (error) {
      expect((error as Error).cause).toBe(boom);
    }
  });

  it('explains a revoked Proxy as the filter or as its kind list', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => getConsultations(proxy)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getConsultations: reading options.country threw: "Cannot perform 'get' on a proxy that has…" (53 characters)]`,
    );
    const list = Proxy.revocable(['national'], {});
    list.revoke();
    expect(() =>
      getConsultations({ kind: list.proxy as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getConsultations: options.kind cannot be read as a list: "Cannot perform 'IsArray' on a proxy that…" (57 characters)]`,
    );
  });

  it('reads a Proxy that only forwards, like the plain object', () => {
    const filter = new Proxy({ country: 'BLR', kind: ['national'] as const }, {});
    expect(getConsultations(filter).map((c) => c.id)).toEqual(['belarus-2017-05-16']);
  });
});
