import { describe } from '../_lib/describe.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { util } from './node.js';
import { printable } from './printable.js';
import { isTerminal, writeOut } from './stdout.js';
import { makeStyle, type Style } from './style.js';
import { packageVersion } from './version.js';

/** What `run` hands a command: the parsed options. */
type Values = ReturnType<typeof parseOptions>['values'];

/**
 * A command: its line in gcm-kit --help, the options it takes, and its code,
 * loaded when it runs (or its help is asked for), so that a run of one
 * command reads only that command's code and data. The one list of commands:
 * the help, the dispatch and the messages are made from it.
 */
interface Command {
  readonly usage: string;
  /** What it does, a line each (the help wraps nothing itself). */
  readonly summary: readonly string[];
  readonly options: readonly string[];
  readonly help: () => Promise<string>;
  readonly run: (args: readonly string[], values: Values, io: Io) => Promise<number>;
}

const commands: Readonly<Record<string, Command>> = {
  when: {
    usage: 'when <date|now>',
    summary: ['where a day falls in the GCM process'],
    options: ['tz', 'lang', 'json', 'records'],
    help: async () => (await import('./commands/when.js')).whenHelp,
    run: async (args, values, io) => (await import('./commands/when.js')).when(args, values, io),
  },
  validate: {
    usage: 'validate <file...>',
    summary: ['check consultation records (JSON, JSON array, NDJSON; - for stdin)'],
    options: ['json'],
    help: async () => (await import('./commands/validate.js')).validateHelp,
    run: async (args, values, io) =>
      (await import('./commands/validate.js')).validate(args, values, io),
  },
  timeline: {
    usage: 'timeline',
    summary: ['list or draw the events (text, json, ics, svg)'],
    options: ['from', 'to', 'kind', 'format', 'mark'],
    help: async () => (await import('./commands/timeline.js')).timelineHelp,
    run: async (args, values, io) =>
      (await import('./commands/timeline.js')).timeline(args, values, io),
  },
  list: {
    usage: 'list <what>',
    summary: ['list phases, sessions, objectives, principles, migof, sources', 'or consultations'],
    options: ['lang', 'json', 'country', 'kind', 'records'],
    help: async () => (await import('./commands/list.js')).listHelp,
    run: async (args, values, io) => (await import('./commands/list.js')).list(args, values, io),
  },
  schema: {
    usage: 'schema <name>',
    summary: ['print a JSON Schema'],
    options: [],
    help: async () => (await import('./commands/schema.js')).schemaHelp,
    run: async (args, _values, io) => (await import('./commands/schema.js')).schema(args, io),
  },
  export: {
    usage: 'export <dataset>',
    summary: ['write a dataset as CSV, NDJSON or JSON (--all: every one, with datapackage.json)'],
    options: ['format', 'all', 'dir', 'records'],
    help: async () => (await import('./commands/export.js')).exportHelp,
    run: async (args, values, io) =>
      (await import('./commands/export.js')).exportData(args, values, io),
  },
};

const names = Object.keys(commands);
const COLUMN = 23;

const mainHelp = `Usage: gcm-kit <command> [options]

The Global Compact for Safe, Orderly and Regular Migration, from the command line.

Commands:
${Object.values(commands)
  .map(({ usage, summary }) =>
    `  ${usage.padEnd(COLUMN - 2)}${summary.join(`\n${' '.repeat(COLUMN)}`)}`.replace(/ +$/, ''),
  )
  .join('\n')}

Options:
  --help               help for gcm-kit or for a command
  --version            print the version

Run gcm-kit <command> --help for a command's options.`;

/** The command of that name; own names only (constructor, toString and __proto__ are not commands). */
const commandOf = (name: string): Command | undefined =>
  Object.hasOwn(commands, name) ? commands[name] : undefined;

function parseOptions(argv: readonly string[]) {
  return util.parseArgs({
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

/** Runs the command line; returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
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
      `gcm-kit: name a command: ${names.slice(0, -1).join(', ')} or ${names.at(-1)} (see gcm-kit --help)`,
    );
    return 2;
  }
  const chosen = commandOf(command);
  if (chosen === undefined) {
    io.err(`gcm-kit: unknown command ${describe(command)} (see gcm-kit --help)`);
    return 2;
  }
  if (values.help) {
    io.out(await chosen.help());
    return 0;
  }
  try {
    const stray = Object.keys(values).find(
      (key) => !chosen.options.includes(key) && key !== 'help' && key !== 'version',
    );
    if (stray !== undefined)
      throw new UsageError(`${command}: --${stray} is not an option of this command`);
    return await chosen.run(args, values, io);
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
  writeOut(text);
};

// Standard error is coloured a whole line at a time, in one style made once,
// on the first line: touching process.stderr builds its stream, which a run
// that prints no problem never needs (issue 16).
let errStyle: Style | undefined;

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
    if (errStyle === undefined) errStyle = makeStyle(process.stderr, process.env);
    process.stderr.write(`${errStyle.red(printable(text))}\n`);
  },
  style: makeStyle({ isTTY: isTerminal(1) }, process.env),
  now: () => new Date(),
  // A getter: Node builds process.stdin (a stream over the terminal, pipe or
  // file) on first access, which costs every command that never reads it.
  get stdin() {
    return process.stdin;
  },
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
