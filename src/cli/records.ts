import { join } from 'node:path';
import { describe } from '../_lib/describe.js';
import { builtInQueries } from '../consultations/builtIn.js';
import type { ConsultationQueries } from '../consultations/createQueries.js';
import type { Consultation } from '../consultations/types.js';
import type { ValidationIssue } from '../schemas/issues.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { issueLine } from './issueLine.js';
import { fs } from './node.js';
import { printable } from './printable.js';
import { plainStyle } from './style.js';

const { createReadStream, readdirSync, statSync } = fs;

// `--records PATH` of when, list consultations and export: the user's record
// files, read and checked once by the bulk validator (validateMany), their
// ids by the register's id rule (createIdCheck, as createRegister), then
// added to the built-in register (registerOf). Problems go to stderr, one
// line each, as `gcm-kit validate` prints them; the good records still load.

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
  let validateMany: typeof import('../schemas/validateMany.js').validateMany;
  let register: typeof import('../schemas/createRegister.js');
  let locator: typeof import('../schemas/locate.js').createLocator;
  try {
    validateMany = (await import('../schemas/validateMany.js')).validateMany;
    register = await import('../schemas/createRegister.js');
    locator = (await import('../schemas/locate.js')).createLocator;
  } catch {
    throw new UsageError(
      `${command}: --records needs the zod package to check records; install it with: npm install zod`,
    );
  }
  // The validator checks each record, and the register's id rule each
  // valid one, naming an earlier record by its place; the records that pass
  // both join the register as they are.
  const added: Consultation[] = [];
  const repeatOf = register.createIdCheck();
  let leftOut = 0;
  for (const file of files) {
    try {
      await validateMany(createReadStream(file), {
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
          // The record's own text, which the validator just read as JSON and found valid.
          const record = JSON.parse(text) as Consultation;
          const repeat = repeatOf(record.id, `${file}:${start.line}:${start.column}`);
          if (repeat !== undefined) {
            io.err(issueLine(place(repeat), repeat, plainStyle));
            leftOut++;
            return;
          }
          added.push(record);
        },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`${command}: cannot read --records file ${describe(file)}: ${reason}`);
    }
  }
  if (leftOut > 0)
    io.err(
      `gcm-kit ${command}: ${leftOut} record${leftOut === 1 ? '' : 's'} of --records left out (see above); ${added.length} added`,
    );
  return { queries: register.registerOf(added), leftOut };
}
