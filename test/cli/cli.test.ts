import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getEventsBetween } from '../../src/timeline/getEventsBetween.js';

// The built CLI, run as a user would: a child process. `npm test` builds first.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

function gcm(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('gcm-kit list consultations', () => {
  it('lists the national consultation held in Belarus, filtered by country and kind', () => {
    const { code, out } = gcm(['list', 'consultations', '--country', 'BLR', '--kind', 'national']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual([
      '2017-05-16             national     Minsk, BLR               National consultation on the Global Compact for Safe, Orderly and Regular Migration',
    ]);
  });

  it('names a consultation held in parts by the places its parts give, each once, else by its own venue', () => {
    // Morocco 2017: four parts with no venue of their own, held in Rabat (the record's venue).
    expect(gcm(['list', 'consultations', '--country', 'MAR']).out).toContain(
      '2017-09-26 – 2017-09-29  national     Rabat, MAR               National consultations',
    );
    // Africa's second regional review: two parts, both in Addis Ababa, named once.
    expect(gcm(['list', 'consultations', '--country', 'ETH', '--kind', 'regional']).out).toContain(
      '2024-10-08 – 2024-10-10  regional     Addis Ababa, ETH         Second Africa Regional Review',
    );
    // Kazakhstan 2022: two online parts, one "online".
    expect(gcm(['list', 'consultations', '--country', 'KAZ']).out).toContain(
      '2022-02-11 – 2022-02-15  national     online                   National online training-webinar',
    );
    // when says the same place: IOM's International Dialogue on Migration 2017 met in New York, then Geneva.
    expect(gcm(['when', '2017-04-18']).out).toContain(
      'Held:     International Dialogue on Migration 2017, New York, USA + Geneva, CHE (iom-idm-2017-04-18)',
    );
  });

  it('gives the register as JSON, each record citing its sources', () => {
    const { code, out } = gcm(['list', 'consultations', '--kind', 'regional', '--json']);
    expect(code).toBe(0);
    const records = JSON.parse(out) as { kind: string; sources: unknown[] }[];
    expect(records.length).toBeGreaterThanOrEqual(4);
    for (const r of records) {
      expect(r.kind).toBe('regional');
      expect(r.sources.length).toBeGreaterThan(0);
    }
  });

  it('takes --country as the validator reads it: alpha-3 in any case, alpha-2 or a name', () => {
    const belarus = gcm(['list', 'consultations', '--country', 'BLR', '--kind', 'national']).out;
    for (const country of ['blr', 'BY', 'by', 'Belarus', ' belarus '])
      expect(gcm(['list', 'consultations', '--country', country, '--kind', 'national']).out).toBe(
        belarus,
      );
  });

  it('refuses a country that is not one, or an unknown kind, with exit code 2, naming the option', () => {
    expect(gcm(['list', 'consultations', '--country', 'EU']).err).toMatchInlineSnapshot(`
      "gcm-kit list: --country "EU" is not a country: give an ISO 3166-1 code (BLR or BY) or an English name (Belarus) (see gcm-kit list --help)
      "
    `);
    expect(gcm(['list', 'consultations', '--country', 'Azerbaijn'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--country "Azerbaijn" is not a country; did you mean AZE?'),
    });
    expect(gcm(['list', 'consultations', '--country', 'XK']).code).toBe(2);
    expect(gcm(['list', 'consultations', '--kind', 'nationwide'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown consultation kind "nationwide"'),
    });
    expect(gcm(['list', 'phases', '--country', 'BLR'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--country, --kind and --records go with list consultations'),
    });
  });
});

// A user's folder of records: one good record (a test record, not a fact),
// and a file with a bad record, a line that is not JSON, and a record whose
// id is a built-in one. Subfolders and other files are not read.
describe('--records on when, list consultations and export', () => {
  const good = {
    id: 'my-workshop-2026-11-20',
    kind: 'national',
    title: 'My workshop',
    dates: { start: '2026-11-20', end: '2026-11-20' },
    format: 'hybrid',
    country: 'ISL',
    city: 'Reykjavik',
    sources: [{ title: 'My notes', publisher: 'Me', publishedOn: '2024-08' }],
  };
  const bad = [
    '{"id":"my-bad-one","kind":"national","title":"Bad","dates":{"start":"2026-11-20","end":"2026-11-20"},"country":"Laos","sources":[{"title":"x","publisher":"y"}]}',
    'not json',
    '{"id":"belarus-2017-05-16","kind":"other","title":"Copy","dates":{"start":"2026-11-20","end":"2026-11-20"},"sources":[{"title":"x","publisher":"y"}]}',
  ].join('\n');
  function folder() {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-kit-records-'));
    writeFileSync(join(dir, 'good.json'), `${JSON.stringify(good, null, 2)}\n`);
    writeFileSync(join(dir, 'bad.ndjson'), `${bad}\n`);
    writeFileSync(join(dir, 'notes.txt'), 'not a record file\n');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'ignored.json'), '{}\n');
    return dir;
  }
  // The column of the bad value, "Laos", on line 1.
  const column = bad.indexOf('"Laos"') + 1;
  const problems = (dir: string, command: string) => [
    `${join(dir, 'bad.ndjson')}:1:${column}  error  country  must be an ISO 3166-1 alpha-3 country code such as BLR  (did you mean "LAO"?)`,
    `${join(dir, 'bad.ndjson')}:2  error  (record)  is not valid JSON (Unexpected token 'o')`,
    `${join(dir, 'bad.ndjson')}:3:7  error  id  repeats the id belarus-2017-05-16 of a built-in record of the register (gcm-kit/consultations); choose another id`,
    `gcm-kit ${command}: 3 records of --records left out (see above); 1 added`,
  ];

  it('when: shows the good record on its day, reports each bad one with file:line:column, exits 1', () => {
    const dir = folder();
    try {
      const { code, out, err } = gcm(['when', '2026-11-20', '--records', dir]);
      expect(out).toContain('Held:     My workshop, Reykjavik, ISL (my-workshop-2026-11-20)');
      expect(err.trimEnd().split('\n')).toEqual(problems(dir, 'when'));
      expect(code).toBe(1);
      const json = JSON.parse(gcm(['when', '2026-11-20', '--json', '--records', dir]).out);
      expect(json.consultations.map((c: { id: string }) => c.id)).toEqual([
        'my-workshop-2026-11-20',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('list consultations: lists the good record with the built-in ones, by country too', () => {
    const dir = folder();
    try {
      const all = gcm(['list', 'consultations', '--records', dir]);
      expect(all.code).toBe(1);
      expect(all.out.trimEnd().split('\n').at(-1)).toBe(
        '2026-11-20             national     Reykjavik, ISL           My workshop',
      );
      expect(all.err.trimEnd().split('\n')).toEqual(problems(dir, 'list'));
      // Only the good file: nothing to report, exit 0.
      const iceland = gcm([
        'list',
        'consultations',
        '--country',
        'Iceland',
        '--json',
        '--records',
        join(dir, 'good.json'),
      ]);
      expect([iceland.code, iceland.err]).toEqual([0, '']);
      expect(JSON.parse(iceland.out)).toEqual([good]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('export: writes the good record in the consultations table', () => {
    const dir = folder();
    try {
      const { code, out, err } = gcm([
        'export',
        'consultations',
        '--format',
        'ndjson',
        '--records',
        dir,
      ]);
      expect(code).toBe(1);
      expect(err.trimEnd().split('\n')).toEqual(problems(dir, 'export'));
      const rows = out
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(rows.at(-1)).toMatchObject({ id: 'my-workshop-2026-11-20', format: 'hybrid' });
      expect(rows.filter((r) => r.id === 'belarus-2017-05-16')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes --records more than once, and refuses a path that does not exist with exit 2', () => {
    const dir = folder();
    try {
      const good2 = {
        ...good,
        id: 'my-workshop-2026-11-21',
        dates: { start: '2026-11-21', end: '2026-11-21' },
      };
      writeFileSync(join(dir, 'sub', 'good2.json'), JSON.stringify(good2));
      const both = gcm([
        'list',
        'consultations',
        '--country',
        'ISL',
        '--records',
        join(dir, 'good.json'),
        '--records',
        join(dir, 'sub', 'good2.json'),
      ]);
      expect([both.code, both.out.trimEnd().split('\n').length]).toEqual([0, 2]);
      // The same record twice: the second is a repeated id, named with the first's place.
      const twice = gcm([
        'list',
        'consultations',
        '--country',
        'ISL',
        '--records',
        join(dir, 'good.json'),
        '--records',
        join(dir, 'good.json'),
      ]);
      expect([twice.code, twice.out.trimEnd().split('\n').length]).toEqual([1, 1]);
      expect(twice.err.split('\n')[0]).toBe(
        `${join(dir, 'good.json')}:2:9  error  id  repeats the id my-workshop-2026-11-20 of ${join(dir, 'good.json')}:1:1; ids must be unique`,
      );
      expect(gcm(['when', '2026-11-20', '--records', join(dir, 'missing')])).toMatchObject({
        code: 2,
        err: expect.stringContaining('cannot read --records'),
      });
      expect(gcm(['export', 'events', '--records', dir])).toMatchObject({
        code: 2,
        err: expect.stringContaining('--records goes with export consultations or --all'),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('gcm-kit when', () => {
  it('places 16 May 2017 in Phase I, between thematic sessions 1 and 2', () => {
    const { code, out, err } = gcm(['when', '2017-05-16']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatchInlineSnapshot(`
      "Tuesday 16 May 2017
      Phase:    Phase I: consultations (day 46 of 244)
      Events:   none that day
      Held:     Third Pan-African Forum on Migration (PAFoM), Kampala, UGA (pafom-2017-05-15)
                National consultation on the Global Compact for Safe, Orderly and Regular Migration, Minsk, BLR (belarus-2017-05-16)
      Previous: Informal thematic session 1: Human rights of all migrants, social inclusion, cohesion and all forms of discrimination, Geneva (8–9 May 2017), ended 7 days before
      Next:     Informal thematic session 2: Addressing drivers of migration, New York (22–23 May 2017), in 6 days
      "
    `);
  });

  it('names the review cycle, its stage, the forum and their sources on 27 November 2026', () => {
    const { code, out, err } = gcm(['when', '2026-11-27']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatchInlineSnapshot(`
      "Friday 27 November 2026
      Phase:    Follow-up and review (day 2900)
      Cycle:    review cycle 2 (1 January 2023 – 31 December 2026), ending in the forum of 2026
      Stage:    Forum year (2026), day 331 of 365
      Forum:    Second International Migration Review Forum, New York (5–8 May 2026), 203 days before; dated by a secondary source only, no UN page found
      Sources:  stage: a-res-73-195-p35, press-ga-12166; cycle: a-res-73-195-p35, unnm-regional-reviews-2024, global-cities-hub-imrf-2026
      Events:   none that day
      Previous: Second International Migration Review Forum, New York (5–8 May 2026), ended 203 days before
      Next:     no later event in the data
      "
    `);
    const json = JSON.parse(gcm(['when', '2026-11-27', '--json']).out);
    expect([json.reviewCycle.id, json.reviewCycle.stage.id, json.reviewCycle.stage.day]).toEqual([
      'review-cycle-2',
      'forum-year',
      331,
    ]);
    expect(JSON.parse(gcm(['when', '2017-05-16', '--json']).out).reviewCycle).toBeNull();
  });

  it('takes --lang, and says which names it could only give in English', () => {
    const ru = gcm(['when', '2017-05-16', '--lang', 'ru']);
    expect(ru.code).toBe(0);
    expect(ru.out).toContain('Phase:    Phase I: consultations');
    expect(ru.out).toContain('Labels:   3 shown in English (no source in "ru" was read for it)');
    expect(gcm(['when', '2017-05-16', '--lang', 'xx']).err).toMatch(
      /when: unknown language "xx"; expected one of ar, en, es, fr, ru, zh/,
    );
  });

  it('shows both phases on 15 November 2017, the overlap of Phases I and II', () => {
    const { out } = gcm(['when', '2017-11-15']);
    expect(out).toContain('Phase:    Phase II: stocktaking (day 15 of 92)');
    expect(out).toContain('overlaps Phase I: consultations (day 229 of 244)');
  });

  it('says that nothing had begun before the New York Declaration of 19 September 2016', () => {
    expect(gcm(['when', '2016-09-18']).out.split('\n')[1]).toBe(
      'Phase:    none yet: the process began on 19 September 2016, New York Declaration for Refugees and Migrants adopted (A/RES/71/1)',
    );
  });

  it('prints JSON with --json', () => {
    const json = JSON.parse(gcm(['when', '2018-02-21', '--json']).out);
    expect(json.phase.id).toBe('negotiations');
    expect(json.events.map((e: { id: string }) => e.id)).toEqual([
      'negotiation-round-1',
      'multi-stakeholder-hearing-4',
    ]);
  });

  it('takes now with --tz, and says which zone "today" is in', () => {
    const { code, out } = gcm(['when', 'now', '--tz', 'Pacific/Kiritimati']);
    expect(code).toBe(0);
    expect(out).toMatch(/\(today in Pacific\/Kiritimati\)/);
    expect(out).toContain('Follow-up and review');
    expect(gcm(['when', 'now'], undefined, { TZ: 'Asia/Kathmandu' }).out).toMatch(
      /the system's time zone/,
    );
  });

  it('exits 2 with one line on stderr for an invalid date or zone', () => {
    for (const args of [
      ['when', '2017-13-01'],
      ['when', '2017-05-16', '--tz', 'Mars/Olympus'],
      ['when'],
    ]) {
      const { code, out, err } = gcm(args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(gcm(['when', '2017-13-01']).err).toBe(
      'gcm-kit when: invalid date "2017-13-01" (expected YYYY-MM-DD or now) (see gcm-kit when --help)\n',
    );
  });
});

describe('gcm-kit validate', () => {
  it('exits 0 for the shipped examples', () => {
    const { code, out } = gcm([
      'validate',
      'examples/belarus-2017-05-16.json',
      'examples/ghana-2017-09-15.json',
    ]);
    expect(code).toBe(0);
    expect(out).toBe('2 files, 2 records: 2 valid, 0 invalid, 0 unreadable; 0 warnings\n');
  });

  it('exits 1 and prints file:line:column, severity, path, message and suggestion for each problem', () => {
    const fixture = JSON.parse(
      readFileSync(`${root}/test/fixtures/invalid/country-lowercase.json`, 'utf8'),
    ).record;
    const ndjson = `${JSON.stringify(fixture)}\nnot json\n`;
    const { code, out } = gcm(['validate', '-'], ndjson);
    expect(code).toBe(1);
    const column = JSON.stringify(fixture).indexOf('"blr"') + 1;
    expect(out.split('\n')).toEqual([
      `(stdin):1:${column}  error  country  must be an ISO 3166-1 alpha-3 country code such as BLR  (did you mean "BLR"?)`,
      expect.stringMatching(/^\(stdin\):2 {2}error {2}\(record\) {2}is not valid JSON/),
      '1 file, 2 records: 0 valid, 1 invalid, 1 unreadable; 0 warnings',
      '',
    ]);
  });

  it('gives the line and column of each problem in a pretty-printed file, with --json too', () => {
    const record = {
      id: 'nigeria-2017-09-20',
      kind: 'national',
      title: 'National consultation on the GCM',
      dates: { start: '2017-09-20', end: '2017-09-20' },
      country: 'Nigeria',
      stakeholders: ['civil society'],
      sources: [{ title: 'Nigeria holds national consultation', publisher: 'IOM', lang: 'en' }],
    };
    const text = JSON.stringify(record, null, 2);
    const { out } = gcm(['validate', '-'], text);
    expect(out).toMatchInlineSnapshot(`
      "(stdin):9:14  error  country  must be an ISO 3166-1 alpha-3 country code such as BLR  (did you mean "NGA"?)
      (stdin):11:5  error  stakeholders[0]  must be one of 18 codes ('government', 'parliament', 'local-authority', …)  (did you mean "ngo-civil-society"?)
      (stdin):17:7  error  sources[0].lang  is not a known field  (did you mean "language"?)
      1 file, 1 record: 0 valid, 1 invalid, 0 unreadable; 0 warnings
      "
    `);
    const json = JSON.parse(gcm(['validate', '--json', '-'], text).out);
    expect(
      json.files[0].problems[0].issues.map(
        (i: { path: string; line: number; column: number }) => `${i.path} ${i.line}:${i.column}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "country 9:14",
        "stakeholders[0] 11:5",
        "sources[0].lang 17:7",
      ]
    `);
  });

  it('prints JSON with --json', () => {
    const { code, out } = gcm(['validate', '--json', 'examples/eclac-2017-08-30.json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).total).toEqual({
      read: 1,
      valid: 1,
      invalid: 0,
      unreadable: 0,
      warnings: 0,
    });
  });

  it('reports a record the same way in a small file (read at once) and in a file over 1 MiB (streamed)', () => {
    const eclac = JSON.parse(readFileSync(join(root, 'examples/eclac-2017-08-30.json'), 'utf8'));
    const bad = JSON.stringify({ ...eclac, id: 'eclac-bad', timeZone: 'America/Santaigo' });
    const lines = Array.from({ length: 1200 }, (_, k) =>
      k === 999 ? bad : JSON.stringify({ ...eclac, id: `eclac-2017-08-30-${k}` }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'gcm-kit-size-'));
    try {
      const small = join(dir, 'small.ndjson');
      const big = join(dir, 'big.ndjson');
      writeFileSync(small, `${bad}\n`);
      writeFileSync(big, `${lines.join('\n')}\n`);
      expect(readFileSync(big).length).toBeGreaterThan(1 << 20);
      const one = gcm(['validate', small]);
      const many = gcm(['validate', big]);
      expect([one.code, many.code]).toEqual([1, 1]);
      // The same issue, at line 1 of the one and line 1000 of the other.
      const issue = (out: string, file: string) =>
        out
          .split('\n')
          .filter((l) => l.startsWith(file))
          .map((l) => l.slice(file.length));
      expect(issue(one.out, small)).toHaveLength(1);
      expect(issue(many.out, big)).toEqual(
        issue(one.out, small).map((l) => l.replace(/^:1:/, ':1000:')),
      );
      expect(many.out).toContain('1200 records: 1199 valid, 1 invalid');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2, with no stack trace, for a missing file or no file at all', () => {
    const missing = gcm(['validate', 'examples/nope.json']);
    expect([missing.code, missing.out]).toEqual([2, '']);
    expect(missing.err).toBe(
      'gcm-kit validate: cannot read "examples/nope.json": no such file (see gcm-kit validate --help)\n',
    );
    expect(gcm(['validate']).code).toBe(2);
    expect(gcm(['validate', 'examples']).err).toBe(
      'gcm-kit validate: cannot read "examples": a directory (see gcm-kit validate --help)\n',
    );
  });
});

describe('gcm-kit timeline, list, schema', () => {
  it('lists the six thematic sessions, each with its theme', () => {
    const { code, out } = gcm(['timeline', '--kind', 'thematic-session']);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(6);
    expect(out).toContain(
      'Informal thematic session 2: Addressing drivers of migration (New York)',
    );
  });

  it('names the theme in the iCalendar SUMMARY of a thematic session', () => {
    const { out } = gcm(['timeline', '--format', 'ics', '--kind', 'thematic-session']);
    expect(out).toContain(
      'SUMMARY:Informal thematic session 6: Irregular migration and regular pathw',
    );
  });

  it('exports iCalendar that keeps the exclusive end', () => {
    const { out } = gcm(['timeline', '--format', 'ics', '--kind', 'stocktaking']);
    expect(out).toContain('DTSTART;VALUE=DATE:20171204\r\nDTEND;VALUE=DATE:20171207');
  });

  it('draws SVG with one mark per event in range', () => {
    const { out } = gcm([
      'timeline',
      '--format',
      'svg',
      '--from',
      '2018-02-01',
      '--to',
      '2018-07-31',
      '--mark',
      '2018-02-21',
    ]);
    expect(out.startsWith('<svg')).toBe(true);
    expect(out.match(/<circle class="event"/g)).toHaveLength(
      getEventsBetween('2018-02-01', '2018-07-31').length,
    );
  });

  it('refuses a bad option value with exit 2', () => {
    expect(gcm(['timeline', '--format', 'pdf']).code).toBe(2);
    expect(gcm(['timeline', '--kind', 'party']).code).toBe(2);
    expect(gcm(['timeline', '--from', '2019-01-01', '--to', '2018-01-01']).code).toBe(2);
    expect(gcm(['timeline', '--mark', '2018-01-01']).code).toBe(2);
  });

  it('lists phases, sessions, objectives, principles, migof and sources, as text or JSON', () => {
    expect(gcm(['list', 'objectives']).out.trimEnd().split('\n')).toHaveLength(23);
    expect(gcm(['list', 'principles']).out.trimEnd().split('\n')).toHaveLength(10);
    expect(JSON.parse(gcm(['list', 'phases', '--json']).out)).toHaveLength(6);
    expect(gcm(['list', 'migof']).out).toContain(
      'objective-2  Effectively address the mobility dimensions of crises',
    );
    const sourceLines = gcm(['list', 'sources']).out.split('\n');
    expect(sourceLines.find((l) => l.startsWith('a-res-73-195 '))).toMatch(
      / A\/RES\/73\/195: .* {2}<https:\/\/undocs\.org\/A\/RES\/73\/195>$/,
    );
    expect(sourceLines.find((l) => l.startsWith('sdg-secondary-quotes '))).toMatch(
      /\(no address\)$/,
    );
    expect(gcm(['list', 'sessions']).code).toBe(0);
    expect(gcm(['list', 'nope']).code).toBe(2);
  });

  it('lists names in another UN language where a source gives them, marking English fallbacks', () => {
    const zh = gcm(['list', 'principles', '--lang', 'zh']).out.trimEnd().split('\n');
    expect(zh).toHaveLength(11);
    expect(zh[0]).toBe('(a)  以人为中心');
    const fr = gcm(['list', 'objectives', '--lang', 'fr']).out;
    expect(fr).toContain(' 2  Lutter contre les facteurs négatifs');
    expect(fr).toContain('* 11 of 23 shown in English (no source in "fr" was read for it)');
    const ru = JSON.parse(gcm(['list', 'objectives', '--lang', 'ru', '--json']).out);
    expect(ru.labels.filter((l: { fallback: boolean }) => !l.fallback)).toHaveLength(12);
    expect(ru.labels[3]).toEqual({
      text: 'Обеспечение наличия у всех мигрантов законных удостоверений личности',
      lang: 'ru',
      fallback: false,
      sourceIds: ['iom-wmr-2020-ru-p339'],
    });
    expect(gcm(['list', 'sources', '--lang', 'fr']).code).toBe(2);
  });

  it('names, under a list in another language, the sources of its labels and the items shown in English', () => {
    const ru = gcm(['list', 'objectives', '--lang', 'ru']).out.trimEnd().split('\n');
    expect(ru).toHaveLength(25);
    expect(ru[20]).toBe('21  Содействие возвращению и реинтеграции');
    expect(ru[1]).toMatch(/^ 2 {2}Minimize the adverse drivers .* \*$/);
    expect(ru.slice(-2)).toEqual([
      'Sources of the "ru" labels: err-rus-877566 (1); iom-wmr-2020-ru-p339 (4, 6, 8, 9, 13, 15, 16, 17, 18, 19, 21)',
      '* 11 of 23 shown in English (no source in "ru" was read for it): 2, 3, 5, 7, 10, 11, 12, 14, 20, 22, 23',
    ]);
    const principles = gcm(['list', 'principles', '--lang', 'ru']).out.trimEnd().split('\n');
    expect(principles.at(-1)).toBe(
      '* 10 of 10 shown in English (no source in "ru" was read for it): a, b, c, d, e, f, g, h, i, j',
    );
    expect(principles.some((l) => l.startsWith('Sources of'))).toBe(false);
    const zh = gcm(['list', 'principles', '--lang', 'zh']).out.trimEnd().split('\n');
    expect(zh.at(-1)).toBe(
      'Sources of the "zh" labels: a-res-76-266-zh (a, b, c, d, e, f, g, h, i, j)',
    );
    expect(gcm(['list', 'objectives']).out).not.toMatch(/Sources of|shown in English/);
  });

  it('prints a JSON Schema', () => {
    const { code, out } = gcm(['schema', 'consultation']);
    expect(code).toBe(0);
    expect(JSON.parse(out).$id).toBe('urn:gcm-kit:json-schema:consultation');
    expect(gcm(['schema', 'nope']).code).toBe(2);
  });
});

describe('gcm-kit itself', () => {
  it('prints the bare version from package.json', () => {
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
    expect(gcm(['--version']).out).toBe(`${pkg.version}\n`);
  });

  it('has --help for itself and every command', () => {
    expect(gcm(['--help']).out).toMatch(/^Usage: gcm-kit <command>/);
    for (const command of ['when', 'validate', 'timeline', 'list', 'schema']) {
      const { code, out } = gcm([command, '--help']);
      expect([code, out.startsWith(`Usage: gcm-kit ${command}`)]).toEqual([0, true]);
    }
  });

  it('names every command when none is given, export too, and each one --help knows', () => {
    expect(gcm([]).err).toBe(
      'gcm-kit: name a command: when, validate, timeline, list, schema or export (see gcm-kit --help)\n',
    );
    const listed = [...gcm(['--help']).out.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    expect(listed).toEqual(['when', 'validate', 'timeline', 'list', 'schema', 'export']);
    for (const command of listed)
      expect(gcm([command as string, '--help']).out).toMatch(`Usage: gcm-kit ${command}`);
  });

  it('exits 2 for an unknown command, an unknown option, or no command', () => {
    expect(gcm(['frob']).err).toBe('gcm-kit: unknown command "frob" (see gcm-kit --help)\n');
    expect(gcm(['when', '2017-05-16', '--bogus']).code).toBe(2);
    expect(gcm(['list', 'phases', '--tz', 'UTC']).code).toBe(2);
    expect(gcm([]).code).toBe(2);
  });
});

describe('gcm-kit on hostile input and odd calls (issue 8)', () => {
  const belarus = JSON.parse(readFileSync(`${root}/examples/belarus-2017-05-16.json`, 'utf8'));

  it('case 1: exits 1 for an over-long record after a pretty-printed one, and counts it', () => {
    const text = `${JSON.stringify(belarus, null, 2)}\n${JSON.stringify({ ...belarus, country: 'nope', notes: 'x'.repeat(2e6) })}\n`;
    const { code, out } = gcm(['validate', '-'], text);
    expect(code).toBe(1);
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '1 file, 2 records: 1 valid, 0 invalid, 1 unreadable; 0 warnings',
    );
  });

  it('case 9: prints keys, values and file names from the input escaped, one line per problem', () => {
    const record = {
      ...belarus,
      'x\nrecords.json:9: error: forged': 1,
      country: '\u001b[2J\u009b2J',
    };
    const { code, out } = gcm(['validate', '-'], `${JSON.stringify(record)}\n`);
    expect(code).toBe(1);
    expect(out.includes('\u001b') || out.includes('\u009b')).toBe(false);
    expect(out).toMatchInlineSnapshot(`
      "(stdin):1:376  error  country  must be an ISO 3166-1 alpha-3 country code such as BLR
      (stdin):1:3101  error  ["x\\nrecords.json:9: error: forged"]  is not a known field
      1 file, 1 record: 0 valid, 1 invalid, 0 unreadable; 0 warnings
      "
    `);
    const json = gcm(['validate', '--json', '-'], `${JSON.stringify(record)}\n`).out;
    expect(json.includes('\u001b') || json.includes('\u009b')).toBe(false);
    const issues: { code: string; path: string }[] = JSON.parse(json).files[0].problems[0].issues;
    expect(issues.find((i) => i.code === 'unrecognized_key')?.path).toBe(
      '["x\\nrecords.json:9: error: forged"]',
    );
    const missing = gcm(['validate', 'no\nsuch\u001b[2J.json']);
    expect(missing.err).toMatchInlineSnapshot(`
      "gcm-kit validate: cannot read "no\\nsuch\\u001b[2J.json": no such file (see gcm-kit validate --help)
      "
    `);
  });

  it('case 7: writes --json as it goes: a problem is out before the input ends', async () => {
    const child = spawn(process.execPath, [cli, 'validate', '--json', '-'], { cwd: root });
    let out = '';
    const first = new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('"unreadable"')) resolve('problem printed');
      });
      setTimeout(() => resolve('nothing printed in 10 s'), 10_000);
    });
    child.stdin.write('not json\n');
    expect(await first).toBe('problem printed');
    child.stdin.end(`${JSON.stringify(belarus)}\n`);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.files[0].problems).toHaveLength(1);
    expect([json.total.read, json.total.valid, json.ok]).toEqual([2, 1, false]);
  });

  it('case 11: commands are own names only: constructor, __proto__ and toString are unknown', () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      for (const args of [[name, '--help'], [name]]) {
        const { code, out, err } = gcm(args);
        expect([code, out, err]).toEqual([
          2,
          '',
          `gcm-kit: unknown command "${name}" (see gcm-kit --help)\n`,
        ]);
      }
    }
  });

  it("case 12: says the machine's zone is unknown, and suggests --tz, for a bad or empty TZ", () => {
    for (const TZ of ['Mars/Olympus', '']) {
      const { code, err } = gcm(['when', 'now'], undefined, { TZ });
      expect(code).toBe(2);
      expect(err).toMatchInlineSnapshot(`
        "gcm-kit when: the machine's time zone is unknown (check TZ), so today is not known; name a zone with --tz, such as --tz Europe/Minsk (see gcm-kit when --help)
        "
      `);
    }
  });

  it('case 13: reads /dev/null, /dev/stdin and a FIFO as streams', () => {
    expect(gcm(['validate', '/dev/null']).out).toBe(
      '1 file, 0 records: 0 valid, 0 invalid, 0 unreadable; 0 warnings\n',
    );
    expect(gcm(['validate', '/dev/stdin'], `${JSON.stringify(belarus)}\n`).out).toBe(
      '1 file, 1 record: 1 valid, 0 invalid, 0 unreadable; 0 warnings\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'gcm-kit-fifo-'));
    try {
      const fifo = join(dir, 'records');
      spawnSync('mkfifo', [fifo]);
      const writer = spawn('sh', ['-c', `cat examples/ghana-2017-09-15.json > "${fifo}"`], {
        cwd: root,
      });
      const { code, out } = gcm(['validate', fifo]);
      writer.kill();
      expect([code, out]).toEqual([
        0,
        '1 file, 1 record: 1 valid, 0 invalid, 0 unreadable; 0 warnings\n',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('case 14: --from alone runs from that day, and no bound is blamed that was not given', () => {
    expect(gcm(['timeline', '--from', '2030-01-01'])).toEqual({
      code: 0,
      out: 'no events between 2030-01-01 and 2030-01-01\n',
      err: '',
    });
    expect(gcm(['timeline', '--to', '2000-01-01']).out).toBe(
      'no events between 2000-01-01 and 2000-01-01\n',
    );
  });

  it('case 14: refuses a year before 1000 instead of drawing NaN', () => {
    const { code, out, err } = gcm(['timeline', '--from', '0000-01-01', '--format', 'svg']);
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatchInlineSnapshot(`
      "gcm-kit timeline: --from 0000-01-01 is before the year 1000 (see gcm-kit timeline --help)
      "
    `);
  });

  it('case 14: says that --tz does not change a calendar date', () => {
    const { code, err } = gcm(['when', '2017-05-16', '--tz', 'Europe/Minsk']);
    expect(code).toBe(0);
    expect(err).toMatchInlineSnapshot(`
      "gcm-kit when: note: --tz only says which day "now" is; 2017-05-16 is the same calendar day in every zone
      "
    `);
  });

  it('case 14: prints a JSON Schema from the shipped files, without zod', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-kit-nozod-'));
    try {
      for (const part of ['dist', 'json-schema', 'package.json'])
        cpSync(join(root, part), join(dir, part), { recursive: true });
      const result = spawnSync(
        process.execPath,
        [join(dir, 'dist/cli.js'), 'schema', 'consultation'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(
        JSON.parse(readFileSync(join(root, 'json-schema/consultation.schema.json'), 'utf8')),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('case 10: ends the iCalendar output with CRLF', () => {
    const { out } = gcm(['timeline', '--format', 'ics', '--kind', 'stocktaking']);
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('case 17: freezes the CommonJS exports, so one caller cannot change what others see', () => {
    const require = createRequire(import.meta.url);
    for (const entry of ['index', 'schemas', 'ics', 'consultations', 'labels', 'sources']) {
      const exports = require(join(root, `dist/${entry}.cjs`));
      expect(Object.isFrozen(exports), entry).toBe(true);
    }
    const gcmKit = require(join(root, 'dist/index.cjs'));
    expect(() => {
      gcmKit.events = [];
    }).toThrow(TypeError);
    expect(require(join(root, 'dist/index.cjs')).events.length).toBeGreaterThan(0);
    // N4: the register and the labels too.
    const register = require(join(root, 'dist/consultations.cjs'));
    expect(() => {
      register.consultations = [];
    }).toThrow(TypeError);
    expect(require(join(root, 'dist/consultations.cjs')).consultations.length).toBeGreaterThan(0);
    const labels = require(join(root, 'dist/labels.cjs'));
    expect(() => {
      labels.getLabel = () => 'forged';
    }).toThrow(TypeError);
  });
});
