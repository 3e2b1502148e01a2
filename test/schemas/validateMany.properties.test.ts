import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/cli/commands/validate.js';
import type { Io } from '../../src/cli/io.js';
import { type RecordReport, validateMany } from '../../src/schemas/validateMany.js';

// The specification of the bulk reader (issue 8): files built from valid
// records, invalid records, over-long records and junk, in every layout,
// with a BOM, CRLF and chunk boundaries anywhere. Every record put in comes
// out, in order, with its line and status; every piece of junk is reported;
// the CLI's exit code follows. FUZZ_RUNS=n runs it n times (see
// scripts/fuzz-validate.mjs); CI runs it 10,000 times.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
// CI runs the same 10,000 files every time, so that it cannot fail on one run
// and pass on the next; the fuzz script (FUZZ_RUNS) draws new files each run.
// FUZZ_SEED replays a run.
const SEED =
  process.env.FUZZ_SEED !== undefined
    ? Number(process.env.FUZZ_SEED)
    : process.env.FUZZ_RUNS === undefined
      ? 20_171_204
      : undefined;
const MAX = 600; // maxRecordLength: over-long records are 700 characters and more

type Layout = 'ndjson' | 'pretty' | 'array' | 'one-line-array';
type Piece =
  | { kind: 'valid' | 'invalid'; id: string; title: string }
  | { kind: 'long'; id: string }
  | { kind: 'junk'; text: string }
  | { kind: 'truncated'; id: string; at: number };

const record = (id: string, title: string, valid: boolean) => ({
  id,
  kind: 'regional',
  title,
  dates: valid
    ? { start: '2017-08-30', end: '2017-08-31' }
    : { start: '2017-09-01', end: '2017-08-31' },
  regions: ['ECLAC'],
  sources: [{ title: 'Regional consultation report', publisher: 'IOM' }],
});

// Junk that no neighbour can complete into a record: each stays unreadable
// whatever follows it. A one-line array takes only the junk that cannot
// swallow the rest of its line (see "Limits of resynchronisation").
const junkLines = ['not json', '}', ']', ',', '{ "oops"', '[ nope', '@@', 'tru', '"unterminated'];
const junkInLine = ['nope', '}', '', '@@'];

const titles = fc.constantFrom(
  'Regional consultation',
  'Консультация в Минске',
  'Consulta “regional”',
);
const piece = (layout: Layout, i: number): fc.Arbitrary<Piece> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: titles.map((title) => ({ kind: 'valid' as const, id: `r${i}`, title })),
    },
    {
      weight: 2,
      arbitrary: titles.map((title) => ({ kind: 'invalid' as const, id: `r${i}`, title })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'long' as const, id: `r${i}` }) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...(layout === 'one-line-array' ? junkInLine : junkLines))
        .map((text) => ({ kind: 'junk' as const, text })),
    },
    {
      weight: layout === 'one-line-array' ? 0 : 1,
      arbitrary: fc.integer({ min: 1, max: 20 }).map((at) => ({
        kind: 'truncated' as const,
        id: `r${i}`,
        at,
      })),
    },
  );

/** The text of a piece; records compact on one line or pretty-printed. */
function render(p: Piece, pretty: boolean): string {
  const json = (value: unknown) => JSON.stringify(value, null, pretty ? 2 : undefined);
  switch (p.kind) {
    case 'valid':
    case 'invalid':
      return json(record(p.id, p.title, p.kind === 'valid'));
    case 'long':
      return json({ ...record(p.id, 'Long', true), notes: 'x'.repeat(MAX + 100) });
    case 'junk':
      return p.text;
    case 'truncated': {
      // Cut inside the title string: no closing bracket can complete it.
      const text = json(record(p.id, 'A title cut in the middle', true));
      const at = text.indexOf('A title') + p.at;
      return text.slice(0, at);
    }
  }
}

interface Built {
  text: string;
  /** Line of each piece. */
  lines: number[];
}

function build(layout: Layout, pieces: readonly Piece[], trailingNewline: boolean): Built {
  const lines: number[] = [];
  if (layout === 'one-line-array') {
    const text = `[${pieces.map((p) => render(p, false)).join(',')}]`;
    for (const _ of pieces) lines.push(1);
    return { text: trailingNewline ? `${text}\n` : text, lines };
  }
  const parts: string[] = [];
  let line = layout === 'array' ? 2 : 1;
  for (const [i, p] of pieces.entries()) {
    let text = render(p, layout !== 'ndjson');
    if (layout === 'array') {
      text = text.replace(/^/gm, '  ') + (i < pieces.length - 1 ? ',' : '');
    }
    lines.push(line);
    line += text.split('\n').length;
    parts.push(text);
  }
  let text = parts.join('\n');
  if (layout === 'array') text = `[\n${text}\n]`;
  return { text: trailingNewline ? `${text}\n` : text, lines };
}

/** Splits text into chunks at the given fractions, as strings or as bytes. */
function chunked(text: string, cuts: readonly number[], asBytes: boolean): Iterable<unknown> {
  const whole: string | Uint8Array = asBytes ? new TextEncoder().encode(text) : text;
  const at = [...new Set(cuts.map((f) => Math.floor(f * whole.length)))].sort((a, b) => a - b);
  const out: unknown[] = [];
  let from = 0;
  for (const to of [...at, whole.length]) {
    if (to > from) out.push(whole.slice(from, to));
    from = Math.max(from, to);
  }
  return out;
}

const layouts: readonly Layout[] = ['ndjson', 'pretty', 'array', 'one-line-array'];
const input = fc
  .constantFrom(...layouts)
  .chain((layout) =>
    fc.record({
      layout: fc.constant(layout),
      pieces: fc
        .integer({ min: 0, max: 8 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => piece(layout, i)))),
      bom: fc.boolean(),
      crlf: fc.boolean(),
      trailingNewline: fc.boolean(),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
      asBytes: fc.boolean(),
    }),
  )
  .filter(
    ({ layout, pieces }) =>
      layout !== 'one-line-array' ||
      // A truncated record may only come last on the line, and `[]` alone is an empty array.
      (pieces.every((p, i) => p.kind !== 'truncated' || i === pieces.length - 1) &&
        !(pieces.length === 1 && pieces[0]?.kind === 'junk' && pieces[0].text === '')),
  );

const isRecordReport = (r: RecordReport) =>
  r.status !== 'unreadable' || r.issues[0]?.message.startsWith('is longer than') === true;

async function exitCodeOf(chunks: Iterable<unknown>): Promise<number> {
  const io: Io = {
    out: () => {},
    err: () => {},
    style: { bold: String, dim: String, red: String, green: String, yellow: String },
    now: () => new Date(0),
    // validate reads stdin as an async iterable of chunks, as a Readable is.
    stdin: (async function* () {
      yield* chunks;
    })() as unknown as NodeJS.ReadableStream,
  };
  return validate(['-'], { maxRecordLength: MAX }, io);
}

describe('validateMany accounts for every record (property, issue 8)', () => {
  it(`reports every record in order with its line, reports every piece of junk, and sets the exit code, over ${RUNS.toLocaleString('en')} files`, async () => {
    await fc.assert(
      fc.asyncProperty(
        input,
        async ({ layout, pieces, bom, crlf, trailingNewline, cuts, asBytes }) => {
          const built = build(layout, pieces, trailingNewline);
          let text = built.text;
          if (crlf) text = text.replace(/\n/g, '\r\n');
          if (bom) text = `\uFEFF${text}`;
          const summary = await validateMany(chunked(text, cuts, asBytes), {
            keep: 'all',
            maxKept: Number.POSITIVE_INFINITY,
            maxRecordLength: MAX,
          });
          const { reports } = summary;

          // Every record in, in order, with its line and status.
          const expected = pieces.flatMap((p, i) =>
            p.kind === 'valid' || p.kind === 'invalid'
              ? [`${built.lines[i]}:${p.kind}:${p.id}`]
              : p.kind === 'long'
                ? [`${built.lines[i]}:unreadable`]
                : [],
          );
          const got = reports
            .filter(isRecordReport)
            .map((r) => `${r.line}:${r.status}${r.status === 'unreadable' ? '' : `:${r.id}`}`);
          expect(got).toEqual(expected);

          // Every piece of junk is reported between the records around it;
          // without junk, nothing else is reported.
          const junk = pieces.flatMap((p, i) =>
            p.kind === 'junk' || p.kind === 'truncated' ? [i] : [],
          );
          const other = reports.filter((r) => !isRecordReport(r));
          if (junk.length === 0) expect(other).toEqual([]);
          const lastLine = text.split('\n').length;
          const recordLine = (from: number, step: 1 | -1) => {
            for (let i = from; i >= 0 && i < pieces.length; i += step) {
              if (pieces[i]?.kind !== 'junk' && pieces[i]?.kind !== 'truncated')
                return built.lines[i];
            }
            return step === 1 ? lastLine : 1;
          };
          for (const i of junk) {
            // The rule (docs/validation.md, "A top-level array"): a `[` opens an
            // array even on a junk line, and until a `]` closes it, a `,` or
            // `]` may be its punctuation, which is part of no report (the
            // array's junk element is reported at the `[`). A `[ nope` inside
            // such an array opens an element of its own, closed by the next
            // `]`: the arrays nest, so count them.
            const text = (p: Piece | undefined) => (p?.kind === 'junk' ? p.text : undefined);
            if (text(pieces[i]) === ',' || text(pieces[i]) === ']') {
              let open = 0;
              for (const t of pieces.slice(0, i).map(text)) {
                if (t === '[ nope') open++;
                else if (t === ']' && open > 0) open--;
              }
              if (open > 0) continue;
            }
            const low = recordLine(i - 1, -1) as number;
            const high = recordLine(i + 1, 1) as number;
            expect(
              other.some((r) => (r.line as number) >= low && (r.line as number) <= high),
              `junk ${JSON.stringify(pieces[i])} reported between lines ${low} and ${high}`,
            ).toBe(true);
          }

          // The counts add up, and the exit code follows.
          expect(summary.valid + summary.invalid + summary.unreadable).toBe(summary.read);
          expect(summary.read).toBe(reports.length);
          const clean = pieces.every((p) => p.kind === 'valid');
          expect(summary.invalid === 0 && summary.unreadable === 0).toBe(clean);
          expect(await exitCodeOf(chunked(text, cuts, asBytes))).toBe(clean ? 0 : 1);
        },
      ),
      { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
    );
  });
});
