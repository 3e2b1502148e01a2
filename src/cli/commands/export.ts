import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe } from '../../_lib/describe.js';
import { consultationTablesOf } from '../consultationTables.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { printable } from '../printable.js';
import { loadRecords, recordsHelp } from '../records.js';
import { type Cell, type Column, LIST_SEPARATOR, type Table } from '../tableKit.js';
import { tables as allTables } from '../tables.js';
import { packageVersion } from '../version.js';

export const exportHelp = `Usage: gcm-kit export <dataset> [--format csv|ndjson|json]
       gcm-kit export --all --dir <folder>
       gcm-kit export consultations --records PATH... [--format F]

Writes a dataset for spreadsheets, R or Python: whole records as JSON or
NDJSON, or a flat table as CSV (a consultation's lists of objects are the
consultation-* tables, linked by consultationId).

Datasets: ${allTables.map((t) => t.name).join(', ')}

  --format F   csv (default), ndjson (one whole record a line) or json (an array)
  --all        every table as CSV, plus a Frictionless datapackage.json
  --dir D      with --all: the folder to write to (made if missing)
${recordsHelp}
                   (with export consultations or --all: the consultations
                   table holds the built-in records and yours)

In CSV, the items of a list field are joined with "${LIST_SEPARATOR}" and an empty cell
means no value; NDJSON and JSON leave absent fields out (never null).

Example: gcm-kit export events --format csv > events.csv`;

export interface ExportOptions {
  format?: string | undefined;
  all?: boolean | undefined;
  dir?: string | undefined;
  records?: readonly string[] | undefined;
}

const formats = ['csv', 'ndjson', 'json'] as const;

/** A row as CSV cells: lists joined, no value empty. */
function csvCells(table: Table<unknown>, row: unknown): string[] {
  return table.columns.map(({ get }) => {
    const value: Cell = get(row);
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
    return String(value);
  });
}

/**
 * A value as JSON without its absent fields: object keys whose value is null
 * or undefined are dropped, at every depth (the guide promises no `null`).
 */
export function withoutAbsent(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAbsent);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    if (item !== null && item !== undefined) out[key] = withoutAbsent(item);
  return out;
}

/** A flat row as a JSON object: lists as arrays, absent cells left out. */
function jsonRow(table: Table<unknown>, row: unknown): unknown {
  return withoutAbsent(Object.fromEntries(table.columns.map(({ name, get }) => [name, get(row)])));
}

/** What JSON and NDJSON write for a dataset: its whole records, or its rows for a child table. */
function jsonRecords(table: Table<unknown>): unknown[] {
  return table.records
    ? table.records().map(withoutAbsent)
    : table.rows().map((row) => jsonRow(table, row));
}

// csv-stringify is loaded by the export command only, so that the other
// commands start without it.
let stringify: typeof import('csv-stringify/sync').stringify | undefined;

/** A dataset in one of the formats (after exportData has loaded the CSV writer). */
export function formatTable(table: Table<unknown>, format: (typeof formats)[number]): string {
  if (format === 'csv') {
    if (stringify === undefined) throw new Error('formatTable: the CSV writer is not loaded');
    return stringify(
      table.rows().map((row) => csvCells(table, row)),
      { header: true, columns: table.columns.map((c) => c.name), record_delimiter: 'unix' },
    );
  }
  const records = jsonRecords(table);
  if (format === 'ndjson') return records.map((record) => `${JSON.stringify(record)}\n`).join('');
  return `${JSON.stringify(records, null, 2)}\n`;
}

/**
 * A Frictionless constraint for a code list or a pattern: `enum` for a value
 * of a code list, `pattern` for a value with a pattern or for a joined list.
 */
function codeListConstraint(column: Column<unknown>): Record<string, unknown> {
  if (column.enum === undefined && column.pattern === undefined) return {};
  if (!column.list && column.pattern === undefined) return { enum: [...(column.enum ?? [])] };
  // XML Schema regular expressions, as Table Schema asks: anchored, no (?:).
  const item =
    column.pattern ??
    `(${(column.enum ?? []).map((code) => code.replace(/[.\\-]/g, '\\$&')).join('|')})`;
  return { pattern: column.list ? `(${item})(${LIST_SEPARATOR}(${item}))*` : item };
}

/** Frictionless field constraints of a column. */
function constraints(column: Column<unknown>): Record<string, unknown> {
  const all = { ...(column.required ? { required: true } : {}), ...codeListConstraint(column) };
  return Object.keys(all).length > 0 ? { constraints: all } : {};
}

/** When the package was written: SOURCE_DATE_EPOCH (seconds) if set, for reproducible output. */
function createdAt(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The Frictionless Tabular Data Package descriptor of the CSV files `--all` writes. */
export function dataPackage(version: string): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'gcm-kit',
    version,
    created: createdAt(),
    title: 'gcm-kit: the Global Compact for Safe, Orderly and Regular Migration as tables',
    description:
      'Source-cited reference data on the GCM: its events, phases, thematic sessions, objectives and guiding principles, IOM MiGOF, the sources every record cites by id, and the register of consultations with its child tables (linked by consultationId). Written by gcm-kit export --all; `version` is the version of gcm-kit that wrote it, `created` when.',
    licenses: [{ name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License' }],
    resources: allTables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, header: true },
      schema: {
        fields: table.columns.map((c) => ({
          name: c.name,
          type: c.type,
          format: 'default',
          description: c.list
            ? `${c.description} (a list: items joined with "${LIST_SEPARATOR}")`
            : c.description,
          ...constraints(c),
        })),
        primaryKey: [...(table.primaryKey ?? ['id'])],
        ...(table.foreignKeys
          ? {
              foreignKeys: table.foreignKeys.map((key) => ({
                fields: [...key.fields],
                reference: { resource: key.resource, fields: [...key.referencedFields] },
              })),
            }
          : {}),
        missingValues: [''],
      },
    })),
  };
}

export async function exportData(
  args: readonly string[],
  options: ExportOptions,
  io: Io,
): Promise<number> {
  stringify ??= (await import('csv-stringify/sync')).stringify;
  const format = options.format ?? 'csv';
  if (!(formats as readonly string[]).includes(format))
    throw new UsageError(
      `export: unknown format ${describe(format)}; expected ${formats.join(', ')}`,
    );
  if (options.records !== undefined && !options.all && args[0] !== 'consultations')
    throw new UsageError('export: --records goes with export consultations or --all');
  const { queries, leftOut } = await loadRecords(options.records, 'export', io);
  // With --records, the consultation tables (the whole records for JSON, the
  // rows and child rows for CSV) over the built-in records and the user's.
  const own = options.records === undefined ? [] : consultationTablesOf(queries.consultations);
  const tables = allTables.map((table) => own.find((t) => t.name === table.name) ?? table);
  // With bad records, the good ones are still written, and the status is 1.
  const status = leftOut > 0 ? 1 : 0;
  if (options.all) {
    if (args.length > 0)
      throw new UsageError(`export: --all writes every dataset; drop ${describe(args[0])}`);
    if (options.dir === undefined) throw new UsageError('export: --all needs --dir <folder>');
    if (format !== 'csv')
      throw new UsageError('export: --all writes CSV files and datapackage.json; drop --format');
    await mkdir(options.dir, { recursive: true });
    for (const table of tables)
      await writeFile(join(options.dir, `${table.name}.csv`), formatTable(table, 'csv'));
    await writeFile(
      join(options.dir, 'datapackage.json'),
      `${JSON.stringify(dataPackage(packageVersion()), null, 2)}\n`,
    );
    io.out(`wrote ${tables.length} tables and datapackage.json to ${printable(options.dir)}`);
    return status;
  }
  if (options.dir !== undefined) throw new UsageError('export: --dir goes with --all');
  const name = args[0];
  const table = tables.find((t) => t.name === name);
  // An unknown name is echoed (cut), so the eight consultation-* tables are
  // summed up to keep the line short; --help lists them.
  if (name !== undefined && table === undefined) {
    const main = tables.filter((t) => !t.name.startsWith('consultation-')).map((t) => t.name);
    throw new UsageError(
      `export: unknown dataset ${describe(name)}; expected ${main.join(', ')}, a consultation-* table, or --all`,
    );
  }
  if (args.length !== 1 || table === undefined)
    throw new UsageError(
      args.length === 0
        ? `export: name one of ${tables.map((t) => t.name).join(', ')} (or --all)`
        : `export: name one dataset (or --all), got ${args.length}: ${args.map((a) => describe(a)).join(' ')}`,
    );
  io.out(formatTable(table, format as (typeof formats)[number]).replace(/\n$/, ''));
  return status;
}
