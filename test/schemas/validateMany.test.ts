import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
// Each valid record has its own id: a repeated id is an error in a batch.
let serial = 0;
const good = () => JSON.stringify(record(`eclac-2017-${++serial}`));
const bad = JSON.stringify(
  record('bad-dates', { dates: { start: '2017-09-01', end: '2017-08-31' } }),
);

describe('validateMany', () => {
  it('reads NDJSON: one record a line, blank lines skipped, malformed lines reported with their line number', async () => {
    const text = `${good()}\n\n${bad}\n{"id": oops}\n${good()}`;
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
    const text = `[\n  ${good()},\n  ${bad},\n  {"id": nope},\n  ${good()}\n]\n`;
    const summary = await validateMany(text, { keep: 'all' });
    expect([summary.read, summary.valid, summary.invalid, summary.unreadable]).toEqual([
      4, 2, 1, 1,
    ]);
    expect(summary.reports.map((r) => r.line)).toEqual([2, 3, 4, 5]);
  });

  it('reports a JSON array that never closes, at the line of its [', async () => {
    const summary = await validateMany(`\n[${good()},`);
    expect([summary.read, summary.valid, summary.unreadable]).toEqual([2, 1, 1]);
    expect(summary.reports[0]?.line).toBe(2);
    expect(summary.reports[0]?.issues[0]?.message).toMatchInlineSnapshot(
      `"is a JSON array (opened on line 2) that is not closed"`,
    );
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
    const withCyrillic = (n: number) =>
      JSON.stringify(record(`minsk-${n}`, { title: 'Национальные консультации, Минск' }));
    writeFileSync(file, Array.from({ length: 50 }, (_, n) => `${withCyrillic(n)}\n`).join(''));
    const fromFile = await validateMany(createReadStream(file, { highWaterMark: 7 }));
    expect([fromFile.read, fromFile.valid]).toEqual([50, 50]);
    const bytes = new TextEncoder().encode(`${withCyrillic(0)}\n${bad}\n`);
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
    const summary = await validateMany(`${good()}\n${long}\n${good()}\n`, {
      maxRecordLength: 1000,
    });
    expect([summary.read, summary.valid, summary.unreadable]).toEqual([3, 2, 1]);
    expect(summary.reports[0]).toMatchObject({ line: 2, status: 'unreadable' });
  });

  it('keeps at most maxKept reports and says so', async () => {
    const summary = await validateMany(`${bad}\n`.repeat(10), { maxKept: 3 });
    expect([summary.invalid, summary.reports.length, summary.truncated]).toEqual([10, 3, true]);
  });

  it('refuses a source that is neither text nor an iterable', async () => {
    await expect(validateMany(42 as never)).rejects.toThrow(TypeError);
  });
});

// The cases of issue 8: each failed before the reader was rewritten.
const pretty = (id: string) => JSON.stringify(record(id), null, 2);
const lines = (text: string) => text.split('\n').length;
const outline = async (source: Parameters<typeof validateMany>[0], maxRecordLength?: number) => {
  const summary = await validateMany(source, {
    keep: 'all',
    ...(maxRecordLength !== undefined ? { maxRecordLength } : {}),
  });
  // The serial that keeps valid records' ids apart is left out of the outline.
  return summary.reports.map(
    (r) => `${r.line}:${r.status}${r.id ? `:${r.id.replace(/^(eclac-2017)-\d+$/, '$1')}` : ''}`,
  );
};

describe('validateMany never loses a record (issue 8)', () => {
  it('case 1: reports a record over maxRecordLength after a pretty-printed one, instead of dropping it', async () => {
    const long = JSON.stringify(record('long', { country: 'nope', notes: 'x'.repeat(2_000_000) }));
    const text = `${pretty('a')}\n${long}\n`;
    const summary = await validateMany(text);
    expect([summary.read, summary.valid, summary.unreadable]).toEqual([2, 1, 1]);
    expect(summary.reports[0]).toMatchObject({
      line: lines(pretty('a')) + 1,
      status: 'unreadable',
    });
    expect(summary.reports[0]?.issues[0]?.message).toMatchInlineSnapshot(
      `"is longer than 1048576 characters"`,
    );
  });

  it('case 2: a malformed first line is one unreadable record, and the lines after it are read', async () => {
    expect(await outline(`{"id":\n${good()}\n${good()}\n`)).toEqual([
      '1:unreadable',
      '2:valid:eclac-2017',
      '3:valid:eclac-2017',
    ]);
    expect(await outline(`[ junk\n${good()}\n${good()}\n`)).toEqual([
      '1:unreadable',
      '2:valid:eclac-2017',
      '3:unreadable', // the comma missing between the lines of what began as an array
      '3:valid:eclac-2017',
      '1:unreadable', // that array is never closed
    ]);
  });

  it('case 3: a stray bracket or a junk line does not lose sync', async () => {
    expect(await outline(`[${good()}},${good()},${good()}]`)).toEqual([
      '1:valid:eclac-2017',
      '1:unreadable',
      '1:valid:eclac-2017',
      '1:valid:eclac-2017',
    ]);
    const a = pretty('a');
    expect(await outline(`${a}\n}\n${pretty('b')}\nnot json\n${pretty('c')}\n`)).toEqual([
      '1:valid:a',
      `${lines(a) + 1}:unreadable`,
      `${lines(a) + 2}:valid:b`,
      `${2 * lines(a) + 2}:unreadable`,
      `${2 * lines(a) + 3}:valid:c`,
    ]);
    expect(await outline(`[${good()}]\n${good()}\n${bad}\n`)).toEqual([
      '1:valid:eclac-2017',
      '2:valid:eclac-2017',
      '3:invalid:bad-dates',
    ]);
  });

  it('case 4: reports [V,V,] and [V,,V]: an empty element is not nothing', async () => {
    const trailing = await validateMany(`[${good()},${good()},]`, { keep: 'all' });
    expect([trailing.read, trailing.valid, trailing.unreadable]).toEqual([3, 2, 1]);
    expect(trailing.reports[2]?.issues[0]?.message).toMatchInlineSnapshot(
      `"is empty: the array has a comma before its ]"`,
    );
    const double = await validateMany(`[${good()},\n,${good()}]`, { keep: 'all' });
    expect(double.reports.map((r) => [r.line, r.status])).toEqual([
      [1, 'valid'],
      [2, 'unreadable'],
      [2, 'valid'],
    ]);
    expect(double.reports[1]?.issues[0]?.message).toMatchInlineSnapshot(
      `"is empty: the array has a comma with no record before it"`,
    );
  });

  it('case 5: enforces maxRecordLength on array elements of text and bytes', async () => {
    const long = JSON.stringify(record('long', { notes: 'x'.repeat(2000) }));
    const text = `[\n${good()},\n${long},\n${good()}\n]`;
    const expected = ['2:valid:eclac-2017', '3:unreadable', '4:valid:eclac-2017'];
    expect(await outline(text, 1000)).toEqual(expected);
    expect(await outline(new TextEncoder().encode(text), 1000)).toEqual(expected);
  });

  it('case 5: reads NDJSON after a byte-order mark, with CRLF line ends, as NDJSON', async () => {
    const text = `\uFEFF${good()}\r\n{"id":\r\n${bad}\r\n${good()}`;
    expect(await outline(text)).toEqual([
      '1:valid:eclac-2017',
      '2:unreadable',
      '3:invalid:bad-dates',
      '4:valid:eclac-2017',
    ]);
    expect(await outline(new TextEncoder().encode(text))).toEqual(await outline(text));
  });

  it('case 5: names the item of a text source that is neither text nor bytes', async () => {
    await expect(validateMany(['x', {}])).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TypeError: validateMany: item 2 of a text source is an object; give text chunks (strings or bytes) or records, not both]`,
    );
  });

  it('case 5: checks its options, naming the one that is wrong', async () => {
    const fails = (options: unknown) => validateMany(good(), options as never);
    await expect(fails({ keep: 'bogus' })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RangeError: validateMany: options.keep must be 'problems', 'all' or 'none', got "bogus"]`,
    );
    await expect(fails({ maxRecordLength: -1 })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RangeError: validateMany: options.maxRecordLength must be a whole number of characters, 1 or more, got number -1]`,
    );
    await expect(fails({ maxRecordLength: 1.5 })).rejects.toThrow(RangeError);
    await expect(fails({ maxKept: Number.NaN })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RangeError: validateMany: options.maxKept must be a whole number, 0 or more, got number NaN]`,
    );
    await expect(fails({ onReport: 'log' })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TypeError: validateMany: options.onReport must be a function, got "log"]`,
    );
    await expect(fails(null)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TypeError: validateMany: options must be an object, got null]`,
    );
    expect((await validateMany(good(), { maxKept: Number.POSITIVE_INFINITY })).valid).toBe(1);
  });
});

describe('validateMany across a batch (issue 9)', () => {
  it('makes a record whose id repeats an earlier one invalid, naming both places', async () => {
    const one = JSON.stringify(record('eclac-2017-08-30'));
    const summary = await validateMany(`${one}\n${good()}\n${one}\n`);
    expect([summary.valid, summary.invalid]).toEqual([2, 1]);
    expect(summary.reports).toMatchObject([
      {
        index: 2,
        line: 3,
        status: 'invalid',
        issues: [
          {
            path: 'id',
            code: 'duplicate_id',
            message:
              'repeats the id eclac-2017-08-30 of the record at line 1; ids must be unique in a batch (this is the record at line 3)',
          },
        ],
      },
    ]);
  });

  it('remembers only valid records: a repeat of an invalid record’s id is not a second error', async () => {
    const badOnce = JSON.stringify(
      record('bad-twice', { dates: { start: '2017-09-01', end: '2017-08-31' } }),
    );
    const summary = await validateMany(`${badOnce}\n${badOnce}\n`);
    expect(summary.reports.map((r) => r.issues.map((i) => i.code))).toEqual([
      ['custom'],
      ['custom'],
    ]);
  });
});

describe('validateMany with CR-only line ends (issue 17, N2)', () => {
  const lines = (summary: { reports: readonly RecordReport[] }) =>
    summary.reports.map((r) => `${r.line} ${r.status}`);

  it('splits at a CR alone as at LF: a junk line swallows nothing after it', async () => {
    const text = `${good()}\rnot json\r${bad}\r${good()}\r`;
    const summary = await validateMany(text, { keep: 'all' });
    expect([summary.read, summary.valid, summary.invalid, summary.unreadable]).toEqual([
      4, 2, 1, 1,
    ]);
    expect(lines(summary)).toEqual(['1 valid', '2 unreadable', '3 invalid', '4 valid']);
  });

  it('counts CRLF once, also when the CR ends one chunk and the LF starts the next', async () => {
    async function* chunks() {
      yield `${good()}\r`;
      yield `\n${bad}\r\n\r`;
      yield `\n${good()}\r`;
    }
    const summary = await validateMany(chunks(), { keep: 'all' });
    expect(lines(summary)).toEqual(['1 valid', '2 invalid', '4 valid']);
  });

  it('reads pretty-printed records with CR line ends, each at its own line', async () => {
    const pretty = (id: string) => JSON.stringify(record(id), null, 2).replaceAll('\n', '\r');
    const text = `${pretty('a-1')}\r${pretty('a-2')}\r`;
    const summary = await validateMany(text, { keep: 'all' });
    expect(lines(summary)).toEqual(['1 valid', `${pretty('a-1').split('\r').length + 1} valid`]);
  });
});

describe('validateMany with a comma outside any array (issue 17, N7)', () => {
  it('reports the comma alone and reads the records after it', async () => {
    const text = '[{"id":"a"},],{"id":"b"},{"id":"c"}]\n';
    const summary = await validateMany(text, { keep: 'all' });
    expect(
      summary.reports.map((r) => `${r.status} ${r.id ?? r.issues[0]?.message.slice(0, 40)}`),
    ).toMatchInlineSnapshot(`
      [
        "invalid a",
        "unreadable is empty: the array has a comma before i",
        "unreadable is a comma outside any JSON array",
        "invalid b",
        "unreadable is a comma outside any JSON array",
        "invalid c",
        "unreadable is not valid JSON (Unexpected token ']')",
      ]
    `);
  });
});

describe('validateMany with every line of a record in column 1 (issue 17, N8)', () => {
  it('splits such a record at a nested object that starts a line, and says so: a documented limit', async () => {
    // What Python's json.dumps(record, indent=0) writes.
    const text = '{\n"id": "a-1",\n"sources": [\n{\n"title": "T",\n"publisher": "P"\n}\n]\n}\n';
    const summary = await validateMany(text, { keep: 'all' });
    expect(
      summary.reports.map((r) => `${r.line} ${r.status} ${r.issues[0]?.message}`),
    ).toMatchInlineSnapshot(`
        [
          "1 unreadable is not valid JSON: it is not finished where line 4 starts a new record (a { or [ in column 1, no further right than this record's start)",
          "4 invalid is required",
          "8 unreadable is not valid JSON (Unexpected token ']')",
          "9 unreadable is not valid JSON (Unexpected token '}')",
        ]
      `);
  });
});

describe('validateMany past the ids it remembers (issue 17, N14)', () => {
  const ndjson = (ids: string[]) => `${ids.map((id) => JSON.stringify(record(id))).join('\n')}\n`;

  it('says when the repeated-id rule stopped remembering ids, and at how many', async () => {
    const summary = await validateMany(ndjson(['a-1', 'a-2', 'a-3', 'a-1', 'a-3']), { maxIds: 2 });
    expect(summary.idCheckStoppedAt).toBe(2);
    // a-1 is remembered, so its repeat is flagged; a-3 came after the limit.
    expect(summary.reports.map((r) => `${r.line} ${r.issues[0]?.code}`)).toEqual([
      '4 duplicate_id',
    ]);
  });

  it('says nothing while every id is remembered', async () => {
    const summary = await validateMany(ndjson(['a-1', 'a-2']), { maxIds: 2 });
    expect(summary.idCheckStoppedAt).toBeUndefined();
  });

  it('checks maxIds', async () => {
    await expect(validateMany('', { maxIds: -1 })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RangeError: validateMany: options.maxIds must be a whole number, 0 or more, got number -1]`,
    );
  });
});

describe("validateMany and a junk '[' (issue 17, the rule the property test's oracle models)", () => {
  it("reads the records after it as the array's elements; the ']' that closes it is the array's punctuation", async () => {
    const text = `[ nope\n${good()}\n[ nope\n${good()}\n]\n${good()}\n]\n]\n`;
    const summary = await validateMany(text, { keep: 'all' });
    expect(
      summary.reports.map(
        (r) => `${r.line} ${r.status} ${r.issues[0]?.message.slice(0, 44) ?? ''}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "1 unreadable is not valid JSON: it is not finished where ",
        "2 valid ",
        "3 unreadable is missing a comma before it, in the JSON ar",
        "3 unreadable is not valid JSON: it is not finished where ",
        "4 valid ",
        "6 valid ",
        "7 unreadable is not valid JSON (Unexpected token ']')",
        "8 unreadable is not valid JSON (Unexpected token ']')",
      ]
    `);
  });
});
