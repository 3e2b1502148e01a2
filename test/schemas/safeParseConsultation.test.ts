import { describe, expect, it } from 'vitest';
import { safeParseConsultation } from '../../src/schemas/index.js';

// A record of a national consultation in Nigeria written with ten and more
// independent mistakes: bad fields, broken cross-field rules and a warning.
const tenMistakes = {
  id: 'nigeria-2017-09-20',
  kind: 'National',
  title: 'National consultation on the Global Compact for Migration',
  dates: { start: '2017-09-20', end: '2017-09-18' },
  country: 'Nigeria',
  timeZone: 'Africa/Abuja',
  regions: ['UNECA'],
  language: 'English',
  stakeholders: ['civil society', 'government', 'government'],
  organizations: [{ name: 'IOM Nigeria', type: 'un-system', roles: ['organizer'] }],
  participants: [{ count: 120, sources: [1] }],
  eventId: 'national-consultation-nigeria',
  thematicGroups: [
    { id: 'labour', title: 'Labour migration', gcmObjectives: [6], tagBasis: 'source' },
  ],
  outcome: {
    kind: 'recommendations',
    recommendations: [{ id: 'r1', text: 'Improve data on migration.', gcmObjectives: [24] }],
  },
  sources: [
    {
      title: 'Nigeria holds national consultation',
      publisher: 'IOM',
      url: 'mailto:press@iom.int',
    },
  ],
};

describe('safeParseConsultation reports every problem of a record in one run', () => {
  it('finds the field errors, the cross-field errors and the warning of one record, each once', () => {
    const result = safeParseConsultation(tenMistakes);
    expect(result.success).toBe(false);
    const lines = result.issues.map(
      (i) =>
        `${i.severity} ${i.path}: ${i.message}${i.suggestion ? ` (did you mean ${i.suggestion}?)` : ''}`,
    );
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toMatchInlineSnapshot(`
      [
        "error kind: must be one of 'national', 'sub-regional', 'regional', 'global', 'thematic-session', 'stocktaking' or 'other' (did you mean national?)",
        "error timeZone: must be an IANA time zone such as Europe/Minsk (did you mean Africa/Lagos?)",
        "error country: must be an ISO 3166-1 alpha-3 country code such as BLR (did you mean NGA?)",
        "error regions[0]: must be a UN regional commission (ECA, ECE, ECLAC, ESCAP, ESCWA) or a UN M49 area code such as 150 (did you mean ECA?)",
        "error organizations[0].category: is required: one of 'government', 'parliament', 'local-authority', 'local-community', 'un-system', 'international-organization', 'regional-organization', 'inter-state-consultation-mechanism', 'ngo-civil-society', 'migrant-or-diaspora-organization', 'faith-based-organization', 'red-cross-red-crescent', 'private-sector', 'trade-union', 'academia', 'national-human-rights-institution', 'media' or 'other'",
        "error organizations[0].type: is not a known field (did you mean category?)",
        "error stakeholders[0]: must be one of 18 codes ('government', 'parliament', 'local-authority', …) (did you mean ngo-civil-society?)",
        "error outcome.recommendations[0].gcmObjectives[0]: 24 is out of range: GCM objectives are numbered 1 to 23",
        "error sources[0].url: must be an http(s) URL",
        "error language: must be a BCP 47 language tag such as en or ru-BY (did you mean en?)",
        "error stakeholders[2]: repeats "government"",
        "error dates.end: must not be before dates.start (2017-09-20)",
        "error participants[0].sources[0]: names source 1, but the record has 1 source (indexes from 0)",
        "error eventId: names no event of the gcm-kit timeline (see \`events\`)",
        "error outcome.recommendations[0].tagBasis: is required with tags: 'source' if the source states them, 'editor' if added later",
        "warning thematicGroups[0].gcmObjectives: are marked as stated by the source, but the GCM objectives were first drafted on 2018-02-05, after this record (2017-09-18) (did you mean set tagBasis to 'editor'?)",
      ]
    `);
  });

  it('runs no rule on a value that failed its own check', () => {
    // A bad end date: no "end before start", no span warning, no tag warning.
    const result = safeParseConsultation({
      ...tenMistakes,
      kind: 'national',
      country: 'NGA',
      timeZone: 'Africa/Lagos',
      regions: ['ECA'],
      language: 'en',
      stakeholders: ['ngo-civil-society'],
      organizations: [],
      participants: [],
      eventId: undefined,
      outcome: undefined,
      sources: [{ title: 'Nigeria holds national consultation', publisher: 'IOM' }],
      dates: { start: '2017-09-20', end: '2017-9-18' },
    });
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([['dates.end', 'invalid_format']]);
  });

  it('says "is required" for a national record without a country only when country is absent, not when it is bad', () => {
    const { country: _, ...noCountry } = tenMistakes;
    const paths = (input: unknown) =>
      safeParseConsultation(input).issues.filter((i) => i.path === 'country');
    expect(paths({ ...noCountry, kind: 'national' }).map((i) => i.message)).toEqual([
      "is required for a national consultation held in person or hybrid (the venue's country)",
    ]);
    expect(paths({ ...tenMistakes, kind: 'national' }).map((i) => i.message)).toEqual([
      'must be an ISO 3166-1 alpha-3 country code such as BLR',
    ]);
  });

  it('checks a recommendation against the thematic groups only when every group id is good', () => {
    const record = {
      ...tenMistakes,
      thematicGroups: [{ id: 'Labour Migration', title: 'Labour migration' }],
      outcome: {
        kind: 'recommendations',
        recommendations: [{ id: 'r1', text: 'Improve data.', thematicGroupId: 'labour' }],
      },
    };
    const paths = safeParseConsultation(record).issues.map((i) => i.path);
    expect(paths).toContain('thematicGroups[0].id');
    expect(paths).not.toContain('outcome.recommendations[0].thematicGroupId');
  });
});

describe('a thematic group that is not an object', () => {
  it('is an error at the group, not a record that could not be read', () => {
    const record = {
      ...tenMistakes,
      kind: 'national',
      thematicGroups: [null, tenMistakes.thematicGroups[0]],
    };
    const result = safeParseConsultation(record);
    expect(result.issues.filter((i) => i.code === 'unreadable')).toEqual([]);
    expect(result.issues.find((i) => i.path === 'thematicGroups[0]')?.severity).toBe('error');
    // The other group's tags are still checked against the record's dates.
    expect(result.issues.some((i) => i.code === 'anachronistic_tag')).toBe(true);
  });
});
