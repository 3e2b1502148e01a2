import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import * as views from '../../scripts/lib/consultations.mjs';
import { consultations } from '../../src/consultations/index.js';
import { events } from '../../src/data/events.js';
import { safeParseConsultation, toJsonSchema } from '../../src/schemas/index.js';

interface RecordFile {
  file: string;
  record: { id: string; $schema?: string; dates: { start: string } };
}
const files: RecordFile[] = views.readRecords();
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

// The shipped JSON Schema, through an independent validator, must agree.
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
(addFormats as unknown as typeof addFormats.default)(ajv);
const validateJson = ajv.compile(toJsonSchema('consultation'));

describe('the register, src/consultations/records/', () => {
  for (const { file, record } of files) {
    it(`${file} is valid for zod and ajv, with no warnings, named after its id, and names its JSON Schema`, () => {
      const result = safeParseConsultation(record);
      expect(result.issues).toEqual([]);
      expect(result.success).toBe(true);
      expect(file).toBe(`${record.id}.json`);
      expect(record.$schema).toBe('../../../json-schema/consultation.schema.json');
      expect(validateJson(record), JSON.stringify(validateJson.errors)).toBe(true);
    });
  }

  it('has unique ids, in order of first day', () => {
    const ids = consultations.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const starts = consultations.map((c) => c.dates.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('cites, for every record, at least one source with a title, a publisher and an address', () => {
    for (const c of consultations) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) expect(s.url, `${c.id}: ${s.title}`).toMatch(/^https?:\/\//);
    }
  });

  it('links each consultation that is a timeline event to it, on days that cover the event', () => {
    for (const c of consultations.filter((c) => c.eventId !== undefined)) {
      const event = events.find((e) => e.id === c.eventId);
      expect(event, c.id).toBeDefined();
      // A record may be wider than its event: UNECE's 2020 review was preceded by
      // a stakeholder consultation on 9 November, a part of the same record.
      expect(c.dates.start <= (event?.start ?? ''), c.id).toBe(true);
      expect(c.dates.end >= (event?.end ?? ''), c.id).toBe(true);
    }
  });

  it('links the regional commission consultations of 2017 to their events on the same days', () => {
    const of2017 = consultations.filter(
      (c) => c.eventId?.startsWith('regional-consultation-') && c.dates.start.startsWith('2017'),
    );
    expect(of2017.map((c) => c.eventId).sort()).toEqual([
      'regional-consultation-eca',
      'regional-consultation-eclac',
      'regional-consultation-escap',
      'regional-consultation-escwa',
    ]);
    for (const c of of2017) {
      const event = events.find((e) => e.id === c.eventId);
      expect([c.dates.start, c.dates.end]).toEqual([event?.start, event?.end]);
    }
  });

  it('reaches the follow-up: the first UNECE review is 12-13 November 2020, after a consultation on 9 November', () => {
    const unece = consultations.find((c) => c.id === 'unece-2020-11-09');
    expect(unece?.eventId).toBe('regional-review-unece-2020');
    expect(unece?.parts?.map((p) => [p.dates.start, p.dates.end, p.format])).toEqual([
      ['2020-11-09', '2020-11-09', undefined],
      ['2020-11-12', '2020-11-13', 'online'],
    ]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(consultations)).toBe(true);
    expect(Object.isFrozen(consultations[0]?.dates)).toBe(true);
  });
});

describe('generated views (run `npm run consultations` after editing a record)', () => {
  it('src/consultations/register.generated.ts holds every record file', () => {
    expect(consultations.map((c) => c.id)).toEqual(files.map((f) => f.record.id));
    expect(consultations).toEqual(
      files.map(({ record }) => {
        const { $schema: _, ...rest } = record;
        return rest;
      }),
    );
  });

  it('docs/consultations.md is current', () => {
    expect(read('docs/consultations.md')).toBe(views.renderDoc(files));
  });

  it('docs/consultations.md counts every record once by year and by kind, and each commission it names', () => {
    const lines: string[] = views.renderCounts(files);
    const tables = lines
      .join('\n')
      .split(/\n\n(?=\|)/)
      .slice(1);
    const rows = (table: string) =>
      [...table.matchAll(/^\| (\S[^|]*?) \| (\d+) \|$/gm)].map(
        (m) => [m[1], Number(m[2])] as const,
      );
    const [byYear, byKind, byRegion] = tables.map(rows);
    const sum = (list: readonly (readonly [unknown, number])[] = []) =>
      list.reduce((n, [, count]) => n + count, 0);
    expect(sum(byYear)).toBe(consultations.length);
    expect(sum(byKind)).toBe(consultations.length);
    const year2017 = consultations.filter((c) => c.dates.start.startsWith('2017')).length;
    expect(byYear).toContainEqual(['2017', year2017]);
    const eca = consultations.filter((c) => c.regions?.includes('ECA')).length;
    expect(byRegion).toContainEqual(['ECA', eca]);
  });

  it('examples/ holds a copy of each worked example, its $schema pointing at the package file', () => {
    for (const id of views.exampleIds as string[]) {
      const record = files.find((f) => f.record.id === id)?.record;
      expect(JSON.parse(read(`examples/${id}.json`))).toEqual(
        JSON.parse(views.renderExample(record)),
      );
    }
  });
});
