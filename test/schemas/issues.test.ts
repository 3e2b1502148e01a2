import { describe, expect, it, vi } from 'vitest';
import { safeParseConsultation } from '../../src/schemas/index.js';

const minimal = {
  id: 'nigeria-2017-09-20',
  kind: 'national',
  title: 'National consultation on the Global Compact for Migration',
  dates: { start: '2017-09-20', end: '2017-09-20' },
  country: 'NGA',
  sources: [{ title: 'Nigeria holds national consultation', publisher: 'IOM Nigeria' }],
};

/** The suggestion for the one issue at `path` of a record. */
function suggestionAt(record: Record<string, unknown>, path: string): string | undefined {
  const issues = safeParseConsultation({ ...minimal, ...record }).issues.filter(
    (i) => i.path === path,
  );
  expect(issues).toHaveLength(1);
  return issues[0]?.suggestion;
}

function messageAt(record: Record<string, unknown>, path: string): string | undefined {
  return safeParseConsultation({ ...minimal, ...record }).issues.find((i) => i.path === path)
    ?.message;
}

describe('suggestions', () => {
  it.each([
    ['Nigeria', 'NGA'],
    ['nigeria', 'NGA'],
    ['NG', 'NGA'],
    ['nga', 'NGA'],
    ["Côte d'Ivoire", 'CIV'],
    ["Cote d'Ivoire", 'CIV'],
    ['Viet Nam', 'VNM'],
    ['Vietnam', 'VNM'],
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['Republic of Moldova', 'MDA'],
    ['Moldova', 'MDA'],
    ['Bolivia', 'BOL'],
    ['Falkland Islands', 'FLK'],
    ['Bangladsh', 'BGD'],
  ])('country %j suggests %s', (value, code) => {
    expect(suggestionAt({ country: value }, 'country')).toBe(code);
  });

  it('suggests ISO dates for dates written 2017-9-20 or 20.09.2017', () => {
    expect(suggestionAt({ dates: { start: '2017-9-20', end: '2017-09-20' } }, 'dates.start')).toBe(
      '2017-09-20',
    );
    expect(suggestionAt({ dates: { start: '2017-09-20', end: '20.09.2017' } }, 'dates.end')).toBe(
      '2017-09-20',
    );
  });

  it('suggests another code list by its own values: kind "National" is national', () => {
    expect(suggestionAt({ kind: 'National' }, 'kind')).toBe('national');
    expect(
      suggestionAt(
        { sources: [{ title: 'T', publisher: 'P', kind: 'Primary' }] },
        'sources[0].kind',
      ),
    ).toBe('primary');
  });

  it('suggests a country for coveredCountries and a part too', () => {
    expect(suggestionAt({ coveredCountries: ['NGA', 'Ghana'] }, 'coveredCountries[1]')).toBe('GHA');
  });

  it('suggests nothing for a name two countries share the short form of ("Korea")', () => {
    expect(suggestionAt({ country: 'Korea' }, 'country')).toBeUndefined();
  });

  it("suggests the zone of the record's country for a zone named after a city that has none (Africa/Abuja)", () => {
    expect(suggestionAt({ timeZone: 'Africa/Abuja' }, 'timeZone')).toBe('Africa/Lagos');
    expect(suggestionAt({ country: 'CHE', timeZone: 'Europe/Geneva' }, 'timeZone')).toBe(
      'Europe/Zurich',
    );
    expect(suggestionAt({ country: 'USA', timeZone: 'Europe/Belarus' }, 'timeZone')).toBe(
      'Europe/Minsk',
    );
  });

  it('says that a bare city name is not a zone', () => {
    expect(messageAt({ timeZone: 'Abuja' }, 'timeZone')).toMatchInlineSnapshot(
      `"must be an IANA time zone such as Europe/Minsk; "Abuja" is a place name alone: a zone is written Area/City"`,
    );
    expect(suggestionAt({ timeZone: 'Abuja' }, 'timeZone')).toBe('Africa/Lagos');
    expect(suggestionAt({ timeZone: 'Lagos' }, 'timeZone')).toBe('Africa/Lagos');
  });

  it.each([
    ['UNECE', 'ECE'],
    ['ECE region', 'ECE'],
    ['UN-ESCAP', 'ESCAP'],
    ['un eclac', 'ECLAC'],
    ['Economic Commission for Africa', 'ECA'],
    ['Oceania', '009'],
    ['Western Africa', '011'],
    ['europe', '150'],
    ['9', '009'],
  ])('region %j suggests %s', (value, code) => {
    expect(suggestionAt({ regions: [value] }, 'regions[0]')).toBe(code);
  });

  it.each([
    ['civil society', 'ngo-civil-society'],
    ['NGO', 'ngo-civil-society'],
    ['NGOs', 'ngo-civil-society'],
    ['diaspora', 'migrant-or-diaspora-organization'],
    ['business', 'private-sector'],
    ['university', 'academia'],
    ['universities', 'academia'],
    ['faith', 'faith-based-organization'],
    ['Red Cross', 'red-cross-red-crescent'],
    ['academic', 'academia'],
    ['Government', 'government'],
    ['trade unions', 'trade-union'],
  ])('stakeholder category %j suggests %s', (value, code) => {
    expect(suggestionAt({ stakeholders: [value] }, 'stakeholders[0]')).toBe(code);
    expect(
      suggestionAt(
        { organizations: [{ name: 'X', category: value, roles: ['host'] }] },
        'organizations[0].category',
      ),
    ).toBe(code);
  });

  it.each([
    ['organiser', 'organizer'],
    ['co-host', 'co-organizer'],
    ['sponsors', 'sponsor'],
    ['under the auspices of', 'sponsor'],
    ['donor', 'funder'],
    ['chaired by', 'chair'],
    ['partners', 'supporter'],
    ['Host', 'host'],
  ])('organization role %j suggests %s', (value, role) => {
    expect(
      suggestionAt(
        { organizations: [{ name: 'X', category: 'un-system', roles: [value] }] },
        'organizations[0].roles[0]',
      ),
    ).toBe(role);
  });

  it.each([
    ['English', 'en'],
    ['english', 'en'],
    ['russian', 'ru'],
    ['Русский', 'ru'],
    ['français', 'fr'],
    ['Francais', 'fr'],
    ['EN_gb', 'en-GB'],
  ])('language %j suggests %s', (value, tag) => {
    expect(suggestionAt({ language: value }, 'language')).toBe(tag);
  });

  it('suggests for an unknown field only a field of the same object, or a synonym', () => {
    expect(suggestionAt({ organisers: [] }, 'organisers')).toBe('organizations');
    expect(suggestionAt({ date: {} }, 'date')).toBe('dates');
    expect(suggestionAt({ timezone: 'Africa/Lagos' }, 'timezone')).toBe('timeZone');
    expect(
      suggestionAt({ sources: [{ title: 'T', publisher: 'P', lang: 'en' }] }, 'sources[0].lang'),
    ).toBe('language');
    const org = (extra: Record<string, unknown>) => ({
      organizations: [{ name: 'IOM', category: 'un-system', roles: ['organizer'], ...extra }],
    });
    expect(suggestionAt(org({ type: 'un-system' }), 'organizations[0].type')).toBe('category');
    expect(suggestionAt(org({ role: 'organizer' }), 'organizations[0].role')).toBe('roles');
    expect(suggestionAt(org({ role: 'un-system' }), 'organizations[0].role')).toBe('category');
    expect(
      suggestionAt(
        { sources: [{ title: 'T', publisher: 'P', date: '2017-09-21' }] },
        'sources[0].date',
      ),
    ).toBe('publishedOn');
    // `text` and `roles` are fields of other objects, not of the record.
    expect(suggestionAt({ text: 'x' }, 'text')).toBeUndefined();
    expect(suggestionAt({ roles: ['host'] }, 'roles')).toBeUndefined();
  });

  it('says "is required" for a missing field, naming the values of a code list', () => {
    const { title: _, ...noTitle } = minimal;
    expect(
      safeParseConsultation(noTitle).issues.map((i) => `${i.path}: ${i.message}`),
    ).toMatchInlineSnapshot(`
      [
        "title: is required",
      ]
    `);
    expect(messageAt({ outcome: { recommendations: [] } }, 'outcome.kind')).toMatchInlineSnapshot(
      `"is required: one of 'recommendations', 'priorities', 'national-position', 'summary', 'report' or 'other'"`,
    );
  });

  it('names a short code list in full when a value is wrong', () => {
    expect(messageAt({ kind: 'nationwide' }, 'kind')).toMatchInlineSnapshot(
      `"must be one of 'national', 'sub-regional', 'regional', 'global', 'thematic-session', 'stocktaking' or 'other'"`,
    );
  });

  // That the edit-distance searches (closest, toCountryCode) skip a value
  // over MAX_FUZZY characters is tested in test/_lib/countries.test.ts, by
  // what they read, not by the clock.
  it('suggests nothing for a value of 10,000 characters', () => {
    const long = 'N'.repeat(10_000);
    for (const field of ['country', 'timeZone', 'language']) {
      const issues = safeParseConsultation({ ...minimal, [field]: long }).issues;
      expect(issues.filter((i) => i.path === field).map((i) => i.suggestion)).not.toContain(
        expect.any(String),
      );
    }
    expect(suggestionAt({ stakeholders: [long.slice(0, 400)] }, 'stakeholders[0]')).toBeUndefined();
  });
});

describe('zone suggestions from one cached set (issue 17, N3)', () => {
  // 50 parts, each with its own misspelled zone, in Belarus.
  const withParts = (tag: string) => ({
    ...minimal,
    kind: 'regional',
    dates: { start: '2017-05-01', end: '2017-05-31' },
    parts: Array.from({ length: 50 }, (_, i) => ({
      id: `part-${i + 1}`,
      dates: { start: '2017-05-02', end: '2017-05-02' },
      country: 'BLR',
      timeZone: `Europe/Minks${tag}${i}`,
    })),
  });

  it('lists the runtime’s zones and a country’s zones once, however many zones are misspelled', () => {
    safeParseConsultation(withParts('a')); // builds the tables, if no test did yet
    const list = vi.spyOn(Intl, 'supportedValuesOf');
    const locale = vi.spyOn(Intl, 'Locale');
    const result = safeParseConsultation(withParts('b'));
    expect(result.issues).toHaveLength(50);
    expect(result.issues[49]).toMatchObject({
      path: 'parts[49].timeZone',
      suggestion: 'Europe/Minsk',
    });
    expect([list.mock.calls.length, locale.mock.calls.length]).toEqual([0, 0]);
  });
});
