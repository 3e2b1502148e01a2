import { describe } from '../../_lib/describe.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { issueLine } from '../issueLine.js';
import { fs } from '../node.js';
import { printable, printableJson } from '../printable.js';

const { createReadStream, readFileSync, statSync } = fs;

export const validateHelp = `Usage: gcm-kit validate <file...|-> [--json]

Checks consultation records: a JSON object, a JSON array, or NDJSON (one
record a line), from files, pipes or standard input (-). Prints a line per
problem, as file:line:column  severity  path  message  (did you mean …),
and a summary; --json gives each issue its line and column too. Control
characters from the input are printed escaped (\u001b).

  --json       print the results as JSON, written as it goes

Exit status: 0 when every record is valid (warnings allowed), 1 when any is
invalid or unreadable, 2 for a usage error or a file that cannot be read.

Example: gcm-kit validate examples/*.json`;

interface Counts {
  read: number;
  valid: number;
  invalid: number;
  unreadable: number;
  warnings: number;
}

export async function validate(
  files: readonly string[],
  options: {
    json?: boolean | undefined;
    /** For tests: the reader's limit, which the CLI leaves at its default. */
    maxRecordLength?: number;
    /** For tests: how many ids the repeated-id rule remembers, which the CLI leaves at its default. */
    maxIds?: number;
  },
  io: Io,
): Promise<number> {
  if (files.length === 0)
    throw new UsageError('validate: name at least one file, or - for standard input');
  // /dev/stdin is read from the process's own stdin: opening it again fails
  // when stdin is a socket, as a parent process's pipe may be.
  const isStdin = (file: string) => file === '-' || file === '/dev/stdin';
  if (files.filter(isStdin).length > 1)
    throw new UsageError('validate: standard input (- or /dev/stdin) can be read once');
  // Regular files of at most 1 MiB, read at once: a stream costs more to
  // set up than such a file takes to read (issue 16, the cold start).
  const small = new Set<string>();
  for (const file of files) {
    if (isStdin(file)) continue;
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(file);
    } catch {
      throw new UsageError(`validate: cannot read ${describe(file)}: no such file`);
    }
    // Other files, pipes (<(cat f), FIFOs, /dev/stdin) and devices are read as streams.
    if (stats.isDirectory())
      throw new UsageError(`validate: cannot read ${describe(file)}: a directory`);
    if (stats.isFile() && stats.size <= SMALL_FILE) small.add(file);
  }
  // The bulk validator is free of zod: zod is loaded only when a record
  // fails the fast check, so a clean file never pays for it.
  const { validateMany } = await import('../../schemas/validateMany.js');
  const { locateAll } = await import('../../schemas/locate.js');
  const s = io.style;
  const json = options.json === true;
  const total: Counts = { read: 0, valid: 0, invalid: 0, unreadable: 0, warnings: 0 };
  // --json is written as it goes, a problem a line as soon as it is found,
  // so memory stays flat however many problems there are; a problem after
  // the first starts with its comma.
  let problems = 0;
  // Files in which the repeated-id rule stopped remembering ids, and at how many.
  const stopped: [file: string, ids: number][] = [];
  if (json) io.out('{\n  "files": [');
  for (const [n, file] of files.entries()) {
    const name = file === '-' ? '(stdin)' : file;
    const source = isStdin(file) ? io.stdin : small.has(file) ? undefined : createReadStream(file);
    if (json) {
      io.out(`    {\n      "file": ${printableJson(name)},\n      "problems": [`);
      problems = 0;
    }
    let summary: Awaited<ReturnType<typeof validateMany>>;
    try {
      // Read inside the try, so that a file that cannot be read is said as a stream's would be.
      summary = await validateMany((source ?? readFileSync(file)) as AsyncIterable<unknown>, {
        keep: 'none',
        ...(options.maxRecordLength !== undefined
          ? { maxRecordLength: options.maxRecordLength }
          : {}),
        ...(options.maxIds !== undefined ? { maxIds: options.maxIds } : {}),
        onReport: (report, text) => {
          if (report.issues.length === 0) return;
          // Positions of the issues in the file, for a record read from text:
          // one more pass over the record's text, only when it has issues.
          const positions =
            text !== undefined && report.line !== undefined
              ? locateAll(
                  text,
                  { line: report.line, column: report.column ?? 1 },
                  report.issues.map((i) => ({ path: i.path, key: i.code === 'unrecognized_key' })),
                )
              : undefined;
          const at = (issue: (typeof report.issues)[number]) =>
            positions?.[report.issues.indexOf(issue)] ??
            (report.line !== undefined ? { line: report.line } : {});
          if (json) {
            const located = {
              ...report,
              file: name,
              issues: report.issues.map((issue) => ({ ...issue, ...at(issue) })),
            };
            io.out(`      ${problems++ === 0 ? '  ' : ', '}${printableJson(located)}`);
            return;
          }
          for (const issue of report.issues) {
            const { line, column } = at(issue) as { line?: number; column?: number };
            const where = `${name}${line !== undefined ? `:${line}` : ''}${column !== undefined ? `:${column}` : ''}`;
            const record =
              report.line === undefined
                ? `  ${report.id !== undefined ? `record ${printableJson(report.id)}` : `record #${report.index + 1}`}`
                : '';
            io.out(issueLine(where, issue, s, record));
          }
        },
      });
    } catch (error) {
      if (isZodMissing(error))
        throw new UsageError(
          'validate: the zod package is needed; install it with: npm install zod',
        );
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`validate: cannot read ${describe(name)}: ${reason}`);
    }
    const { read, valid, invalid, unreadable, warnings } = summary;
    if (summary.idCheckStoppedAt !== undefined) stopped.push([name, summary.idCheckStoppedAt]);
    const counts: Counts = { read, valid, invalid, unreadable, warnings };
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
    if (json) {
      const fields = Object.entries(counts).map(([k, v]) => `      "${k}": ${v}`);
      if (summary.idCheckStoppedAt !== undefined)
        fields.push(`      "idCheckStoppedAt": ${summary.idCheckStoppedAt}`);
      io.out(`      ],\n${fields.join(',\n')}\n    }${n < files.length - 1 ? ',' : ''}`);
    }
  }
  const ok = total.invalid === 0 && total.unreadable === 0;
  if (json) {
    io.out(`  ],\n  "total": ${JSON.stringify(total)},\n  "ok": ${ok}\n}`);
  } else {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const line = `${plural(files.length, 'file')}, ${plural(total.read, 'record')}: ${total.valid} valid, ${total.invalid} invalid, ${total.unreadable} unreadable; ${plural(total.warnings, 'warning')}`;
    const limit = stopped.map(
      ([file, ids]) =>
        `; the repeated-id check stopped at ${ids.toLocaleString('en')} ids${files.length > 1 ? ` in ${printable(file)}` : ''}: later repeats are not flagged`,
    );
    io.out(ok ? s.green(line + limit.join('')) : s.red(line + limit.join('')));
  }
  return ok ? 0 : 1;
}

/** Largest file read at once rather than as a stream, in bytes (1 MiB). */
const SMALL_FILE = 1 << 20;

/** Whether an error is the failure to load zod, a peer dependency the CLI loads late. */
function isZodMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    error instanceof Error &&
    /['"]zod['"]/.test(error.message)
  );
}
