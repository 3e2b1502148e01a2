import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as ics from '../../src/ics/index.js';
import * as rootEntry from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';

const gcm = { ...rootEntry, ...schemas, ...ics };

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

/** Turns `expr;\n// => value` pairs into checks; returns the script and the expected values. */
function instrument(code: string): { script: string; expected: string[] } {
  const lines = code.trimEnd().split('\n');
  const out: string[] = [];
  const expected: string[] = [];
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1] ?? '';
    const arrow = /^\/\/ => (.*?)(?: \(.*\))?$/.exec(next.trim());
    if (line.startsWith('import ')) continue;
    if (arrow && line.trim().endsWith(';')) {
      expected.push(arrow[1] as string);
      out.push(`__results.push(${line.trim().slice(0, -1)});`);
    } else if (!line.trim().startsWith('//')) out.push(line);
  }
  return { script: out.join('\n'), expected };
}

const all = sourceFiles(root).flatMap(examples);

describe('TSDoc examples', () => {
  it('exist for the public API', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  for (const example of all) {
    it(`hold in ${example.file}: ${example.code.split('\n').find((l) => !l.startsWith('import'))}`, () => {
      const { script, expected } = instrument(example.code);
      expect(expected.length, 'an example shows at least one result').toBeGreaterThan(0);
      const js = transformSync(script, { loader: 'ts' }).code;
      const results: unknown[] = [];
      const names = Object.keys(gcm);
      new Function('__results', ...names, js)(
        results,
        ...names.map((n) => (gcm as Record<string, unknown>)[n]),
      );
      const values = expected.map((literal) => new Function(`return (${literal});`)());
      expect(results).toEqual(values);
    });
  }
});
