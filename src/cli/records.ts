import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from '../_lib/describe.js';
import { builtInQueries } from '../consultations/builtIn.js';
import type { ConsultationQueries } from '../consultations/createQueries.js';
import type { ValidationIssue } from '../schemas/issues.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { issueLine } from './issueLine.js';
import { printable } from './printable.js';
import { plainStyle } from './style.js';

// `--records PATH` of when, list consultations and export: the user's record
// files, read and checked by the bulk validator (validateMany), added to the
// built-in register by createRegister. Problems go to stderr, one line each,
// as `gcm-kit validate` prints them; the good records still load.

/** The help text of the option, shared by the commands that take it. */
export const recordsHelp = `  --records PATH   add your own consultation records: a file (JSON, JSON array or
                   NDJSON) or a folder, whose *.json and *.ndjson files are read
                   (not its subfolders); repeatable. A bad record is reported on
                   stderr as file:line:column  error  path  message, the others
                   still load, and the exit status is then 1`;

/** The register the command works on, and how many of the user's records were left out. */
export interface LoadedRecords {
  readonly queries: ConsultationQueries;
  /** Records (or unreadable pieces of text) left out, each reported on stderr. */
  readonly leftOut: number;
}

/** The files a --records path names: the file itself, or a folder's *.json and *.ndjson files, by name. */
function filesOf(path: string, command: string, io: Io): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new UsageError(
      `${command}: cannot read --records ${describe(path)}: no such file or folder`,
    );
  }
  if (!isDirectory) return [path];
  const files = readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && /\.(?:json|ndjson)$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(path, name));
  if (files.length === 0)
    io.err(
      `gcm-kit ${command}: note: --records ${printable(path)} holds no *.json or *.ndjson file`,
    );
  return files;
}

/**
 * The built-in register, plus the records of the --records paths when there
 * are any. Without paths, nothing is read and zod is not loaded.
 */
export async function loadRecords(
  paths: readonly string[] | undefined,
  command: string,
  io: Io,
): Promise<LoadedRecords> {
  if (paths === undefined || paths.length === 0) return { queries: builtInQueries(), leftOut: 0 };
  const files = paths.flatMap((path) => filesOf(path, command, io));
  let schemas: typeof import('../schemas/index.js');
  let locator: typeof import('../schemas/locate.js').createLocator;
  try {
    schemas = await import('../schemas/index.js');
    locator = (await import('../schemas/locate.js')).createLocator;
  } catch {
    throw new UsageError(
      `${command}: --records needs the zod package to check records; install it with: npm install zod`,
    );
  }
  const values: unknown[] = [];
  /** Where each id was first seen: a place in a file. */
  const seen = new Map<string, string>();
  const builtIn = new Set(builtInQueries().consultations.map((c) => c.id));
  let leftOut = 0;
  for (const file of files) {
    try {
      await schemas.validateMany(createReadStream(file), {
        keep: 'none',
        onReport: (report, text) => {
          const start = { line: report.line ?? 1, column: report.column ?? 1 };
          const locate = text !== undefined ? locator(text, start) : undefined;
          const place = (issue: ValidationIssue) => {
            const at =
              locate?.(issue.path, issue.code === 'unrecognized_key') ??
              (report.line !== undefined ? { line: report.line } : {});
            return `${file}${at.line !== undefined ? `:${at.line}` : ''}${'column' in at && at.column !== undefined ? `:${at.column}` : ''}`;
          };
          for (const issue of report.issues) io.err(issueLine(place(issue), issue, plainStyle));
          if (report.status !== 'valid' || text === undefined) {
            leftOut++;
            return;
          }
          // The record's own text, which the validator just read as JSON.
          const value = JSON.parse(text) as { id: string };
          const here = `${file}:${start.line}:${start.column}`;
          const first = builtIn.has(value.id)
            ? 'a built-in record of the register'
            : seen.get(value.id);
          if (first !== undefined) {
            const issue: ValidationIssue = {
              path: 'id',
              message: `repeats the id ${value.id} of ${first}; ids must be unique`,
              severity: 'error',
              code: 'duplicate_id',
            };
            io.err(issueLine(place(issue), issue, plainStyle));
            leftOut++;
            return;
          }
          seen.set(value.id, here);
          values.push(value);
        },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`${command}: cannot read --records file ${describe(file)}: ${reason}`);
    }
  }
  const register = schemas.createRegister(values);
  // Every record passed the validator and the id checks above; anything
  // createRegister still refuses is said, never dropped in silence.
  for (const report of register.reports) {
    if (report.status === 'valid') continue;
    leftOut++;
    for (const issue of report.issues)
      io.err(issueLine(`(records) record #${report.index + 1}`, issue, plainStyle));
  }
  if (leftOut > 0)
    io.err(
      `gcm-kit ${command}: ${leftOut} record${leftOut === 1 ? '' : 's'} of --records left out (see above); ${register.added} added`,
    );
  return { queries: register, leftOut };
}
