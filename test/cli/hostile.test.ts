import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The built CLI, run as a user would: a child process. `npm test` builds first.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gcm-kit-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gcm(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/**
 * Runs the CLI into `head -c 1`, which closes the pipe after one byte, as
 * `gcm-kit … | head` does: a real pipe, whose buffer (64 KB) the output
 * overflows. Gives the CLI's exit code and what it wrote on stderr.
 */
function closedEarly(args: string[]): { code: number; err: string; got: string } {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash script, not a template
  const script = '"$0" "$@" 2>"$ERR" | head -c 1; echo " ${PIPESTATUS[0]}" >"$CODE"';
  const err = join(dir, 'stderr.txt');
  const code = join(dir, 'code.txt');
  const result = spawnSync('bash', ['-c', script, process.execPath, cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ERR: err, CODE: code },
  });
  return {
    code: Number(readFileSync(code, 'utf8').trim()),
    err: readFileSync(err, 'utf8'),
    got: result.stdout,
  };
}

describe('a reader that stops early (gcm-kit … | head), issue 17, EPIPE', () => {
  // 20,000 invalid records: far more output than a pipe holds.
  const many = join(dir, 'many.ndjson');
  writeFileSync(many, '{"id":"x"}\n'.repeat(20_000));

  it.each([
    [['validate', '--json', many]],
    [['validate', many]],
    [['export', 'consultations', '--format', 'ndjson']],
    [['export', 'sources', '--format', 'json']],
    [['list', 'consultations', '--json']],
    [['timeline', '--format', 'json']],
  ])('%j stops quietly with exit code 0', (args) => {
    const { code, err, got } = closedEarly(args);
    expect(got).toHaveLength(1);
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});

describe('standard output that is a non-blocking pipe (issue 16: the CLI writes with fs.writeSync)', () => {
  // perl sets O_NONBLOCK on the pipe, as a parent process may, then runs the
  // CLI; the reader waits half a second, so the pipe (64 KB) fills and a
  // write fails with EAGAIN. Every byte must still arrive, in order.
  it('gives the same 250 KB of NDJSON as a blocking pipe, and exit code 0', () => {
    const args = ['export', 'consultations', '--format', 'ndjson'];
    const expected = gcm(args).out;
    expect(expected.length).toBeGreaterThan(200_000);
    const script =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash script, not a template
      'perl -MFcntl -e \'fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die "fcntl: $!"; exec @ARGV or die "exec: $!"\' "$@" 2>"$ERR" | (sleep 0.5; cat); echo " ${PIPESTATUS[0]}" >"$CODE"';
    const err = join(dir, 'nonblocking-stderr.txt');
    const code = join(dir, 'nonblocking-code.txt');
    const result = spawnSync('bash', ['-c', script, 'bash', process.execPath, cli, ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1e8,
      env: { ...process.env, NO_COLOR: '1', ERR: err, CODE: code },
    });
    expect(readFileSync(err, 'utf8')).toBe('');
    expect(Number(readFileSync(code, 'utf8').trim())).toBe(0);
    expect(result.stdout).toBe(expected);
  });
});

describe('arguments echoed in messages are escaped and cut (issue 17, N5 and N6)', () => {
  const huge = 'x'.repeat(100_000);

  it.each([
    [['export', huge]],
    [['export', 'events', '--format', huge]],
    [['export', '--all', '--dir', join(dir, 'out'), huge]],
    [['list', huge]],
    [['list', 'phases', '--lang', huge]],
    [['when', '2017-05-16', '--lang', huge]],
    [['list', 'consultations', '--country', huge]],
    [['list', 'consultations', '--kind', huge]],
    [[`--${huge}`]],
    [['when', `--${huge}`]],
  ])(
    '%# a 100 KB argument is quoted in a message of at most 600 characters (the longest lists the 16 export tables)',
    (args) => {
      const { code, err } = gcm(args);
      expect(code).toBe(2);
      expect(err.length).toBeLessThan(600);
      expect(err).toContain('…');
    },
  );

  it('pins the message for an unknown language', () => {
    expect(gcm(['list', 'phases', '--lang', huge]).err).toMatchInlineSnapshot(`
      "gcm-kit list: unknown language "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (100,000 characters); expected one of ar, en, es, fr, ru, zh (see gcm-kit list --help)
      "
    `);
  });

  it('escapes a directory name that holds an escape sequence and a line break (export --all --dir)', () => {
    const forged = join(dir, 'd\u001b[31m\nforged');
    const { code, out, err } = gcm(['export', '--all', '--dir', forged]);
    expect([code, err]).toEqual([0, '']);
    expect(existsSync(join(forged, 'events.csv'))).toBe(true);
    expect(out).not.toContain('\u001b');
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out).toContain('d\\u001b[31m\\u000aforged');
  });
});

describe('a record nested 8,000 deep (issue 17, N1)', () => {
  const deep = join(dir, 'deep.ndjson');
  writeFileSync(deep, `{"id":"x","notes":${'['.repeat(8000)}${']'.repeat(8000)}}\n{"id":"y"}\n`);

  it('is reported invalid at its position, and the next line is read', () => {
    const { code, out, err } = gcm(['validate', deep]);
    expect([code, err]).toEqual([1, '']);
    expect(out).toContain(`${deep}:1:19  error  notes  `);
    expect(out).toContain(`${deep}:2:1  error  dates  `);
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '1 file, 2 records: 0 valid, 2 invalid, 0 unreadable; 0 warnings',
    );
  });

  it('keeps --json output well-formed', () => {
    const { code, out } = gcm(['validate', '--json', deep]);
    expect(code).toBe(1);
    const result = JSON.parse(out) as { files: { problems: { line: number }[] }[] };
    expect(result.files[0]?.problems.map((p) => p.line)).toEqual([1, 2]);
  });
});

describe('the summary line past the ids the repeated-id rule remembers (issue 17, N14)', () => {
  it('says that the check stopped, and at how many ids', async () => {
    const { validate } = await import('../../src/cli/commands/validate.js');
    const lines: string[] = [];
    const record = (id: string) =>
      JSON.stringify({
        id,
        kind: 'regional',
        title: `Regional consultation ${id}`,
        dates: { start: '2017-08-30', end: '2017-08-31' },
        regions: ['ECLAC'],
        sources: [{ title: 'Report', publisher: 'IOM' }],
      });
    const code = await validate(
      ['-'],
      { maxIds: 2 },
      {
        out: (text) => lines.push(text),
        err: (text) => lines.push(text),
        style: { bold: String, dim: String, red: String, green: String, yellow: String },
        now: () => new Date(0),
        stdin: (async function* () {
          yield ['a-1', 'a-2', 'a-3'].map(record).join('\n');
        })() as unknown as NodeJS.ReadableStream,
      },
    );
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatchInlineSnapshot(
      `"1 file, 3 records: 3 valid, 0 invalid, 0 unreadable; 0 warnings; the repeated-id check stopped at 2 ids: later repeats are not flagged"`,
    );
  });
});
