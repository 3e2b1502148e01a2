import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as consultations from '../../src/consultations/index.js';
import * as ics from '../../src/ics/index.js';
import * as rootEntry from '../../src/index.js';
import * as labelsEntry from '../../src/labels/index.js';
import * as schemas from '../../src/schemas/index.js';
import * as sourcesEntry from '../../src/sources/index.js';

const gcm = { ...rootEntry, ...schemas, ...consultations, ...ics, ...labelsEntry, ...sourcesEntry };

// Runs every `@example` in the TSDoc of src/ and checks each `// => value`
// line against what the expression before it returns, so that the examples
// in the API docs cannot drift from the code.

const root = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  file: string;
  code: string;
}

function examples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  for (const block of text.matchAll(/@example\n((?: \*.*\n)+?) \*\/?(?:\s*@|\/)/g)) {
    const body = (block[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^ \* ?/, ''))
      .join('\n');
    const code = /```ts\n([\s\S]*?)```/.exec(body)?.[1];
    if (code !== undefined) found.push({ file: file.slice(root.length), code });
  }
  return found;
}

/** Turns each `statement;\n// => value` into a check; returns the script and the expected values. */
function instrument(code: string): { script: string; expected: string[] } {
  const lines = code.trimEnd().split('\n');
  const out: string[] = [];
  const expected: string[] = [];
  let pending: { text: string; depthAfter: number }[] = [];
  let depth = 0;
  for (const [i, line] of lines.entries()) {
    if (line.startsWith('import ') || line.trim().startsWith('//')) continue;
    for (const c of line) depth += '({['.includes(c) ? 1 : ')}]'.includes(c) ? -1 : 0;
    pending.push({ text: line, depthAfter: depth });
    if (!line.trimEnd().endsWith(';') || depth !== 0) continue;
    const arrow = /^\/\/ => (.*?)(?: \(.*\))?$/.exec((lines[i + 1] ?? '').trim());
    // The expression starts after the last earlier line that ends at depth 0 (a closed block).
    let start = 0;
    for (let k = 0; k < pending.length - 1; k++) if (pending[k]?.depthAfter === 0) start = k + 1;
    out.push(...pending.slice(0, start).map((p) => p.text));
    const statement = pending
      .slice(start)
      .map((p) => p.text)
      .join('\n')
      .trim();
    pending = [];
    if (arrow && !/^(const|let|var) /.test(statement)) {
      expected.push(arrow[1] as string);
      out.push(`__results.push(${statement.slice(0, -1)});`);
    } else out.push(statement);
  }
  out.push(...pending.map((p) => p.text));
  return { script: out.join('\n'), expected };
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

const all = sourceFiles(root).flatMap(examples);

describe('TSDoc examples', () => {
  it('exist for the public API', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  for (const example of all) {
    it(`hold in ${example.file}: ${example.code.split('\n').find((l) => !l.startsWith('import'))}`, async () => {
      const { script, expected } = instrument(example.code);
      expect(expected.length, 'an example shows at least one result').toBeGreaterThan(0);
      const js = transformSync(script, { loader: 'ts' }).code;
      const results: unknown[] = [];
      const names = Object.keys(gcm);
      await new AsyncFunction('__results', ...names, js)(
        results,
        ...names.map((n) => (gcm as Record<string, unknown>)[n]),
      );
      const values = expected.map((literal) => new Function(`return (${literal});`)());
      expect(results).toEqual(values);
    });
  }
});
