import { type Node, parseTree } from 'jsonc-parser';

// Where an issue is in the text of a record, for messages in the style of
// compilers (`file:line:column`). The bulk reader parses records with
// JSON.parse, which gives no positions; this parses a record again with
// jsonc-parser, a kept parser that does, and only for records with issues,
// so valid records cost nothing more. Internal: used by the CLI.

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

/**
 * Finds the node at a path as gcm-kit writes it (`outcome.recommendations[2].text`),
 * matching keys against the keys the object has, so a key holding a dot or a
 * bracket is still found. Returns the deepest node reached: for a missing
 * field, the object that lacks it.
 */
function nodeAt(root: Node, path: string, key: boolean): Node {
  let node = root;
  let rest = path === '(record)' ? '' : path;
  while (rest !== '') {
    if (node.type === 'array') {
      const index = /^\[(\d+)\]/.exec(rest);
      const child = index ? node.children?.[Number(index[1])] : undefined;
      if (index === null || child === undefined) return node;
      node = child;
      rest = rest.slice(index[0].length);
    } else if (node.type === 'object' && rest.startsWith('["')) {
      // A quoted key (formatPath quotes keys that are not plain names).
      const end = rest.indexOf('"]', 2);
      let name: unknown;
      try {
        name = end === -1 ? undefined : JSON.parse(rest.slice(1, end + 1));
      } catch {
        name = undefined;
      }
      const property =
        typeof name === 'string'
          ? node.children?.find((p) => p.children?.[0]?.value === name)
          : undefined;
      if (property === undefined) return node;
      rest = rest.slice(end + 2);
      const [keyNode, value] = property.children ?? [];
      const target = rest === '' && key ? keyNode : value;
      if (target === undefined) return node;
      node = target;
    } else if (node.type === 'object') {
      const r = rest.startsWith('.') ? rest.slice(1) : rest;
      let best: Node | undefined;
      let length = -1;
      for (const property of node.children ?? []) {
        const name = property.children?.[0]?.value;
        if (typeof name !== 'string' || name.length <= length || !r.startsWith(name)) continue;
        const next = r.charAt(name.length);
        if (next === '' || next === '.' || next === '[') {
          best = property;
          length = name.length;
        }
      }
      if (best === undefined) return node;
      rest = r.slice(length);
      const [name, value] = best.children ?? [];
      const target = rest === '' && key ? name : value;
      if (target === undefined) return node;
      node = target;
    } else {
      return node;
    }
  }
  return node;
}

/** Line and column of an offset. */
function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * A function that gives the position of an issue in the text of one record,
 * in the file that holds it: the value at fault, the key of an unknown
 * field, or, for a missing field, the object that lacks it. The record is
 * parsed once, on the first call.
 *
 * @param text - The JSON text of the record.
 * @param start - Where the text starts in its file.
 * @returns `(path, key) => position`; `key` asks for the key rather than the value.
 */
export function createLocator(
  text: string,
  start: RecordStart = { line: 1, column: 1 },
): (path: string, key?: boolean) => Position {
  let root: Node | undefined | null = null;
  return (path, key = false) => {
    if (root === null) root = parseTree(text) ?? undefined;
    const local =
      root === undefined
        ? { line: 1, column: 1 }
        : positionOf(text, nodeAt(root, path, key).offset);
    return {
      line: start.line + local.line - 1,
      column: local.line === 1 ? start.column + local.column - 1 : local.column,
    };
  };
}
