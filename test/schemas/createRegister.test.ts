import { describe, expect, it } from 'vitest';
import { consultations, getConsultations } from '../../src/consultations/index.js';
import { createRegister } from '../../src/schemas/index.js';

// Small test records: they test the register's rules and state no fact
// about a real meeting.
const mine = (id: string, start: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'national',
  title: `Test record ${id}`,
  dates: { start, end: start },
  country: 'ISL',
  sources: [{ title: 'A test page', publisher: 'A publisher' }],
  ...extra,
});

describe('createRegister', () => {
  it('adds valid records to the built-in ones, in order of first day, and every helper sees them', () => {
    const register = createRegister([
      mine('test-2026-11-20', '2026-11-20'),
      mine('test-2017-05-16', '2017-05-16'),
    ]);
    expect([register.added, register.rejected, register.reports]).toEqual([2, 0, []]);
    expect(register.consultations).toHaveLength(consultations.length + 2);
    expect(register.consultations.at(-1)?.id).toBe('test-2026-11-20');
    // Same first day as the Belarus consultation: then by id.
    expect(register.getConsultationsOn('2017-05-16').map((c) => c.id)).toEqual([
      'pafom-2017-05-15',
      'belarus-2017-05-16',
      'test-2017-05-16',
    ]);
    expect(register.getConsultationsBetween('2026-06-01', '2026-12-31').map((c) => c.id)).toEqual([
      'test-2026-11-20',
    ]);
    expect(register.getConsultations({ country: 'ISL' }).map((c) => c.id)).toEqual([
      'test-2017-05-16',
      'test-2026-11-20',
    ]);
  });

  it('leaves the built-in register as it was', () => {
    const before = getConsultations().length;
    createRegister([mine('test-2026-11-20', '2026-11-20')]);
    expect(getConsultations()).toHaveLength(before);
    expect(getConsultations({ country: 'ISL' })).toEqual([]);
  });

  it('reports an invalid record with its index and id, and leaves it out, never silently', () => {
    const register = createRegister([
      mine('test-2026-11-20', '2026-11-20'),
      mine('test-bad', '2026-11-21', { country: 'Laos' }),
      'not a record',
    ]);
    expect([register.added, register.rejected]).toEqual([1, 2]);
    expect(register.reports).toMatchInlineSnapshot(`
      [
        {
          "id": "test-bad",
          "index": 1,
          "issues": [
            {
              "code": "invalid_format",
              "message": "must be an ISO 3166-1 alpha-3 country code such as BLR",
              "path": "country",
              "severity": "error",
              "suggestion": "LAO",
            },
          ],
          "status": "invalid",
        },
        {
          "index": 2,
          "issues": [
            {
              "code": "invalid_type",
              "message": "Invalid input: expected object, received string",
              "path": "(record)",
              "severity": "error",
            },
          ],
          "status": "invalid",
        },
      ]
    `);
    expect(register.getConsultations({ country: 'ISL' }).map((c) => c.id)).toEqual([
      'test-2026-11-20',
    ]);
  });

  it('refuses an id that repeats a built-in record or an earlier record, naming both', () => {
    const register = createRegister([
      mine('belarus-2017-05-16', '2026-11-20'),
      mine('test-2026-11-20', '2026-11-20'),
      mine('test-2026-11-20', '2026-11-21'),
    ]);
    expect(register.reports.map((r) => [r.index, r.issues[0]?.message])).toMatchInlineSnapshot(`
      [
        [
          0,
          "repeats the id belarus-2017-05-16 of a built-in record of the register (gcm-kit/consultations); choose another id",
        ],
        [
          2,
          "repeats the id test-2026-11-20 of the record at index 1; ids must be unique",
        ],
      ]
    `);
    expect(register.getConsultations().filter((c) => c.id === 'test-2026-11-20')).toHaveLength(1);
    expect(register.getConsultations().filter((c) => c.id === 'belarus-2017-05-16')[0]?.city).toBe(
      'Minsk',
    );
  });

  it('keeps warnings of records it adds in reports, as valid', () => {
    const register = createRegister([
      mine('test-2020-11-01', '2020-11-01', { eventId: 'regional-review-unece-2020' }),
    ]);
    expect(register.added).toBe(1);
    expect(register.reports.map((r) => [r.status, r.issues[0]?.code])).toEqual([
      ['valid', 'event_dates'],
    ]);
  });

  it('freezes what it returns', () => {
    const register = createRegister([mine('test-2026-11-20', '2026-11-20')]);
    expect(Object.isFrozen(register.consultations)).toBe(true);
    expect(Object.isFrozen(register.consultations.at(-1))).toBe(true);
  });

  it('finds a parliamentary meeting by stakeholder, and online meetings by format', () => {
    const register = createRegister([
      mine('test-hearing-2018-02-22', '2018-02-22', {
        kind: 'global',
        country: undefined,
        organizations: [{ name: 'A parliament', category: 'parliament', roles: ['organizer'] }],
      }),
      mine('test-online-2020-11-09', '2020-11-09', { format: 'online', country: undefined }),
      mine('test-part-online-2020-11-10', '2020-11-10', {
        parts: [
          { id: 'day-1', dates: { start: '2020-11-10', end: '2020-11-10' }, format: 'online' },
        ],
      }),
    ]);
    expect(register.reports).toEqual([]);
    // The register's own parliamentary and online meetings are found too; these are the test's.
    const ours = (list: readonly { id: string }[]) =>
      list.map((c) => c.id).filter((id) => id.startsWith('test-'));
    expect(ours(register.getConsultations({ stakeholder: 'parliament' }))).toEqual([
      'test-hearing-2018-02-22',
    ]);
    expect(register.getConsultations({ stakeholder: 'parliament' }).map((c) => c.id)).toContain(
      'ipu-parliamentary-hearing-2018-02-22',
    );
    expect(ours(register.getConsultations({ format: 'online' }))).toEqual([
      'test-online-2020-11-09',
      'test-part-online-2020-11-10',
    ]);
  });

  it('refuses what is not a list', () => {
    expect(() => createRegister({} as unknown as unknown[])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: createRegister: records must be an array, got an object]`,
    );
  });
});
