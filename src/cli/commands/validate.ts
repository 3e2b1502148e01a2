import { createReadStream, statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

export const validateHelp = `Usage: gcm-kit validate <file...|-> [--json]

Checks consultation records: a JSON object, a JSON array, or NDJSON (one
record a line), from files or from standard input (-). Prints a line per
problem (file, line, record, path, message) and a summary.

  --json       print the results as JSON

Exit status: 0 when every record is valid (warnings allowed), 1 when any is
invalid or unreadable, 2 for a usage error or a file that cannot be read.

Example: gcm-kit validate examples/*.json`;

interface FileResult {
  file: string;
  read: number;
  valid: number;
  invalid: number;
  unreadable: number;
  warnings: number;
  problems?: unknown[];
}

export async function validate(
  files: readonly string[],
  options: {
    json?: boolean | undefined;
    /** For tests: the reader's limit, which the CLI leaves at its default. */
    maxRecordLength?: number;
  },
  io: Io,
): Promise<number> {
  if (files.length === 0)
    throw new UsageError('validate: name at least one file, or - for standard input');
  if (files.filter((f) => f === '-').length > 1)
    throw new UsageError('validate: standard input (-) can be read once');
  for (const file of files) {
    if (file === '-') continue;
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw new UsageError(`validate: cannot read ${JSON.stringify(file)}: no such file`);
    }
    if (!isFile) throw new UsageError(`validate: cannot read ${JSON.stringify(file)}: not a file`);
  }
  let schemas: typeof import('../../schemas/index.js');
  try {
    schemas = await import('../../schemas/index.js');
  } catch {
    throw new UsageError('validate: the zod package is needed; install it with: npm install zod');
  }
  const s = io.style;
  const results: FileResult[] = [];
  for (const file of files) {
    const name = file === '-' ? '(stdin)' : file;
    const source = file === '-' ? io.stdin : createReadStream(file);
    const problems: unknown[] = [];
    let summary: Awaited<ReturnType<typeof schemas.validateMany>>;
    try {
      summary = await schemas.validateMany(source as AsyncIterable<unknown>, {
        keep: 'none',
        ...(options.maxRecordLength !== undefined
          ? { maxRecordLength: options.maxRecordLength }
          : {}),
        onReport: (report) => {
          if (report.issues.length === 0) return;
          if (options.json) {
            problems.push({ ...report, file: name });
            return;
          }
          const where = `${name}${report.line !== undefined ? `:${report.line}` : ''}`;
          const record =
            report.id !== undefined
              ? `record ${JSON.stringify(report.id)}`
              : `record #${report.index + 1}`;
          for (const issue of report.issues) {
            const tag = issue.severity === 'error' ? s.red('error') : s.yellow('warning');
            const hint =
              issue.suggestion !== undefined
                ? ` (did you mean ${JSON.stringify(issue.suggestion)}?)`
                : '';
            io.out(`${where}: ${tag}: ${record}: ${issue.path}: ${issue.message}${hint}`);
          }
        },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`validate: cannot read ${JSON.stringify(name)}: ${reason}`);
    }
    const { read, valid, invalid, unreadable, warnings } = summary;
    results.push({
      file: name,
      read,
      valid,
      invalid,
      unreadable,
      warnings,
      ...(options.json ? { problems } : {}),
    });
  }
  const total = results.reduce(
    (t, r) => ({
      read: t.read + r.read,
      valid: t.valid + r.valid,
      invalid: t.invalid + r.invalid,
      unreadable: t.unreadable + r.unreadable,
      warnings: t.warnings + r.warnings,
    }),
    { read: 0, valid: 0, invalid: 0, unreadable: 0, warnings: 0 },
  );
  const ok = total.invalid === 0 && total.unreadable === 0;
  if (options.json) {
    io.out(JSON.stringify({ ok, files: results, total }, null, 2));
  } else {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const line = `${plural(results.length, 'file')}, ${plural(total.read, 'record')}: ${total.valid} valid, ${total.invalid} invalid, ${total.unreadable} unreadable; ${plural(total.warnings, 'warning')}`;
    io.out(ok ? s.green(line) : s.red(line));
  }
  return ok ? 0 : 1;
}
