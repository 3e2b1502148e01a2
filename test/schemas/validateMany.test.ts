import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RecordReport, validateMany } from '../../src/schemas/validateMany.js';

const record = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'regional',
  title: `Regional consultation ${id}`,
  dates: { start: '2017-08-30', end: '2017-08-31' },
  regions: ['ECLAC'],
  sources: [
    {
      title: 'Chile hosts regional consultation on the global compact for migration',
      publisher: 'IOM',
    },
  ],
  ...extra,
});
const good = JSON.stringify(record('eclac-2017'));
const bad = JSON.stringify(
  record('bad-dates', { dates: { start: '2017-09-01', end: '2017-08-31' } }),
);

describe('validateMany', () => {
  it('reads NDJSON: one record a line, blank lines skipped, malformed lines reported with their line number', async () => {
    const text = `${good}\n\n${bad}\n{"id": oops}\n${good}`;
    const seen: RecordReport[] = [];
    const summary = await validateMany(text, { onReport: (r) => seen.push(r) });
    expect([summary.read, summary.valid, summary.invalid, summary.unreadable]).toEqual([
      4, 2, 1, 1,
    ]);
    expect(seen.map((r) => [r.index, r.line, r.status])).toEqual([
      [0, 1, 'valid'],
      [1, 3, 'invalid'],
      [2, 4, 'unreadable'],
      [3, 5, 'valid'],
    ]);
    expect(summary.reports.map((r) => r.line)).toEqual([3, 4]);
    expect(summary.reports[0]?.issues[0]).toMatchObject({ path: 'dates.end', severity: 'error' });
    expect(summary.reports[0]?.id).toBe('bad-dates');
  });

  it('reads a JSON array, element by element, even with a malformed element in it', async () => {
    const text = `[\n  ${good},\n  ${bad},\n  {"id": nope},\n  ${good}\n]\n`;
    const summary = await validateMany(text, { keep: 'all' });
    expect([summary.read, summary.valid, summary.invalid, summary.unreadable]).toEqual([
      4, 2, 1, 1,
    ]);
    expect(summary.reports.map((r) => r.line)).toEqual([2, 3, 4, 5]);
  });

  it('reports a JSON array that never closes', async () => {
    const summary = await validateMany(`[${good},`);
    expect([summary.read, summary.valid, summary.unreadable]).toEqual([2, 1, 1]);
    expect(summary.reports[0]?.issues[0]?.message).toBe('ends before the JSON array is closed');
  });

  it('reads pretty-printed objects, one after another', async () => {
    const a = JSON.stringify(record('a'), null, 2);
    const text = `${a}\n${JSON.stringify(record('b'), null, 2)}\n`;
    const summary = await validateMany(text, { keep: 'all' });
    expect([summary.read, summary.valid]).toEqual([2, 2]);
    expect(summary.reports.map((r) => [r.id, r.line])).toEqual([
      ['a', 1],
      ['b', a.split('\n').length + 1],
    ]);
  });

  it('reads iterables and async iterables of records', async () => {
    expect((await validateMany([record('a'), record('b'), 42])).valid).toBe(2);
    async function* gen() {
      yield record('a');
      yield { nope: true };
    }
    const summary = await validateMany(gen());
    expect([summary.read, summary.valid, summary.invalid]).toEqual([2, 1, 1]);
  });

  it('reads a Node file stream and a web ReadableStream, across chunk boundaries inside characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-kit-'));
    const file = join(dir, 'records.ndjson');
    const withCyrillic = JSON.stringify(
      record('minsk', { title: 'Национальные консультации, Минск' }),
    );
    writeFileSync(file, `${withCyrillic}\n`.repeat(50));
    const fromFile = await validateMany(createReadStream(file, { highWaterMark: 7 }));
    expect([fromFile.read, fromFile.valid]).toEqual([50, 50]);
    const bytes = new TextEncoder().encode(`${withCyrillic}\n${bad}\n`);
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 5) controller.enqueue(bytes.slice(i, i + 5));
        controller.close();
      },
    });
    const fromWeb = await validateMany(web);
    expect([fromWeb.read, fromWeb.valid, fromWeb.invalid]).toEqual([2, 1, 1]);
  });

  it('treats a line longer than maxRecordLength as unreadable and goes on', async () => {
    const long = JSON.stringify(record('long', { notes: 'x'.repeat(5000) }));
    const summary = await validateMany(`${good}\n${long}\n${good}\n`, { maxRecordLength: 1000 });
    expect([summary.read, summary.valid, summary.unreadable]).toEqual([3, 2, 1]);
    expect(summary.reports[0]).toMatchObject({ line: 2, status: 'unreadable' });
  });

  it('keeps at most maxKept reports and says so', async () => {
    const summary = await validateMany(`${bad}\n`.repeat(10), { maxKept: 3 });
    expect([summary.invalid, summary.reports.length, summary.truncated]).toEqual([10, 3, true]);
  });

  it('counts every line: valid + invalid + unreadable = non-blank lines read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(good, bad, '{', 'null', '', '   ', '[1,2]', '"x"'), {
          maxLength: 30,
        }),
        async (lines) => {
          const summary = await validateMany(lines.join('\n'));
          const nonBlank = lines.filter((l) => l.trim() !== '').length;
          // A first line '[' switches to array mode; skip those inputs.
          fc.pre(
            lines
              .find((l) => l.trim() !== '')
              ?.trim()
              .startsWith('[') !== true,
          );
          fc.pre(lines.find((l) => l.trim() !== '') !== '{');
          expect(summary.read).toBe(nonBlank);
          expect(summary.valid + summary.invalid + summary.unreadable).toBe(summary.read);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a source that is neither text nor an iterable', async () => {
    await expect(validateMany(42 as never)).rejects.toThrow(TypeError);
  });
});
