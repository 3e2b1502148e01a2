import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { LIST_SEPARATOR, tables } from '../../../src/cli/tables.js';
import { events } from '../../../src/data/events.js';
import { gcmObjectives } from '../../../src/data/gcmObjectives.js';
import { migof } from '../../../src/data/migof.js';
import { phases } from '../../../src/data/phases.js';
import { sources } from '../../../src/data/sources.js';
import { thematicSessions } from '../../../src/data/thematicSessions.js';

// The built CLI, run as a user would. `npm test` builds first.
const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
function gcm(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const readCsv = (text: string): Record<string, string>[] =>
  parse(text, { columns: true, skip_empty_lines: false, relax_quotes: false });
const list = (cell: string | undefined) => (cell ? cell.split(LIST_SEPARATOR) : []);

describe('gcm-kit export <dataset> --format csv, read back with csv-parse', () => {
  it('writes one row per event, in order, every field as in the data', () => {
    const rows = readCsv(gcm(['export', 'events']).out);
    expect(rows).toHaveLength(events.length);
    for (const [i, e] of events.entries()) {
      const row = rows[i] as Record<string, string>;
      expect(row.id).toBe(e.id);
      expect(row.kind).toBe(e.kind);
      expect(row.title).toBe(e.title);
      expect([row.start, row.end]).toEqual([e.start, e.end]);
      expect(row.phaseId).toBe(e.phaseId);
      expect(row.thematicSession).toBe(
        e.thematicSession === undefined ? '' : String(e.thematicSession),
      );
      expect(row.venueCity).toBe(e.venue?.city ?? '');
      expect(row.timeZone).toBe(e.timeZone ?? '');
      expect(row.plannedStart).toBe(e.planned?.start ?? '');
      // Notes hold commas and double quotes: they survive quoting.
      expect(row.note).toBe(e.note ?? '');
      expect(list(row.sourceIds)).toEqual(e.sourceIds);
    }
    expect(events.some((e) => e.note?.includes('"') && e.note.includes(','))).toBe(true);
  });

  it('writes phases, sessions, objectives, MiGOF and sources as in the data', () => {
    const phaseRows = readCsv(gcm(['export', 'phases']).out);
    expect(phaseRows.map((r) => [r.id, r.number, r.start, r.end])).toEqual(
      phases.map((p) => [p.id, p.number === null ? '' : String(p.number), p.start, p.end ?? '']),
    );
    const sessionRows = readCsv(gcm(['export', 'thematic-sessions']).out);
    expect(sessionRows.map((r) => [r.number, r.title, r.venueCity, list(r.moderators)])).toEqual(
      thematicSessions.map((s) => [String(s.number), s.title, s.venue.city, s.moderators ?? []]),
    );
    const objectiveRows = readCsv(gcm(['export', 'objectives', '--format', 'csv']).out);
    expect(objectiveRows).toHaveLength(23);
    expect(objectiveRows.map((r) => [r.title, r.paragraphVerified])).toEqual(
      gcmObjectives.map((o) => [o.title, String(o.paragraphVerified)]),
    );
    const migofRows = readCsv(gcm(['export', 'migof']).out);
    expect(migofRows.map((r) => `${r.element} ${r.number}: ${r.long}`)).toEqual([
      ...migof.principles.map((p) => `principle ${p.number}: ${p.long}`),
      ...migof.objectives.map((o) => `objective ${o.number}: ${o.long}`),
    ]);
    const sourceRows = readCsv(gcm(['export', 'sources']).out);
    expect(sourceRows.map((r) => [r.id, r.title, r.url, r.symbol])).toEqual(
      Object.values(sources).map((s) => [s.id, s.title, s.url ?? '', s.symbol ?? '']),
    );
  });

  it('can split every list cell back: no item holds the separator', () => {
    for (const table of tables) {
      for (const row of table.rows()) {
        for (const column of table.columns.filter((c) => c.list)) {
          for (const item of (column.get(row) as readonly string[] | undefined) ?? [])
            expect(item, `${table.name}.${column.name}`).not.toContain(LIST_SEPARATOR.trim());
        }
      }
    }
  });

  it('writes the same records as NDJSON and JSON, lists as arrays and no value as null', () => {
    const ndjson = gcm(['export', 'events', '--format', 'ndjson'])
      .out.trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const json = JSON.parse(gcm(['export', 'events', '--format', 'json']).out);
    expect(ndjson).toEqual(json);
    expect(json).toHaveLength(events.length);
    expect(json[0].sourceIds).toEqual(events[0]?.sourceIds);
    expect(json[0].thematicSession).toBeNull();
    const csv = readCsv(gcm(['export', 'events']).out);
    expect(Object.keys(json[0])).toEqual(Object.keys(csv[0] as object));
  });

  it('has every dataset and its columns in the table of docs/cli.md', () => {
    const doc = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
    for (const table of tables) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${table.name}\` |`));
      expect(row?.split('|')[3]?.trim(), table.name).toBe(
        table.columns.map((c) => c.name).join(', '),
      );
    }
  });

  it('exits 2 with one line for an unknown dataset or format', () => {
    const dataset = gcm(['export', 'treaties']);
    expect(dataset.code).toBe(2);
    expect(dataset.out).toBe('');
    expect(dataset.err).toMatchInlineSnapshot(`
      "gcm-kit export: name one of events, phases, thematic-sessions, objectives, principles, migof, sources, consultations, not "treaties" (or --all) (see gcm-kit export --help)
      "
    `);
    const format = gcm(['export', 'events', '--format', 'xlsx']);
    expect(format.code).toBe(2);
    expect(format.err).toMatchInlineSnapshot(`
      "gcm-kit export: unknown format "xlsx"; expected csv, ndjson, json (see gcm-kit export --help)
      "
    `);
    expect(gcm(['export', '--all']).code).toBe(2);
  });
});

describe('gcm-kit export --all --dir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gcm-kit-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = gcm(['export', '--all', '--dir', join(dir, 'out')]);
  const out = join(dir, 'out');
  const descriptor = () => JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));

  // The Tabular Data Package profile (JSON Schema draft-04) as the Frictionless
  // Data project ships it in its npm package `datapackage` (lib/profiles/).
  const require = createRequire(import.meta.url);
  const profile = require('datapackage/lib/profiles/tabular-data-package.json');
  // CommonJS default exports, as test/schemas/examples.test.ts reads them.
  const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, allErrors: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  // A hint for form builders in the profile, not a constraint.
  ajv.addFormat('textarea', true);
  const validate = ajv.compile(profile);

  it('writes every table as CSV and a datapackage.json', () => {
    expect(run.code).toBe(0);
    for (const table of tables) expect(existsSync(join(out, `${table.name}.csv`))).toBe(true);
    expect(descriptor().resources.map((r: { path: string }) => r.path)).toEqual(
      tables.map((t) => `${t.name}.csv`),
    );
  });

  it('writes a descriptor valid against the Tabular Data Package profile', () => {
    expect(validate(descriptor()), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('describes each CSV file as it is: field names in header order, with types and descriptions', () => {
    for (const resource of descriptor().resources) {
      const [header] = parse(readFileSync(join(out, resource.path), 'utf8'), { to_line: 1 });
      const fields = resource.schema.fields as {
        name: string;
        type: string;
        description: string;
      }[];
      expect(fields.map((f) => f.name)).toEqual(header);
      for (const field of fields) {
        expect(['string', 'integer', 'boolean', 'date']).toContain(field.type);
        expect(field.description.length).toBeGreaterThan(3);
      }
      // Every value in a date or integer column is of its type.
      const rows = readCsv(readFileSync(join(out, resource.path), 'utf8'));
      for (const field of fields) {
        const pattern = {
          date: /^\d{4}-\d{2}-\d{2}$/,
          integer: /^-?\d+$/,
          boolean: /^(true|false)$/,
        }[field.type as 'date'];
        if (pattern === undefined) continue;
        for (const row of rows) {
          const cell = row[field.name] ?? '';
          if (cell !== '') expect(cell, `${resource.name}.${field.name}`).toMatch(pattern);
        }
      }
    }
  });

  it('the profile check can fail: it rejects an unknown field type and a missing profile', () => {
    const broken = descriptor();
    broken.resources[0].schema.fields[0].type = 'text';
    expect(validate(broken)).toBe(false);
    const { profile: _, ...noProfile } = descriptor();
    expect(validate(noProfile)).toBe(false);
  });
});
