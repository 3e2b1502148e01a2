import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import * as views from '../../scripts/lib/consultations.mjs';
import { consultations } from '../../src/consultations/index.js';
import { events } from '../../src/data/events.js';
import { safeParseConsultation } from '../../src/schemas/index.js';

interface RecordFile {
  file: string;
  record: { id: string; $schema?: string; dates: { start: string } };
}
const files: RecordFile[] = views.readRecords();
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('the register, src/consultations/records/', () => {
  for (const { file, record } of files) {
    it(`${file} is valid, with no warnings, named after its id, and names its JSON Schema`, () => {
      const result = safeParseConsultation(record);
      expect(result.issues).toEqual([]);
      expect(result.success).toBe(true);
      expect(file).toBe(`${record.id}.json`);
      expect(record.$schema).toBe('../../../json-schema/consultation.schema.json');
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

  it('links each regional commission consultation of 2017 to its timeline event, on the same days', () => {
    for (const c of consultations.filter((c) => c.eventId !== undefined)) {
      const event = events.find((e) => e.id === c.eventId);
      expect(event, c.id).toBeDefined();
      expect([c.dates.start, c.dates.end]).toEqual([event?.start, event?.end]);
    }
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

  it('examples/ holds a copy of each worked example, its $schema pointing at the package file', () => {
    for (const id of views.exampleIds as string[]) {
      const record = files.find((f) => f.record.id === id)?.record;
      expect(JSON.parse(read(`examples/${id}.json`))).toEqual(
        JSON.parse(views.renderExample(record)),
      );
    }
  });
});
