import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { renderFastCheck } from '../../scripts/lib/fastCheck.mjs';
import { canParseHttpUrl } from '../../src/_lib/httpUrl.js';
import { isLanguageTag } from '../../src/_lib/isLanguageTag.js';
import { isTimeZone } from '../../src/_lib/isTimeZone.js';
import { isWellFormedText } from '../../src/_lib/isWellFormedText.js';
import { PATTERN_FUNCTIONS } from '../../src/_lib/patterns.js';
import {
  checkFields,
  explainFields,
  notModelled,
} from '../../src/schemas/checkFields.generated.js';
import { ConsultationShape } from '../../src/schemas/consultation.js';
import { issuesOfFailures } from '../../src/schemas/fieldIssues.js';
import { fastVerdict, isCleanRecord } from '../../src/schemas/isCleanRecord.js';
import {
  safeParseConsultation,
  safeParseFailures,
} from '../../src/schemas/safeParseConsultation.js';
import { setFastPath, validateMany } from '../../src/schemas/validateMany.js';

// The fast path of bulk validation (issue 16) may only say "valid, with no
// warnings"; everything else goes to the full parse. These tests hold it to
// that on a corpus of edge records: the same reports with and without it.

const root = new URL('../../', import.meta.url);
const records = readdirSync(new URL('src/consultations/records/', root)).map(
  (f) =>
    JSON.parse(readFileSync(new URL(`src/consultations/records/${f}`, root), 'utf8')) as Record<
      string,
      unknown
    >,
);
const invalidFixtures = readdirSync(new URL('test/fixtures/invalid/', root)).map((f) =>
  readFileSync(new URL(`test/fixtures/invalid/${f}`, root), 'utf8'),
);

/** A record that uses every part of the model, and passes. */
const rich = {
  $schema: 'https://example.org/consultation.schema.json',
  id: 'edge-2017-07-18',
  kind: 'national',
  multiStakeholder: true,
  title: 'National consultation on the GCM',
  titleAsPublished: 'Consultation nationale',
  dates: { start: '2017-07-18', end: '2017-07-19', precision: 'day', basis: 'stated' },
  parts: [
    {
      id: 'workshop-1',
      title: 'Workshop',
      dates: { start: '2017-07-18', end: '2017-07-18' },
      city: 'Geneva',
      country: 'CHE',
      timeZone: 'Europe/Zurich',
      venue: 'Palais des Nations',
      format: 'in-person',
      venueSources: [0],
      stakeholders: ['government'],
      participants: [{ count: 20, qualifier: 'exact', unit: 'people', sources: [1] }],
      multiStakeholder: false,
    },
  ],
  timeZone: 'Europe/Zurich',
  country: 'CHE',
  coveredCountries: ['CHE', 'FRA'],
  city: 'Geneva',
  venue: 'Palais des Nations',
  format: 'hybrid',
  venueSources: [0, 1],
  regions: ['ECE', '150'],
  organizations: [
    { name: 'IOM', category: 'un-system', roles: ['organizer', 'host', 'chair'], sources: [0] },
    { name: 'Government', category: 'government', roles: ['sponsor', 'rapporteur'] },
  ],
  participants: [
    { count: 40, qualifier: 'about', unit: 'people', sources: [0] },
    { qualifier: 'indefinite', asStated: 'several dozen', unit: 'organizations', sources: [1] },
  ],
  stakeholders: ['government', 'academia'],
  speakers: [{ name: 'A. Speaker', role: 'Minister', organization: 'Government', sources: [1] }],
  thematicGroups: [
    {
      id: 'irregular-migration',
      title: 'Irregular migration',
      thematicSessions: [6],
      gcmObjectives: [1, 23],
      migof: ['principle-1'],
      sdgTargets: ['10.7'],
      tagBasis: 'editor',
    },
  ],
  outcome: {
    kind: 'recommendations',
    summary: 'A summary.',
    recommendations: [
      {
        id: 'r1',
        text: 'Collect data.',
        thematicGroupId: 'irregular-migration',
        gcmObjectives: [1],
        tagBasis: 'editor',
      },
    ],
    purpose: 'Input to the GCM.',
  },
  // The event the meeting is (held on the same days), and one it fed.
  eventId: 'idm-2017-workshop-2',
  relatedEventIds: ['thematic-session-4'],
  sources: [
    {
      title: 'Report',
      publisher: 'IOM',
      url: 'https://www.iom.int/news/x',
      symbol: 'A/72/1',
      publishedOn: '2017-07-20',
      language: 'en',
      kind: 'primary',
      mirrorOf: 'https://www.iom.int/',
    },
    { title: 'Bulletin', publisher: 'Government', publishedOn: '2017-07' },
  ],
  language: 'fr-CH',
  notes: 'Notes.',
};

// Values on the edges of the checks: types, bounds, formats, aliases, case.
const edgeValues: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  1,
  6,
  7,
  23,
  24,
  49,
  50,
  1.5,
  -1,
  2 ** 53,
  '',
  ' ',
  '\u200b',
  'x',
  'a'.repeat(101),
  'b'.repeat(501),
  'c'.repeat(2001),
  'Europe/Minsk',
  'europe/minsk',
  'Asia/Calcutta',
  'Etc/GMT+5',
  'UTC',
  'Europe/Geneva',
  'Minsk',
  'CHE',
  'che',
  'XKX',
  'ZZZ',
  'QQ',
  '150',
  '999',
  'ECE',
  'en',
  'english',
  'zh-Hant-TW',
  'x-private',
  '2016-02-29',
  '2017-02-29',
  '2017-7-18',
  '2015-12-31',
  '2017-07',
  '2024-12',
  '2024-13',
  '2024-00',
  '2024',
  '2099-01-01',
  ' https://www.iom.int/',
  'https://www.iom.int/\t',
  'HTTPS://WWW.IOM.INT/',
  'http:example.com',
  'https://localhost/',
  'https://iom',
  'mailto:a@b.org',
  'ftp://iom.int/',
  `https://www.iom.int/${'p'.repeat(2000)}`,
  'source',
  'editor',
  'month',
  'year',
  'inferred',
  'principle-1',
  'objective-4',
  '10.7',
  '10.c',
  '18.1',
  'zero-draft',
  'idm-2017-workshop-2',
  'thematic-session-4',
  'no-such-event',
  'in-person',
  'online',
  'hybrid',
  'indefinite',
  'exact',
  'chair',
  'rapporteur',
  'sponsor',
  'several dozen',
  'caf\uFFFD',
  'half \uD800 a pair',
  'irregular-migration',
  'r1',
  'Bad Id',
  [],
  [1],
  [1, 1],
  [0, 0],
  [2],
  ['CHE', 'CHE'],
  ['organizer', 'organizer'],
  [23],
  ['10.7', '10.7'],
  ['zero-draft', 'zero-draft'],
  ['idm-2017-workshop-2'],
  ['government', 'government'],
  {},
  { start: '2017-07-01', end: '2017-07-31', precision: 'month' },
  { start: '2017-07-02', end: '2017-07-31', precision: 'month' },
  { start: '2017-01-01', end: '2017-12-31', precision: 'year' },
  { start: '2017-07-18', end: '2017-09-30' },
  { start: '2017-07-19', end: '2017-07-18' },
  { start: '2017-07-18', end: '2017-07-19', basis: 'inferred' },
  { start: '2017-07-18', end: '2017-07-19', extra: 1 },
  { qualifier: 'indefinite' },
  { qualifier: 'indefinite', asStated: 'dozens' },
  { count: 5, qualifier: 'indefinite', asStated: 'five' },
  { unit: 'people' },
];

/** Every field path of a value, for mutation. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const out: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
  for (const [key, child] of Object.entries(value))
    out.push(...paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  return out;
}

/** A copy of a record with the value at a path set (or removed, for undefined). */
function mutate(record: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = structuredClone(value);
  return copy;
}

/** Records at the edges of the version 3 rules, by what each tries. */
const v3EdgeRecords: Readonly<Record<string, unknown>> = {
  'a count without a number': { ...rich, participants: [{ unit: 'people', sources: [0] }] },
  "qualifier 'indefinite' without asStated": {
    ...rich,
    participants: [{ qualifier: 'indefinite' }],
  },
  "a number with qualifier 'indefinite'": {
    ...rich,
    participants: [{ count: 30, qualifier: 'indefinite', asStated: 'thirty' }],
  },
  'a count without a number in a part': {
    ...rich,
    parts: [{ ...rich.parts[0], participants: [{ qualifier: 'about' }] }],
  },
  'an online national record without country': { ...rich, format: 'online', country: undefined },
  'an in-person national record without country': {
    ...rich,
    format: 'in-person',
    country: undefined,
  },
  'relatedEventIds repeating eventId': {
    ...rich,
    relatedEventIds: ['thematic-session-4', 'idm-2017-workshop-2'],
  },
  'relatedEventIds repeating itself': {
    ...rich,
    relatedEventIds: ['thematic-session-4', 'thematic-session-4'],
  },
  'an eventId held on other days': { ...rich, eventId: 'zero-draft' },
  "publishedOn '2024-13'": {
    ...rich,
    sources: [{ ...rich.sources[0], publishedOn: '2024-13' }, rich.sources[1]],
  },
  'venueSources naming a third source': { ...rich, venueSources: [2] },
  "a part's venueSources repeating": {
    ...rich,
    parts: [{ ...rich.parts[0], venueSources: [0, 0] }],
  },
  "a part's stakeholders repeating": {
    ...rich,
    parts: [{ ...rich.parts[0], stakeholders: ['government', 'government'] }],
  },
  "an organization's sources naming a third source": {
    ...rich,
    organizations: [{ ...rich.organizations[0], sources: [2] }],
  },
  "a speaker's sources repeating": {
    ...rich,
    speakers: [{ ...rich.speakers[0], sources: [1, 1] }],
  },
  'U+FFFD in the notes': { ...rich, notes: 'Caf\uFFFD in Geneva.' },
  'a lone surrogate in the title': { ...rich, title: 'National \uD800 consultation' },
  'an outcome without recommendations': {
    ...rich,
    outcome: { kind: 'report', summary: 'A report.' },
  },
};

function v3Edges(): unknown[] {
  return Object.values(v3EdgeRecords);
}

const extras: unknown[] = [
  { ...rich, unknownField: 1 },
  JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(rich).slice(1)}`),
  {
    ...rich,
    thematicGroups: [{ ...rich.thematicGroups[0], tagBasis: 'source' }],
    dates: { start: '2017-01-10', end: '2017-01-11' },
    parts: undefined,
  },
  { ...rich, kind: 'regional', country: undefined },
  { ...rich, country: 'XKX', userAssignedCountryCode: true },
  { ...rich, country: 'XKX' },
  { ...rich, parts: [rich.parts[0], rich.parts[0]] },
  {
    ...rich,
    outcome: { ...rich.outcome, recommendations: [{ id: 'r1', text: 'x', gcmObjectives: [1] }] },
  },
  { ...rich, participants: [{ count: 1, sources: [2] }] },
  ...v3Edges(),
  [],
  'text',
  42,
  null,
];

/**
 * The corpus: register records, the invalid fixtures, and mutations of a
 * rich record, each as JSON.parse gives it back (the fast path sees only
 * values read from text).
 */
function corpus(): unknown[] {
  return build().map((r) => JSON.parse(JSON.stringify(r)));
}

function build(): unknown[] {
  const out: unknown[] = [rich, ...records, ...extras];
  for (const text of invalidFixtures) out.push(JSON.parse(text));
  for (const path of paths(rich))
    for (const value of edgeValues) out.push(mutate(rich, path, value));
  return out;
}

afterEach(() => setFastPath(true));

describe('the fast path of validateMany (issue 16)', () => {
  const all = corpus();

  it('clears a record only when the full parse finds it valid with no warnings, unchanged', () => {
    let cleared = 0;
    for (const record of all) {
      if (!isCleanRecord(record)) continue;
      cleared++;
      const result = safeParseConsultation(record);
      expect({ success: result.success, issues: result.issues }).toEqual({
        success: true,
        issues: [],
      });
      if (result.success) expect(result.data).toEqual(record);
    }
    // Not vacuous: the register and many mutations pass.
    expect(cleared).toBeGreaterThan(records.length + 1000);
  });

  it('sends each version 3 edge record to the full parse, which says why, unless it is clean', () => {
    const seen = Object.entries(v3EdgeRecords).map(([name, record]) => {
      const value = JSON.parse(JSON.stringify(record)) as unknown;
      const result = safeParseConsultation(value);
      return `${name}: ${isCleanRecord(value) ? 'cleared' : 'full parse'}; ${
        result.issues.map((i) => `${i.severity} ${i.code} at ${i.path}`).join(', ') || 'no issues'
      }`;
    });
    expect(seen).toMatchInlineSnapshot(`
      [
        "a count without a number: full parse; error custom at participants[0].count",
        "qualifier 'indefinite' without asStated: full parse; error custom at participants[0].asStated",
        "a number with qualifier 'indefinite': full parse; error custom at participants[0].qualifier",
        "a count without a number in a part: full parse; error custom at parts[0].participants[0].count",
        "an online national record without country: cleared; no issues",
        "an in-person national record without country: full parse; error custom at country",
        "relatedEventIds repeating eventId: full parse; error custom at relatedEventIds[1]",
        "relatedEventIds repeating itself: full parse; error custom at relatedEventIds[1]",
        "an eventId held on other days: full parse; warning event_dates at eventId",
        "publishedOn '2024-13': full parse; error invalid_union at sources[0].publishedOn",
        "venueSources naming a third source: full parse; error custom at venueSources[0]",
        "a part's venueSources repeating: full parse; error custom at parts[0].venueSources[1]",
        "a part's stakeholders repeating: full parse; error custom at parts[0].stakeholders[1]",
        "an organization's sources naming a third source: full parse; error custom at organizations[0].sources[0]",
        "a speaker's sources repeating: full parse; error custom at speakers[0].sources[1]",
        "U+FFFD in the notes: full parse; warning replacement_character at notes",
        "a lone surrogate in the title: full parse; error custom at title",
        "an outcome without recommendations: cleared; no issues",
      ]
    `);
  });

  it('clears every valid record with no warnings of the corpus', () => {
    // Links are checked by a pattern and the URL parser, with no trimming
    // (issue 17), so no valid record needs the full parse to be cleared.
    const missed: unknown[] = [];
    for (const record of all) {
      const result = safeParseConsultation(record);
      if (result.success && result.issues.length === 0 && !isCleanRecord(record))
        missed.push(record);
    }
    expect(missed).toEqual([]);
  });

  it('reports a record whose fields pass without zod, as the full parse does', () => {
    let broken = 0;
    for (const record of all) {
      const verdict = fastVerdict(record);
      if (verdict === undefined || !('ok' in verdict)) continue;
      const result = safeParseConsultation(record);
      expect({ ok: verdict.ok, issues: verdict.issues }).toEqual({
        ok: result.success,
        issues: result.issues,
      });
      if (!verdict.ok) broken++;
    }
    // Not vacuous: records that break only a rule (dates, repeats, groups).
    expect(broken).toBeGreaterThan(50);
  });

  it('has zod parse only the values the generated checker says fail, with the same report', () => {
    let explained = 0;
    for (const record of all) {
      const verdict = fastVerdict(record);
      if (verdict === undefined || 'ok' in verdict) continue;
      expect(checkFields(record)).toBe(false);
      const partial = safeParseFailures(record, verdict.failures);
      // Only a record with over-wide tag lists needs the full parse; the corpus has none.
      expect(partial, JSON.stringify(verdict.failures)).toBeDefined();
      expect(partial).toEqual(safeParseConsultation(record));
      explained++;
    }
    expect(explained).toBeGreaterThan(5000);
  });

  it('words the common mistakes without zod, as the full parse does', () => {
    let worded = 0;
    for (const record of all) {
      const verdict = fastVerdict(record);
      if (verdict === undefined || 'ok' in verdict) continue;
      const report = issuesOfFailures(record, verdict.failures);
      if (report === undefined) continue;
      const result = safeParseConsultation(record);
      expect({ ok: report.ok, issues: report.issues }).toEqual({
        ok: result.success,
        issues: result.issues,
      });
      worded++;
    }
    expect(worded).toBeGreaterThan(2000);
  });

  it('says where each of the mistakes of the bench file is', () => {
    const mistakes: Record<string, unknown> = {
      'a misspelled zone': { ...rich, timeZone: 'Europe/Zurik' },
      'a lower-case country': { ...rich, country: 'che' },
      'a country name': { ...rich, country: 'Switzerland' },
      'a zone that is a city': { ...rich, timeZone: 'Zurich' },
      'a bad SDG code': {
        ...rich,
        thematicGroups: [{ ...rich.thematicGroups[0], sdgTargets: ['10.z'] }],
      },
      'an unknown field': { ...rich, organisers: [] },
      'two unknown fields and a bad date in a part': {
        ...rich,
        parts: [{ ...rich.parts[0], dates: { start: '2017-7-18', end: '2017-07-18' }, town: 1 }],
        extra: true,
      },
    };
    const seen = Object.entries(mistakes).map(([name, record]) => {
      const failures = explainFields(JSON.parse(JSON.stringify(record)));
      return `${name}: ${failures.map((f) => `${f.path.join('.') || '(record)'}${f.keys ? ` has ${f.keys.join(', ')}` : ''}`).join('; ')}`;
    });
    // Every one is worded without zod (a missing value, a text too long or
    // a value of the wrong type would need zod's words).
    const worded = Object.entries(mistakes)
      .filter(([, record]) => {
        const value = JSON.parse(JSON.stringify(record));
        return issuesOfFailures(value, explainFields(value)) !== undefined;
      })
      .map(([name]) => name);
    expect(worded).toEqual(Object.keys(mistakes));
    expect(seen).toMatchInlineSnapshot(`
      [
        "a misspelled zone: timeZone",
        "a lower-case country: country",
        "a country name: country",
        "a zone that is a city: timeZone",
        "a bad SDG code: thematicGroups.0.sdgTargets.0",
        "an unknown field: (record) has organisers",
        "two unknown fields and a bad date in a part: parts.0.dates.start; parts.0 has town; (record) has extra",
      ]
    `);
    expect(explainFields(rich)).toEqual([]);
  });

  it('gives the same reports as the full parse on the whole corpus, as NDJSON', async () => {
    // A top-level array is a container of records to the reader, not one record.
    const lines = all.filter((r) => !Array.isArray(r));
    const ndjson = `${lines.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const fast = await validateMany(ndjson, { keep: 'all', maxKept: Number.POSITIVE_INFINITY });
    setFastPath(false);
    const full = await validateMany(ndjson, { keep: 'all', maxKept: Number.POSITIVE_INFINITY });
    expect(fast.read).toBe(lines.length);
    expect(fast).toEqual(full);
  });

  it('finds U+FFFD however the text writes it, and only then, as the full parse does', async () => {
    // The fast path skips the search for U+FFFD when the record's text can
    // hold none: neither the character nor its escape.
    const line = JSON.stringify({ ...rich, notes: 'Caf@ in Geneva.' });
    const texts = {
      'the character itself': line.replace('@', '\uFFFD'),
      'its escape in upper case': line.replace('@', '\\uFFFD'),
      'its escape in lower case': line.replace('@', '\\ufffd'),
      'its escape in mixed case': line.replace('@', '\\uFffD'),
      'another escape only': line.replace('@', '\\u00e9'),
      'an escaped backslash before uFFFD': line.replace('@', '\\\\uFFFD'),
      'none at all': line.replace('@', 'e'),
    };
    const found: Record<string, string[]> = {};
    for (const [name, text] of Object.entries(texts)) {
      setFastPath(true);
      const fast = await validateMany(`${text}\n`, { keep: 'all' });
      setFastPath(false);
      const full = await validateMany(`${text}\n`, { keep: 'all' });
      expect(fast).toEqual(full);
      found[name] = fast.reports.flatMap((r) => r.issues.map((i) => `${i.path} ${i.code}`));
    }
    expect(found).toEqual({
      'the character itself': ['notes replacement_character'],
      'its escape in upper case': ['notes replacement_character'],
      'its escape in lower case': ['notes replacement_character'],
      'its escape in mixed case': ['notes replacement_character'],
      'another escape only': [],
      'an escaped backslash before uFFFD': [],
      'none at all': [],
    });
  });

  it('gives the same reports as the full parse on records built at random', async () => {
    const field = fc.constantFrom(...paths(rich));
    const value = fc.constantFrom(...edgeValues);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(field, value), { maxLength: 4 }), async (edits) => {
        let record: unknown = rich;
        for (const [path, v] of edits) {
          try {
            record = mutate(record, path, v);
          } catch {
            // a path through a value an earlier edit replaced
          }
        }
        const text = `${JSON.stringify(record)}\n`;
        setFastPath(true);
        const fast = await validateMany(text, { keep: 'all' });
        setFastPath(false);
        const full = await validateMany(text, { keep: 'all' });
        expect(fast).toEqual(full);
      }),
      { numRuns: 500, seed: 20_171_204 },
    );
  });
});

describe('the generated field checker', () => {
  it('models every node of ConsultationShape: no field is left to the full parse', () => {
    expect(notModelled).toEqual([]);
    expect(checkFields(rich)).toBe(true);
  });

  it('is current: scripts/fast-check.mjs writes the same file from the schema', () => {
    const text = renderFastCheck(ConsultationShape, {
      name: 'ConsultationShape',
      refinements: [
        [isTimeZone, 'isTimeZone', '../_lib/isTimeZone.js'],
        [isLanguageTag, 'isLanguageTag', '../_lib/isLanguageTag.js'],
        [isWellFormedText, 'isWellFormedText', '../_lib/isWellFormedText.js'],
        [canParseHttpUrl, 'canParseHttpUrl', '../_lib/httpUrl.js'],
      ],
      patterns: PATTERN_FUNCTIONS.map(([pattern, fn]) => [pattern, fn, '../_lib/patterns.js']),
    });
    const formatted = execFileSync(
      'npx',
      ['biome', 'format', '--stdin-file-path=src/schemas/checkFields.generated.ts'],
      { cwd: new URL('.', root), input: text, encoding: 'utf8' },
    );
    const committed = readFileSync(new URL('src/schemas/checkFields.generated.ts', root), 'utf8');
    expect(formatted === committed, 'run npm run fast-check').toBe(true);
  });
});
