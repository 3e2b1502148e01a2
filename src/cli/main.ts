import { parseArgs } from 'node:util';
import { describe } from '../_lib/describe.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { printable } from './printable.js';
import { makeStyle } from './style.js';
import { packageVersion } from './version.js';

const mainHelp = `Usage: gcm-kit <command> [options]

The Global Compact for Safe, Orderly and Regular Migration, from the command line.

Commands:
  when <date|now>      where a day falls in the GCM process
  validate <file...>   check consultation records (JSON, JSON array, NDJSON; - for stdin)
  timeline             list or draw the events (text, json, ics, svg)
  list <what>          list phases, sessions, objectives, principles, migof, sources
                       or consultations
  schema <name>        print a JSON Schema
  export <dataset>     write a dataset as CSV, NDJSON or JSON (--all: every one, with datapackage.json)

Options:
  --help               help for gcm-kit or for a command
  --version            print the version

Run gcm-kit <command> --help for a command's options.`;

// Each command's code is loaded when it runs (or its help is asked for), so
// that a run of one command reads only that command's code and data.
const helps: Record<string, () => Promise<string>> = {
  when: async () => (await import('./commands/when.js')).whenHelp,
  validate: async () => (await import('./commands/validate.js')).validateHelp,
  timeline: async () => (await import('./commands/timeline.js')).timelineHelp,
  list: async () => (await import('./commands/list.js')).listHelp,
  schema: async () => (await import('./commands/schema.js')).schemaHelp,
  export: async () => (await import('./commands/export.js')).exportHelp,
};

/** Runs the command line; returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        tz: { type: 'string' },
        lang: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        kind: { type: 'string', multiple: true },
        format: { type: 'string' },
        mark: { type: 'string' },
        country: { type: 'string' },
        all: { type: 'boolean' },
        dir: { type: 'string' },
        records: { type: 'string', multiple: true },
      },
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    // parseArgs echoes an unknown option whole, twice: name it once, cut as
    // describe() cuts, and cut any other message too.
    const unknown = /^Unknown option '(.*?)'\. To specify a positional argument/s.exec(
      message ?? '',
    );
    const said =
      unknown !== null
        ? `unknown option ${describe(unknown[1])}`
        : (message ?? '').length > 200
          ? `${(message ?? '').slice(0, 200)}…`
          : message;
    io.err(`gcm-kit: ${said} (see gcm-kit --help)`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.version && command === undefined) {
    io.out(packageVersion());
    return 0;
  }
  if (command === undefined) {
    if (values.help) {
      io.out(mainHelp);
      return 0;
    }
    io.err(
      'gcm-kit: name a command: when, validate, timeline, list or schema (see gcm-kit --help)',
    );
    return 2;
  }
  if (values.help) {
    // Own keys only: constructor, toString and __proto__ are not commands.
    const help = Object.hasOwn(helps, command) ? helps[command] : undefined;
    if (help === undefined) {
      io.err(`gcm-kit: unknown command ${describe(command)} (see gcm-kit --help)`);
      return 2;
    }
    io.out(await help());
    return 0;
  }
  const allowed: Record<string, readonly string[]> = {
    when: ['tz', 'lang', 'json', 'records'],
    validate: ['json'],
    timeline: ['from', 'to', 'kind', 'format', 'mark'],
    list: ['lang', 'json', 'country', 'kind', 'records'],
    schema: [],
    export: ['format', 'all', 'dir', 'records'],
  };
  const known = Object.hasOwn(allowed, command) ? allowed[command] : undefined;
  if (known === undefined) {
    io.err(`gcm-kit: unknown command ${describe(command)} (see gcm-kit --help)`);
    return 2;
  }
  try {
    const stray = Object.keys(values).find(
      (key) => !known.includes(key) && key !== 'help' && key !== 'version',
    );
    if (stray !== undefined)
      throw new UsageError(`${command}: --${stray} is not an option of this command`);
    switch (command) {
      case 'when':
        return await (await import('./commands/when.js')).when(args, values, io);
      case 'validate':
        return await (await import('./commands/validate.js')).validate(args, values, io);
      case 'timeline':
        return await (await import('./commands/timeline.js')).timeline(args, values, io);
      case 'list':
        return await (await import('./commands/list.js')).list(args, values, io);
      case 'export':
        return await (await import('./commands/export.js')).exportData(args, values, io);
      default:
        return await (await import('./commands/schema.js')).schema(args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(
        `gcm-kit ${error.message} (see gcm-kit ${command} --help)`.replace(
          `gcm-kit unknown`,
          'gcm-kit: unknown',
        ),
      );
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`gcm-kit: unexpected error: ${message}`);
    return 2;
  }
}

// A reader that stops early (gcm-kit … | head) closes the pipe: the next
// write fails with EPIPE. Stop quietly and successfully, as other command-line
// tools do, rather than print a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Standard output is written a chunk at a time, not a call per line (a file
// with many problems prints thousands of lines): what is printed in one turn
// of the event loop goes out together at its end, or at 64 KB, so output
// still appears as the input arrives.
let pending = '';
let scheduled = false;
const flush = () => {
  if (pending === '') return;
  const text = pending;
  pending = '';
  process.stdout.write(text);
};

const io: Io = {
  out: (text) => {
    pending += `${text}\n`;
    if (pending.length >= 65_536) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        flush();
      });
    }
  },
  err: (text) => {
    flush();
    process.stderr.write(`${makeStyle(process.stderr, process.env).red(printable(text))}\n`);
  },
  style: makeStyle(process.stdout, process.env),
  now: () => new Date(),
  stdin: process.stdin,
};

run(process.argv.slice(2), io).then(
  (code) => {
    flush();
    process.exitCode = code;
  },
  (error: unknown) => {
    flush();
    process.stderr.write(
      `gcm-kit: unexpected error: ${printable(error instanceof Error ? error.message : String(error))}\n`,
    );
    process.exitCode = 2;
  },
);
