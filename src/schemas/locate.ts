// Where an issue is in the text of a record, for messages in the style of
// compilers (`file:line:column`). The bulk reader parses records with
// JSON.parse, which gives no positions; this scans the record's text once
// more, only for records with issues, so valid records cost nothing more.
// The scan is a loop with an explicit stack, not a recursive parser: a record
// nested 100,000 deep costs a pass over its text, never the call stack.
// Internal: used by the CLI.

/** A position in a text, both from 1; columns count UTF-16 code units, as editors do. */
export interface Position {
  /** Line, from 1 (example: `12`). */
  readonly line: number;
  /** Column, from 1 (example: `5`). */
  readonly column: number;
}

/** Where the record's text starts in its file. */
export interface RecordStart {
  /** Line of the record's first character, from 1. */
  readonly line: number;
  /** Column of the record's first character, from 1. */
  readonly column: number;
}

/** One issue to place: its path as gcm-kit writes it, and whether the key is wanted rather than the value. */
export interface LocateQuery {
  readonly path: string;
  readonly key?: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const LF = 10;
const CR = 13;

/** A query still being followed: what remains of its path below a node. */
type Match = readonly [query: number, rest: string];

interface Frame {
  readonly array: boolean;
  /** The queries that reached this container, with what remains of their paths. */
  readonly matches: readonly Match[];
  index: number;
  expectKey: boolean;
  key: string | undefined;
  keyAt: number;
}

/**
 * What remains of `rest` below the child at `index` of an array, or below
 * the key `name` of an object; undefined when the child is not on the path.
 * A key is matched against the keys the object has, so a key holding a dot
 * or a bracket is found, quoted (`["a.b"]`, as formatPath writes it) or not.
 */
function below(rest: string, array: boolean, index: number, name: string): string | undefined {
  if (array) {
    const step = `[${index}]`;
    return rest.startsWith(step) ? rest.slice(step.length) : undefined;
  }
  if (rest.startsWith('["')) {
    const quoted = JSON.stringify(name);
    return rest.startsWith(quoted, 1) && rest.charCodeAt(quoted.length + 1) === CLOSE_BRACKET
      ? rest.slice(quoted.length + 2)
      : undefined;
  }
  const r = rest.startsWith('.') ? rest.slice(1) : rest;
  if (!r.startsWith(name)) return undefined;
  const next = r.charAt(name.length);
  return next === '' || next === '.' || next === '[' ? r.slice(name.length) : undefined;
}

/** Offset just past the string that starts at `i` (a quote). */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q === -1) return text.length;
    let slashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/**
 * The key written from `start` (its opening quote) to `end` (just past its
 * closing quote): the text between the quotes when it holds no escape, as
 * nearly every key, else what JSON.parse makes of it. The record's text
 * parsed already, so a key holds no raw control character.
 */
function keyOf(text: string, start: number, end: number): string {
  for (let k = start + 1; k < end - 1; k++)
    if (text.charCodeAt(k) === BACKSLASH) return JSON.parse(text.slice(start, end)) as string;
  return text.slice(start + 1, end - 1);
}

/** Offset just past the object or array that starts at `i`, its strings skipped whole. */
function containerEnd(text: string, i: number): number {
  let depth = 0;
  let j = i;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      j = stringEnd(text, j);
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return j + 1;
    j++;
  }
  return n;
}

/**
 * Offsets in `text` (a JSON value) of the node each query names: the value,
 * or its key when asked; for a path that goes further than the text does
 * (a missing field, an index past the end), the deepest node on the way.
 */
function offsets(text: string, queries: readonly LocateQuery[]): number[] {
  // Per query: the best offset found so far, and how much of its path was left there.
  const best = queries.map(() => 0);
  const left = queries.map((q) => (q.path === '(record)' ? 0 : q.path.length));
  const found = (match: Match, value: number, keyAt: number) => {
    const [q, rest] = match;
    if (rest.length >= (left[q] as number) && rest !== '') return;
    left[q] = rest.length;
    best[q] = rest === '' && queries[q]?.key === true && keyAt >= 0 ? keyAt : value;
  };
  const root: Match[] = queries.map((q, i) => [i, q.path === '(record)' ? '' : q.path]);
  const stack: Frame[] = [];
  // The queries that reach a value starting at `at`, which the caller then enters.
  const reach = (at: number): Match[] => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      for (const m of root) found(m, at, -1);
      return root;
    }
    if (parent.matches.length === 0) return [];
    const here: Match[] = [];
    for (const [q, rest] of parent.matches) {
      if (rest === '') continue;
      const r = below(rest, parent.array, parent.index, parent.key ?? '');
      if (r === undefined) continue;
      const m: Match = [q, r];
      found(m, at, parent.array ? -1 : parent.keyAt);
      if (r !== '') here.push(m);
    }
    return here;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const matches = reach(i);
      if (matches.length === 0 && stack.length > 0) {
        // No query goes into this container: step over it.
        i = containerEnd(text, i);
        continue;
      }
      stack.push({
        array: c === OPEN_BRACKET,
        matches,
        index: 0,
        expectKey: c === OPEN_BRACE,
        key: undefined,
        keyAt: -1,
      });
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
      i++;
    } else if (c === COMMA) {
      if (top !== undefined) {
        if (top.array) top.index++;
        else top.expectKey = true;
      }
      i++;
    } else if (c === COLON) {
      if (top !== undefined) top.expectKey = false;
      i++;
    } else if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (top !== undefined && !top.array && top.expectKey) {
        // The key is decoded only where a query goes through this object.
        top.key = top.matches.length > 0 ? keyOf(text, i, end) : undefined;
        top.keyAt = i;
      } else reach(i);
      i = end;
    } else if (c <= 32) {
      i++;
    } else {
      // A number, true, false or null.
      reach(i);
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d <= 32) break;
        i++;
      }
    }
  }
  return best;
}

/** Line and column of an offset; CRLF, LF and a CR alone each end a line, as the reader counts them. */
function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The positions of issues in the text of one record, in the file that holds
 * it: the value at fault, the key of an unknown field, or, for a missing
 * field, the object that lacks it. One pass over the text for all of them.
 *
 * @param text - The JSON text of the record.
 * @param start - Where the text starts in its file.
 * @param queries - The issues' paths, and whether the key is wanted.
 * @returns A position per query, in order.
 */
export function locateAll(
  text: string,
  start: RecordStart,
  queries: readonly LocateQuery[],
): Position[] {
  if (queries.length === 0) return [];
  return offsets(text, queries).map((offset) => {
    const local = positionOf(text, offset);
    return {
      line: start.line + local.line - 1,
      column: local.line === 1 ? start.column + local.column - 1 : local.column,
    };
  });
}

/**
 * A function that gives the position of an issue in the text of one record,
 * as {@link locateAll} does for one query.
 *
 * @param text - The JSON text of the record.
 * @param start - Where the text starts in its file.
 * @returns `(path, key) => position`; `key` asks for the key rather than the value.
 */
export function createLocator(
  text: string,
  start: RecordStart = { line: 1, column: 1 },
): (path: string, key?: boolean) => Position {
  return (path, key = false) => locateAll(text, start, [{ path, key }])[0] as Position;
}
