import { describe, expect, it } from 'vitest';
import { validateMany } from '../../src/schemas/index.js';
import { createLocator, locateAll } from '../../src/schemas/locate.js';

const good = {
  id: 'belarus-2017-05-16',
  kind: 'national',
  title: 'National consultation on the GCM',
  dates: { start: '2017-05-16', end: '2017-05-16' },
  country: 'BLR',
  sources: [{ title: 'Minsk Hosts National Consultations', publisher: 'IOM Belarus' }],
};
// Three mistakes: a bad value, an unknown field in a nested object, a missing field.
const bad = {
  ...good,
  id: 'ghana-2017-09-15',
  country: 'gha',
  organizations: [{ name: 'IOM Ghana', type: 'un-system', roles: ['organizer'] }],
  dates: { start: '2017-09-15' },
};

/** Each issue of a text, with what the file holds at its line and column. */
async function located(text: string): Promise<string[]> {
  const lines = text.split('\n');
  const out: string[] = [];
  await validateMany(text, {
    onReport: (report, recordText) => {
      if (recordText === undefined || report.line === undefined) return;
      const locate = createLocator(recordText, {
        line: report.line,
        column: report.column ?? 1,
      });
      for (const issue of report.issues) {
        const { line, column } = locate(issue.path, issue.code === 'unrecognized_key');
        const there = lines[line - 1]?.slice(column - 1, column + 11);
        out.push(`${line}:${column} ${issue.path} at ${there}`);
      }
    },
  });
  return out;
}

describe('positions of issues in the file', () => {
  it('points at the value, the unknown key and the object lacking a field in pretty-printed JSON', async () => {
    const text = `${JSON.stringify(good, null, 2)}\n${JSON.stringify(bad, null, 2)}\n`;
    expect(await located(text)).toMatchInlineSnapshot(`
      [
        "21:12 dates.end at {",
        "24:14 country at "gha",",
        "32:5 organizations[0].category at {",
        "34:7 organizations[0].type at "type": "un-",
      ]
    `);
  });

  it('does the same in a pretty-printed JSON array and in a one-line JSON array', async () => {
    expect(await located(JSON.stringify([good, bad], null, 2))).toMatchInlineSnapshot(`
      [
        "22:14 dates.end at {",
        "25:16 country at "gha",",
        "33:7 organizations[0].category at {",
        "35:9 organizations[0].type at "type": "un-",
      ]
    `);
    expect(await located(JSON.stringify([good, bad]))).toMatchInlineSnapshot(`
      [
        "1:336 dates.end at {"start":"20",
        "1:369 country at "gha","sourc",
        "1:477 organizations[0].category at {"name":"IOM",
        "1:497 organizations[0].type at "type":"un-s",
      ]
    `);
  });

  it('does the same in NDJSON, also for a line that starts with spaces', async () => {
    const text = `${JSON.stringify(good)}\n\n   ${JSON.stringify(bad)}\n`;
    expect(await located(text)).toMatchInlineSnapshot(`
      [
        "3:98 dates.end at {"start":"20",
        "3:131 country at "gha","sourc",
        "3:239 organizations[0].category at {"name":"IOM",
        "3:259 organizations[0].type at "type":"un-s",
      ]
    `);
  });

  it('finds a key that holds a dot or a bracket, and counts a CRLF line break once', () => {
    const text = '{\r\n  "a.b": {\r\n    "c[0]": [1, 2]\r\n  }\r\n}';
    expect(createLocator(text)('a.b.c[0][1]')).toEqual({ line: 3, column: 17 });
  });

  it('finds positions in a record nested 100,000 deep, without recursion (issue 17, N1)', () => {
    const text = `{"id":"x",\n "notes":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const locate = createLocator(text, { line: 7, column: 3 });
    expect(locate('notes')).toEqual({ line: 8, column: 10 });
    expect(locate('notes', true)).toEqual({ line: 8, column: 2 });
    expect(locate(`notes${'[0]'.repeat(500)}`)).toEqual({ line: 8, column: 510 });
    expect(locate('title')).toEqual({ line: 7, column: 3 });
  });

  it('locates every issue of a record in one pass, the quoted form of a key too', () => {
    const text = '{"a.b": {"c": [1, {"d": 2}]}, "e": 3}';
    expect(
      locateAll(text, { line: 1, column: 1 }, [
        { path: '["a.b"].c[1].d' },
        { path: 'e', key: true },
        { path: '["a.b"].c[5]' },
        { path: '(record)' },
      ]),
    ).toEqual([
      { line: 1, column: 25 },
      { line: 1, column: 31 },
      { line: 1, column: 15 },
      { line: 1, column: 1 },
    ]);
  });

  it('steps over a container no issue is in, whatever brackets and quotes its strings hold', () => {
    // The skipped "notes" holds brackets, braces and escaped quotes in strings.
    const text = '{"notes": {"x": "a ] } \\" [ {", "y": ["\\\\", "}"]},\n "after": [1, {"z": 2}]}';
    expect(JSON.parse(text).after[1].z).toBe(2);
    expect(
      locateAll(text, { line: 1, column: 1 }, [
        { path: 'after[1].z' },
        { path: 'after', key: true },
      ]),
    ).toEqual([
      { line: 2, column: 21 },
      { line: 2, column: 2 },
    ]);
  });

  it('reads a key written with escapes as JSON does: "ti\\u0074le" is title', () => {
    const text = '{"id": "x", "ti\\u0074le": 5, "tit\\"le": 6}';
    expect(Object.keys(JSON.parse(text))).toEqual(['id', 'title', 'tit"le']);
    expect(
      locateAll(text, { line: 1, column: 1 }, [
        { path: 'title' },
        { path: '["tit\\"le"]', key: true },
      ]),
    ).toEqual([
      { line: 1, column: 27 },
      { line: 1, column: 30 },
    ]);
  });

  it('counts a CR alone as a line break, as the reader does (issue 17, N2)', () => {
    expect(createLocator('{\r  "a": {\r    "b": 1\r  }\r}')('a.b')).toEqual({
      line: 3,
      column: 10,
    });
  });
});
