import { describe, expect, it } from 'vitest';
import {
  ConsultationValidationError,
  parseConsultation,
  safeParseConsultation,
} from '../../src/schemas/index.js';

const minimal = {
  id: 'belarus-2017-05-16',
  kind: 'national',
  title: 'National consultation on the Global Compact for Migration',
  dates: { start: '2017-05-16', end: '2017-05-16' },
  country: 'BLR',
  sources: [
    {
      title: 'Minsk Hosts National Consultations on Global Compact on Migration',
      publisher: 'IOM Belarus',
    },
  ],
};

const issuesOf = (input: unknown) => {
  const result = safeParseConsultation(input);
  return result.issues.map((i) => ({
    path: i.path,
    severity: i.severity,
    ...(i.suggestion ? { suggestion: i.suggestion } : {}),
  }));
};

describe('safeParseConsultation', () => {
  it('accepts the Belarus national consultation of 16 May 2017 with no issues', () => {
    const result = safeParseConsultation(minimal);
    expect(result.success).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it('suggests BLR for a country written blr or "BLR " or by its alpha-2 code BY', () => {
    expect(issuesOf({ ...minimal, country: 'blr' })).toEqual([
      { path: 'country', severity: 'error', suggestion: 'BLR' },
    ]);
    expect(issuesOf({ ...minimal, country: 'BLR ' })).toEqual([
      { path: 'country', severity: 'error', suggestion: 'BLR' },
    ]);
    expect(issuesOf({ ...minimal, country: 'BY' })).toEqual([
      { path: 'country', severity: 'error', suggestion: 'BLR' },
    ]);
  });

  it('requires a country for a national consultation, and not for a regional one', () => {
    const { country: _, ...noCountry } = minimal;
    expect(issuesOf(noCountry)).toEqual([{ path: 'country', severity: 'error' }]);
    expect(
      safeParseConsultation({ ...noCountry, kind: 'regional', regions: ['ECLAC'] }).success,
    ).toBe(true);
  });

  it("accepts a user-assigned code such as Kosovo's XKX only with userAssignedCountryCode: true", () => {
    expect(safeParseConsultation({ ...minimal, country: 'XKX' }).success).toBe(false);
    expect(
      safeParseConsultation({ ...minimal, country: 'XKX', userAssignedCountryCode: true }).success,
    ).toBe(true);
  });

  it('refuses an end date before the start date, at dates.end', () => {
    const result = safeParseConsultation({
      ...minimal,
      dates: { start: '2017-05-16', end: '2017-05-15' },
    });
    expect(result.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "custom",
          "message": "must not be before dates.start (2017-05-16)",
          "path": "dates.end",
          "severity": "error",
        },
      ]
    `);
  });

  it('names the path of a bad date and suggests the zero-padded form', () => {
    expect(issuesOf({ ...minimal, dates: { start: '2017-5-16', end: '2017-05-16' } })).toEqual([
      { path: 'dates.start', severity: 'error', suggestion: '2017-05-16' },
    ]);
    expect(
      issuesOf({ ...minimal, dates: { start: '2017-02-29', end: '2017-03-01' } })[0]?.path,
    ).toBe('dates.start');
  });

  it('checks tags against the code lists, with "did you mean" for 10,7 and a range note for objective 24', () => {
    const record = {
      ...minimal,
      outcome: {
        kind: 'recommendations',
        recommendations: [
          {
            id: 'r1',
            text: 'Regular pathways',
            sdgTargets: ['10,7'],
            gcmObjectives: [24],
            tagBasis: 'editor',
          },
        ],
      },
    };
    const result = safeParseConsultation(record);
    expect(result.issues.map((i) => [i.path, i.message, i.suggestion])).toEqual(
      [
        [
          'outcome.recommendations[0].gcmObjectives[0]',
          '24 is out of range: GCM objectives are numbered 1 to 23',
          undefined,
        ],
        [
          'outcome.recommendations[0].sdgTargets[0]',
          'must be an SDG target code such as 10.7 or 10.c',
          '10.7',
        ],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('refuses a recommendation that names a thematic group the record does not have', () => {
    const record = {
      ...minimal,
      thematicGroups: [{ id: 'irregular-migration', title: 'Irregular migration' }],
      outcome: {
        kind: 'recommendations',
        recommendations: [{ id: 'r1', text: 'x', thematicGroupId: 'forced-migration' }],
      },
    };
    expect(safeParseConsultation(record).issues[0]).toMatchObject({
      path: 'outcome.recommendations[0].thematicGroupId',
      message: 'names no thematic group of this record (groups: irregular-migration)',
    });
  });

  it('requires tagBasis with tags, and warns (without failing) when a 2017 source is said to state GCM objectives', () => {
    const tagged = (tagBasis?: string) => ({
      ...minimal,
      outcome: {
        kind: 'recommendations',
        recommendations: [
          { id: 'r1', text: 'Better data', gcmObjectives: [1], ...(tagBasis ? { tagBasis } : {}) },
        ],
      },
    });
    expect(safeParseConsultation(tagged()).success).toBe(false);
    expect(safeParseConsultation(tagged('editor'))).toMatchObject({ success: true, issues: [] });
    const warned = safeParseConsultation(tagged('source'));
    expect(warned.success).toBe(true);
    expect(warned.issues).toEqual([
      expect.objectContaining({
        path: 'outcome.recommendations[0].gcmObjectives',
        severity: 'warning',
        message:
          'are marked as stated by the source, but the GCM objectives were first drafted on 2018-02-05, after this record (2017-05-16)',
      }),
    ]);
  });

  it('suggests the closest field for an unknown key, and refuses __proto__ without polluting anything', () => {
    expect(issuesOf({ ...minimal, organisers: [] })).toEqual([
      { path: 'organisers', severity: 'error', suggestion: 'organizations' },
    ]);
    const hostile = JSON.parse(
      `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`,
    );
    const result = safeParseConsultation({ ...minimal, ...hostile });
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor']),
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('bounds strings and arrays, so a hostile file cannot make it hold huge values', () => {
    expect(safeParseConsultation({ ...minimal, title: 'x'.repeat(501) }).success).toBe(false);
    const many = Array.from({ length: 2001 }, (_, i) => ({ id: `r${i}`, text: 'x' }));
    expect(
      safeParseConsultation({
        ...minimal,
        outcome: { kind: 'recommendations', recommendations: many },
      }).success,
    ).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    const getterThatThrows = Object.defineProperty({ ...minimal }, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [undefined, null, 42, 'x', [], new Date(), getterThatThrows]) {
      expect(() => safeParseConsultation(input)).not.toThrow();
      expect(safeParseConsultation(input).success).toBe(false);
    }
  });

  it('requires at least one source', () => {
    expect(issuesOf({ ...minimal, sources: [] })).toEqual([{ path: 'sources', severity: 'error' }]);
  });
});

describe('parseConsultation', () => {
  it('returns the typed record', () => {
    expect(parseConsultation(minimal).dates.start).toBe('2017-05-16');
  });

  it('throws a ConsultationValidationError listing the errors with suggestions', () => {
    expect(() =>
      parseConsultation({ ...minimal, country: 'blr' }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ConsultationValidationError: Invalid consultation record (1 error):
        country: must be an ISO 3166-1 alpha-3 country code such as BLR (did you mean "BLR"?)]
    `);
    try {
      parseConsultation({});
    } catch (error) {
      expect(error).toBeInstanceOf(ConsultationValidationError);
      expect((error as ConsultationValidationError).issues.length).toBeGreaterThan(3);
    }
  });
});

describe('IsoDateSchema', () => {
  it('agrees with isIsoDate, the date parser of the timeline, on every date shape', async () => {
    const fc = (await import('fast-check')).default;
    const { IsoDateSchema } = await import('../../src/schemas/primitives.js');
    const { isIsoDate } = await import('../../src/timeline/isIsoDate.js');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(IsoDateSchema.safeParse(s).success).toBe(isIsoDate(s));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

describe('lists of codes', () => {
  it('must not repeat a value (a rule the library checks, not the JSON Schema)', () => {
    const result = safeParseConsultation({
      ...minimal,
      stakeholders: ['government', 'academia', 'government'],
    });
    expect(result.issues.map((i) => [i.path, i.message])).toEqual([
      ['stakeholders[2]', 'repeats "government"'],
    ]);
  });
});
