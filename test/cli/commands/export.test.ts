import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutAbsent } from '../../../src/cli/commands/export.js';
import { LIST_SEPARATOR } from '../../../src/cli/tableKit.js';
import { tables } from '../../../src/cli/tables.js';
import { consultations } from '../../../src/consultations/consultations.js';
import { events } from '../../../src/data/events.js';
import { gcmObjectives } from '../../../src/data/gcmObjectives.js';
import { migof } from '../../../src/data/migof.js';
import { phases } from '../../../src/data/phases.js';
import { sources } from '../../../src/data/sources.js';
import { thematicSessions } from '../../../src/data/thematicSessions.js';

// The built CLI, run as a user would. `npm test` builds first.
const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
function gcm(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
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

  it('writes whole records as NDJSON and JSON, with no null anywhere', () => {
    const ndjson = (name: string) =>
      gcm(['export', name, '--format', 'ndjson'])
        .out.trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
    const json = (name: string) => JSON.parse(gcm(['export', name, '--format', 'json']).out);
    // Events, phases and sources as the library holds them, absent fields left out:
    // a phase with no number has no `number` key rather than `"number": null`.
    expect(json('events')).toEqual(withoutAbsent(events));
    expect(ndjson('events')).toEqual(json('events'));
    expect(json('phases')).toEqual(withoutAbsent(phases));
    expect(phases.some((p) => p.number === null)).toBe(true);
    expect(json('sources')).toEqual(withoutAbsent(Object.values(sources)));
    // Consultations whole: participants, outcome, speakers, venue and all.
    expect(json('consultations')).toEqual(consultations);
    expect(ndjson('consultations')).toEqual(consultations);
    expect(consultations.filter((c) => c.participants).length).toBeGreaterThan(10);
    const nulls = (value: unknown): number =>
      value === null
        ? 1
        : typeof value === 'object'
          ? Object.values(value as object).reduce((n: number, v) => n + nulls(v), 0)
          : 0;
    for (const table of tables) expect(nulls(json(table.name)), table.name).toBe(0);
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
      "gcm-kit export: unknown dataset "treaties"; expected events, phases, thematic-sessions, objectives, principles, migof, sources, consultations, a consultation-* table, or --all (see gcm-kit export --help)
      "
    `);
    const format = gcm(['export', 'events', '--format', 'xlsx']);
    expect(format.code).toBe(2);
    expect(format.err).toMatchInlineSnapshot(`
      "gcm-kit export: unknown format "xlsx"; expected csv, ndjson, json (see gcm-kit export --help)
      "
    `);
    expect(gcm(['export', '--all']).code).toBe(2);
    // Two datasets: the message says so, rather than "not events" of a valid one.
    expect(gcm(['export', 'events', 'extra']).err).toMatchInlineSnapshot(`
      "gcm-kit export: name one dataset (or --all), got 2: "events" "extra" (see gcm-kit export --help)
      "
    `);
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

  type Row = Record<string, string>;
  interface Field {
    name: string;
    type: string;
    constraints?: { required?: boolean; enum?: string[]; pattern?: string };
  }
  interface Resource {
    name: string;
    path: string;
    schema: {
      fields: Field[];
      primaryKey: string[];
      foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
    };
  }
  const resources = (): Resource[] => descriptor().resources;
  const csv = (name: string): Row[] => readCsv(readFileSync(join(out, `${name}.csv`), 'utf8'));

  it('names the version of gcm-kit and when it wrote the package', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(descriptor().version).toBe(pkg.version);
    expect(descriptor().created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const fixed = gcm(['export', '--all', '--dir', join(dir, 'fixed')], { SOURCE_DATE_EPOCH: '0' });
    expect(fixed.code).toBe(0);
    const again = JSON.parse(readFileSync(join(dir, 'fixed', 'datapackage.json'), 'utf8'));
    expect(again.created).toBe('1970-01-01T00:00:00Z');
  });

  it('keeps every constraint of datapackage.json: required, code lists, keys and links', () => {
    const byName = new Map(resources().map((r) => [r.name, r]));
    for (const resource of resources()) {
      const rows = csv(resource.name);
      for (const field of resource.schema.fields) {
        const { required, enum: codes, pattern } = field.constraints ?? {};
        for (const row of rows) {
          const cell = row[field.name] ?? '';
          const where = `${resource.name}.${field.name}`;
          if (required) expect(cell, where).not.toBe('');
          if (cell === '') continue;
          if (codes) expect(codes, where).toContain(cell);
          // Table Schema patterns are anchored (XML Schema).
          if (pattern) expect(cell, where).toMatch(new RegExp(`^(${pattern})$`));
        }
      }
      const key = (row: Row, fields: string[]) => JSON.stringify(fields.map((f) => row[f]));
      const keys = rows.map((row) => key(row, resource.schema.primaryKey));
      expect(new Set(keys).size, `${resource.name} primary key`).toBe(rows.length);
      for (const link of resource.schema.foreignKeys ?? []) {
        const target = byName.get(link.reference.resource);
        expect(target, link.reference.resource).toBeDefined();
        const targets = new Set(
          csv(link.reference.resource).map((row) => key(row, link.reference.fields)),
        );
        for (const row of rows) {
          if (link.fields.every((f) => row[f] === '')) continue;
          expect(
            targets.has(key(row, link.fields)),
            `${resource.name} ${key(row, link.fields)}`,
          ).toBe(true);
        }
      }
    }
    // The links that matter to an analyst are declared.
    expect(byName.get('consultation-organizations')?.schema.foreignKeys?.[0]).toEqual({
      fields: ['consultationId'],
      reference: { resource: 'consultations', fields: ['id'] },
    });
    expect(
      byName
        .get('consultations')
        ?.schema.fields.find((f) => f.name === 'kind')
        ?.constraints?.enum?.slice(0, 2),
    ).toEqual(['national', 'sub-regional']);
  });

  it('rebuilds every consultation, whole, from the CSV tables and the types of datapackage.json', () => {
    const types = new Map(
      resources().flatMap((r) => r.schema.fields.map((f) => [`${r.name}.${f.name}`, f.type])),
    );
    // A cell as its Table Schema type; an empty cell is no value.
    const value = (table: string, row: Row, name: string): unknown => {
      const cell = row[name] ?? '';
      if (cell === '') return undefined;
      const type = types.get(`${table}.${name}`);
      if (type === 'integer') return Number(cell);
      if (type === 'boolean') return cell === 'true';
      return cell;
    };
    const pick = (table: string, row: Row, names: Record<string, string>) =>
      withoutAbsent(
        Object.fromEntries(
          Object.entries(names).map(([key, col]) => [key, value(table, row, col)]),
        ),
      ) as Record<string, unknown>;
    const numbers = (cell: string | undefined) => list(cell).map(Number);
    const nonEmpty = <T>(items: T[]) => (items.length > 0 ? items : undefined);
    const childrenOf = (table: string) => {
      const groups = new Map<string, Row[]>();
      for (const row of csv(table))
        groups.set(row.consultationId as string, [
          ...(groups.get(row.consultationId as string) ?? []),
          row,
        ]);
      return (id: string) => groups.get(id) ?? [];
    };
    const dates = (table: string, row: Row) =>
      pick(table, row, { start: 'start', end: 'end', precision: 'precision', basis: 'dateBasis' });
    const tags = (table: string, row: Row) => ({
      thematicSessions: nonEmpty(numbers(row.thematicSessions)),
      migof: nonEmpty(list(row.migof)),
      sdgTargets: nonEmpty(list(row.sdgTargets)),
      tagBasis: value(table, row, 'tagBasis'),
    });
    const parts = childrenOf('consultation-parts');
    const organizations = childrenOf('consultation-organizations');
    const participants = childrenOf('consultation-participants');
    const speakers = childrenOf('consultation-speakers');
    const groups = childrenOf('consultation-thematic-groups');
    const recommendations = childrenOf('consultation-recommendations');
    const objectives = childrenOf('consultation-recommendation-objectives');
    const consultationSources = childrenOf('consultation-sources');

    const rebuilt = csv('consultations').map((row) => {
      const id = row.id as string;
      const orgs = new Map<
        string,
        { name: string; category: string; roles: string[]; sources: number[] | undefined }
      >();
      for (const o of organizations(id)) {
        const org = orgs.get(o.organizationIndex as string) ?? {
          name: o.name as string,
          category: o.category as string,
          roles: [],
          sources: nonEmpty(numbers(o.sourceIndexes)),
        };
        org.roles.push(o.role as string);
        orgs.set(o.organizationIndex as string, org);
      }
      const t = 'consultations';
      const counts = (partId: string) =>
        nonEmpty(
          participants(id)
            .filter((p) => p.partId === partId)
            .map((p) => ({
              ...pick('consultation-participants', p, {
                count: 'count',
                qualifier: 'qualifier',
                asStated: 'asStated',
                unit: 'unit',
              }),
              sources: nonEmpty(numbers(p.sourceIndexes)),
            })),
        );
      return withoutAbsent({
        ...pick(t, row, {
          id: 'id',
          kind: 'kind',
          multiStakeholder: 'multiStakeholder',
          title: 'title',
          titleAsPublished: 'titleAsPublished',
        }),
        dates: dates(t, row),
        parts: nonEmpty(
          parts(id).map((p) => ({
            ...pick('consultation-parts', p, { id: 'partId', title: 'title' }),
            dates: dates('consultation-parts', p),
            ...pick('consultation-parts', p, {
              city: 'city',
              country: 'country',
              timeZone: 'timeZone',
              venue: 'venue',
              format: 'format',
              multiStakeholder: 'multiStakeholder',
            }),
            venueSources: nonEmpty(numbers(p.venueSources)),
            stakeholders: nonEmpty(list(p.stakeholders)),
            participants: counts(p.partId as string),
          })),
        ),
        ...pick(t, row, {
          timeZone: 'timeZone',
          country: 'country',
          userAssignedCountryCode: 'userAssignedCountryCode',
          city: 'city',
          venue: 'venue',
          format: 'format',
        }),
        venueSources: nonEmpty(numbers(row.venueSources)),
        coveredCountries: nonEmpty(list(row.coveredCountries)),
        // Commissions first, then M49 areas, as every record of the register lists them.
        regions: nonEmpty([...list(row.commissions), ...list(row.m49Areas)]),
        organizations: nonEmpty([...orgs.values()]),
        participants: counts(''),
        stakeholders: nonEmpty(list(row.stakeholders)),
        speakers: nonEmpty(
          speakers(id).map((s) => ({
            ...pick('consultation-speakers', s, {
              name: 'name',
              role: 'role',
              organization: 'organization',
            }),
            sources: nonEmpty(numbers(s.sourceIndexes)),
          })),
        ),
        thematicGroups: nonEmpty(
          groups(id).map((g) => ({
            ...pick('consultation-thematic-groups', g, { id: 'groupId', title: 'title' }),
            gcmObjectives: nonEmpty(numbers(g.gcmObjectives)),
            ...tags('consultation-thematic-groups', g),
          })),
        ),
        outcome:
          row.outcomeKind === ''
            ? undefined
            : {
                kind: row.outcomeKind,
                summary: value(t, row, 'outcomeSummary'),
                // An empty list and no list differ: the count says which.
                recommendations:
                  row.outcomeRecommendationCount === ''
                    ? undefined
                    : recommendations(id).map((r) => ({
                        ...pick('consultation-recommendations', r, {
                          id: 'recommendationId',
                          text: 'text',
                          thematicGroupId: 'thematicGroupId',
                        }),
                        gcmObjectives: nonEmpty(
                          objectives(id)
                            .filter((o) => o.recommendationId === r.recommendationId)
                            .map((o) => Number(o.objectiveNumber)),
                        ),
                        ...tags('consultation-recommendations', r),
                      })),
                purpose: value(t, row, 'outcomePurpose'),
              },
        ...pick(t, row, { eventId: 'eventId' }),
        relatedEventIds: nonEmpty(list(row.relatedEventIds)),
        sources: consultationSources(id).map((s) =>
          pick('consultation-sources', s, {
            title: 'title',
            publisher: 'publisher',
            url: 'url',
            symbol: 'symbol',
            publishedOn: 'publishedOn',
            language: 'language',
            kind: 'kind',
            mirrorOf: 'mirrorOf',
          }),
        ),
        ...pick(t, row, { language: 'language', notes: 'notes' }),
      });
    });
    // Key order aside (toEqual ignores it), the tables hold every field of every record.
    expect(rebuilt).toEqual(consultations);
    // The v3 fields are in the register, so the rebuild above covers them.
    expect(
      consultations.some((c) => c.outcome?.recommendations?.some((r) => r.gcmObjectives)),
    ).toBe(true);
    expect(consultations.some((c) => c.outcome && !c.outcome.recommendations)).toBe(true);
    expect(consultations.some((c) => c.outcome?.recommendations?.length === 0)).toBe(true);
    expect(consultations.some((c) => c.relatedEventIds && c.venueSources && c.format)).toBe(true);
    expect(
      consultations.some((c) => c.participants?.some((p) => p.qualifier === 'indefinite')),
    ).toBe(true);
    expect(consultations.some((c) => c.sources.some((s) => s.publishedOn?.length === 7))).toBe(
      true,
    );
    for (const field of ['format', 'stakeholders', 'venueSources', 'multiStakeholder'] as const)
      expect(
        consultations.some((c) => c.parts?.some((p) => p[field] !== undefined)),
        field,
      ).toBe(true);
    expect(consultations.some((c) => c.speakers?.some((s) => s.sources))).toBe(true);
    expect(consultations.some((c) => c.organizations?.some((o) => o.sources))).toBe(true);
  });
});

describe('gcm-kit export with --records: counts of parts, which the register has none of', () => {
  // A test record, not a fact: an online meeting of two days, with a count of
  // its own and one per day, the first in words only.
  const record = {
    id: 'my-meeting-2026-11-20',
    kind: 'national',
    title: 'My two-day meeting',
    dates: { start: '2026-11-20', end: '2026-11-21' },
    format: 'online',
    participants: [{ count: 60, qualifier: 'about', sources: [0] }],
    parts: [
      {
        id: 'day-1',
        dates: { start: '2026-11-20', end: '2026-11-20' },
        format: 'online',
        participants: [{ qualifier: 'indefinite', asStated: 'several dozen', sources: [0] }],
      },
      {
        id: 'day-2',
        dates: { start: '2026-11-21', end: '2026-11-21' },
        format: 'online',
        participants: [{ count: 30, qualifier: 'over', asStated: 'more than 30', sources: [0] }],
      },
    ],
    sources: [{ title: 'My notes', publisher: 'Me', publishedOn: '2026-11' }],
  };
  const dir = mkdtempSync(join(tmpdir(), 'gcm-kit-export-records-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'meeting.json');
  writeFileSync(file, `${JSON.stringify(record)}\n`);

  it('writes the record whole as NDJSON, after the register', () => {
    const run = gcm(['export', 'consultations', '--format', 'ndjson', '--records', file]);
    expect([run.code, run.err]).toEqual([0, '']);
    const rows = run.out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(consultations.length + 1);
    expect(rows.at(-1)).toEqual(record);
  });

  it("writes the record's counts and the parts' in consultation-participants, told apart by partId", () => {
    const out = join(dir, 'out');
    expect(gcm(['export', '--all', '--dir', out, '--records', file]).code).toBe(0);
    const rows = readCsv(readFileSync(join(out, 'consultation-participants.csv'), 'utf8'))
      .filter((row) => row.consultationId === record.id)
      .map((r) => [r.countIndex, r.partId, r.count, r.qualifier, r.asStated, r.sourceIndexes]);
    expect(rows).toEqual([
      ['0', '', '60', 'about', '', '0'],
      ['0', 'day-1', '', 'indefinite', 'several dozen', '0'],
      ['0', 'day-2', '30', 'over', 'more than 30', '0'],
    ]);
    const parts = readCsv(readFileSync(join(out, 'consultation-parts.csv'), 'utf8')).filter(
      (row) => row.consultationId === record.id,
    );
    expect(parts.map((p) => [p.partId, p.format])).toEqual([
      ['day-1', 'online'],
      ['day-2', 'online'],
    ]);
    const sourceRows = readCsv(readFileSync(join(out, 'consultation-sources.csv'), 'utf8'));
    expect(sourceRows.find((row) => row.consultationId === record.id)?.publishedOn).toBe('2026-11');
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    const schema = (name: string) =>
      descriptor.resources.find((r: { name: string }) => r.name === name).schema;
    expect(schema('consultation-participants').primaryKey).toEqual([
      'consultationId',
      'partId',
      'countIndex',
    ]);
    const publishedOn = schema('consultation-sources').fields.find(
      (f: { name: string }) => f.name === 'publishedOn',
    );
    expect(publishedOn).toMatchObject({
      type: 'string',
      constraints: { pattern: expect.any(String) },
    });
    const month = new RegExp(`^(${publishedOn.constraints.pattern})$`);
    expect(
      ['2026-11', '2026-11-20', '2026', '2026-11-2', 'November 2026'].map((d) => month.test(d)),
    ).toEqual([true, true, false, false, false]);
    // relatedEventIds: only ids of events.csv, one or more, joined.
    const related = schema('consultations').fields.find(
      (f: { name: string }) => f.name === 'relatedEventIds',
    );
    const ids = new RegExp(`^(${related.constraints.pattern})$`);
    expect(ids.test('imrf-2022')).toBe(true);
    expect(ids.test('imrf-2022; regional-review-unece-2020')).toBe(true);
    expect(ids.test('imrf-2099')).toBe(false);
    expect(ids.test('imrf-2022;imrf-2022-hearing')).toBe(false);
  });
});
