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

// Record version 3. The records below are small test records: they test the
// rules, and state no fact about a real meeting.
describe('record version 3', () => {
  const v3 = {
    id: 'online-review-2020-11-09',
    kind: 'regional',
    title: 'An online regional review, in two parts',
    dates: { start: '2020-11-09', end: '2020-11-13' },
    format: 'online',
    eventId: 'regional-review-unece-2020',
    relatedEventIds: ['imrf-2022'],
    parts: [
      {
        id: 'stakeholders',
        dates: { start: '2020-11-09', end: '2020-11-09' },
        format: 'online',
        multiStakeholder: true,
        stakeholders: ['ngo-civil-society', 'parliament'],
        participants: [
          { qualifier: 'indefinite', asStated: 'several dozen', unit: 'people', sources: [1] },
        ],
        venueSources: [1],
      },
      {
        id: 'review',
        dates: { start: '2020-11-12', end: '2020-11-13' },
        format: 'hybrid',
        city: 'Geneva',
        country: 'CHE',
        timeZone: 'Europe/Zurich',
        participants: [{ count: 30, qualifier: 'over', asStated: 'more than 30', sources: [0] }],
      },
    ],
    venueSources: [0],
    organizations: [
      { name: 'A commission', category: 'un-system', roles: ['organizer', 'chair'], sources: [0] },
      { name: 'A parliament', category: 'parliament', roles: ['sponsor'], sources: [1] },
      { name: 'A university', category: 'academia', roles: ['rapporteur'] },
    ],
    speakers: [{ name: 'A speaker', role: 'Chair', sources: [0, 1] }],
    outcome: { kind: 'summary', summary: 'A summary in the editor’s words.' },
    sources: [
      { title: 'Page one', publisher: 'Publisher one', publishedOn: '2020-11' },
      { title: 'Page two', publisher: 'Publisher two', publishedOn: '2020-11-20' },
    ],
  };

  it('accepts a record that uses every new field, with no issues', () => {
    expect(safeParseConsultation(v3).issues).toEqual([]);
  });

  it('needs no city, country or zone for an online record or part, even a national one', () => {
    const { country: _, ...noCountry } = minimal;
    expect(safeParseConsultation({ ...noCountry, format: 'online' }).issues).toEqual([]);
    expect(issuesOf({ ...noCountry, format: 'hybrid' })).toEqual([
      { path: 'country', severity: 'error' },
    ]);
  });

  it('keeps a count without a number as qualifier indefinite with the source’s words, and nothing else', () => {
    const counts = [
      { qualifier: 'indefinite' },
      { qualifier: 'about', asStated: 'dozens' },
      {},
      { count: 40, qualifier: 'indefinite', asStated: 'about forty' },
      { qualifier: 'indefinite', asStated: 'several dozen' },
    ];
    const result = safeParseConsultation({ ...minimal, participants: counts });
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "participants[0].asStated: is required with qualifier 'indefinite': the source's own words, such as "several dozen"",
        "participants[1].count: is required, unless the source gives no number: then set qualifier 'indefinite' and asStated to the source's words",
        "participants[2].count: is required, unless the source gives no number: then set qualifier 'indefinite' and asStated to the source's words",
        "participants[3].qualifier: 'indefinite' is for a count the source gives without a number: drop count, or say exact, about, over or under",
      ]
    `);
  });

  it('checks the source indexes of organizations, speakers, venues and parts like those of counts', () => {
    const result = safeParseConsultation({
      ...v3,
      venueSources: [2],
      organizations: [{ name: 'A', category: 'un-system', roles: ['host'], sources: [0, 0] }],
      speakers: [{ name: 'B', sources: [5] }],
      parts: [
        {
          ...v3.parts[0],
          venueSources: [3],
          stakeholders: ['parliament', 'parliament'],
          participants: [{ count: 5, sources: [9] }],
        },
      ],
    });
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "parts[0].stakeholders[1]: repeats "parliament"",
        "parts[0].venueSources[0]: names source 3, but the record has 2 sources (indexes from 0)",
        "parts[0].participants[0].sources[0]: names source 9, but the record has 2 sources (indexes from 0)",
        "organizations[0].sources[1]: repeats 0",
        "speakers[0].sources[0]: names source 5, but the record has 2 sources (indexes from 0)",
        "venueSources[0]: names source 2, but the record has 2 sources (indexes from 0)",
      ]
    `);
  });

  it('checks a part’s stakeholders, counts and format against the code lists, as the record’s', () => {
    const result = safeParseConsultation({
      ...v3,
      parts: [
        {
          ...v3.parts[0],
          format: 'virtual',
          multiStakeholder: 'yes',
          stakeholders: ['MPs'],
          participants: [{ count: -1 }],
        },
      ],
    });
    expect(result.issues.map((i) => [i.path, i.suggestion])).toEqual([
      ['parts[0].format', undefined],
      ['parts[0].stakeholders[0]', 'parliament'],
      ['parts[0].participants[0].count', undefined],
      ['parts[0].multiStakeholder', undefined],
    ]);
  });

  it('takes relatedEventIds of known events, each once, and not the eventId itself', () => {
    const result = safeParseConsultation({
      ...v3,
      relatedEventIds: ['regional-review-unece-2020', 'imrf-2022', 'no-such-event', 'imrf-2022'],
    });
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "relatedEventIds[0]: repeats eventId (regional-review-unece-2020): eventId is the event the meeting is, relatedEventIds the others it fed or belonged to",
        "relatedEventIds[2]: names no event of the gcm-kit timeline (see \`events\`)",
        "relatedEventIds[3]: repeats "imrf-2022"",
      ]
    `);
  });

  it('warns when the event a record says it is was held on other days', () => {
    const result = safeParseConsultation({
      ...v3,
      dates: { start: '2020-11-09', end: '2020-11-09' },
      parts: undefined,
    });
    expect(result.success).toBe(true);
    expect(result.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "event_dates",
          "message": "names regional-review-unece-2020, held from 2020-11-12 to 2020-11-13, which does not overlap the record's dates (2020-11-09 to 2020-11-09): check the dates, or move it to relatedEventIds if the meeting only fed that event",
          "path": "eventId",
          "severity": "warning",
        },
      ]
    `);
  });

  it('takes publishedOn as a day or a month, and refuses month 13 or 00 and a bare year', () => {
    const withDate = (publishedOn: string) =>
      safeParseConsultation({ ...minimal, sources: [{ ...minimal.sources[0], publishedOn }] })
        .success;
    expect(['2017-05', '2017-05-23', '2017-12'].map(withDate)).toEqual([true, true, true]);
    expect(['2017-13', '2017-00', '2017', '2017-5', '2017-02-30'].map(withDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('lets an outcome leave out recommendations, and still takes an empty list (version 2)', () => {
    expect(
      safeParseConsultation({ ...minimal, outcome: { kind: 'recommendations' } }).success,
    ).toBe(true);
    expect(
      safeParseConsultation({
        ...minimal,
        outcome: { kind: 'recommendations', recommendations: [] },
      }).success,
    ).toBe(true);
  });

  it.each([
    ['ECOWAS', 'ECA'],
    ['IGAD', 'ECA'],
    ['SADC', 'ECA'],
    ['EAC', 'ECA'],
    ['ECCAS', 'ECA'],
    ['Arab Maghreb Union', 'ECA'],
    ['CARICOM', 'ECLAC'],
    ['ASEAN', 'ESCAP'],
    ['SAARC', 'ESCAP'],
  ])(
    'says that %s is a regional economic community, not a region, and suggests %s',
    (rec, commission) => {
      const [issue] = safeParseConsultation({ ...minimal, regions: [rec] }).issues;
      expect(issue?.suggestion).toBe(commission);
      expect(issue?.message).toContain('is a regional economic community, not a region');
      // No M49 area is named: no source of the project lists the members.
      expect(issue?.message).toContain(`'${commission}' (or the UN M49 areas of its members)`);
      expect(issue?.message).toContain("in organizations with category 'regional-organization'");
    },
  );

  it('knows a community by its full name too', () => {
    const [issue] = safeParseConsultation({
      ...minimal,
      regions: ['Economic Community of West African States'],
    }).issues;
    expect(issue?.suggestion).toBe('ECA');
  });
});
