import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

// Every code block in ts or js of the README and the guides (docs/*.md) runs
// here as written, as a user who installed the package would run it: the
// block becomes an .mjs file that imports `gcm-kit` from the built dist by
// the package name, next to a copy of `examples/`. A line `expression; //
// value` whose value is a JavaScript literal is also checked (a string
// ending in ' …' is a prefix). Blocks in other languages (sh, console, json)
// are illustrations and do not run, except the `gcm-kit when` sample of the
// CLI guide, which must be what the CLI prints. Needs `npm run build` first
// (`npm test` does it).

const repo = new URL('../../', import.meta.url).pathname;
const runnable = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);

interface Block {
  file: string;
  line: number;
  lang: string;
  code: string;
}

function blocks(file: string): Block[] {
  const text = readFileSync(join(repo, file), 'utf8');
  const found: Block[] = [];
  for (const match of text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ file, line, lang: match[1] ?? '', code: match[2] ?? '' });
  }
  return found;
}

const files = [
  'README.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];
const all = files.flatMap(blocks);
const code = all.filter((b) => runnable.has(b.lang));

/** Turns `expression; // literal` lines into checks of the value. */
function instrument(source: string): string {
  const lines = source.split('\n').map((line) => {
    const m = /^(\s*)([^/].*?);\s*\/\/ (.+?)(?: \(.*\))?$/.exec(line);
    if (!m || /^(const|let|var|import|export|for|if|await import) /.test((m[2] ?? '').trim()))
      return line;
    try {
      new Function(`return (${m[3]});`);
    } catch {
      return line;
    }
    return `${m[1]}__check(${m[2]}, ${m[3]}, ${JSON.stringify(line.trim())});`;
  });
  return `${lines.join('\n')}
function __check(actual, expected, line) {
  const ok = typeof expected === 'string' && expected.endsWith(' …')
    ? typeof actual === 'string' && actual.startsWith(expected.slice(0, -2))
    : JSON.stringify(actual) === JSON.stringify(expected);
  if (!ok) throw new Error(\`\${line}\\n  returned \${JSON.stringify(actual)}\`);
}
`;
}

const work = mkdtempSync(join(tmpdir(), 'gcm-kit-guides-'));
mkdirSync(join(work, 'node_modules'));
symlinkSync(repo, join(work, 'node_modules', 'gcm-kit'), 'dir');
symlinkSync(join(repo, 'examples'), join(work, 'examples'), 'dir');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('code blocks of the README and the guides', () => {
  it('include the README examples of every entry point', () => {
    const readme = code.filter((b) => b.file === 'README.md').map((b) => b.code);
    for (const entry of [
      "'gcm-kit'",
      "'gcm-kit/consultations'",
      "'gcm-kit/labels'",
      "'gcm-kit/schemas'",
      "'gcm-kit/ics'",
      "'gcm-kit/sources'",
    ])
      expect(
        readme.some((c) => c.includes(`from ${entry}`)),
        entry,
      ).toBe(true);
  });

  for (const block of code) {
    it(`run as written: ${block.file}:${block.line}`, () => {
      const js = transformSync(instrument(block.code), { loader: 'ts', format: 'esm' }).code;
      const path = join(work, `${block.file.replace(/\W/g, '-')}-${block.line}.mjs`);
      writeFileSync(path, js);
      const result = spawnSync(process.execPath, [path], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, TZ: 'UTC' },
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  }
});

describe('the CLI guide', () => {
  it('shows what `gcm-kit when 2017-05-16` prints today', () => {
    const sample = all.find(
      (b) => b.file === 'docs/cli.md' && b.code.startsWith('$ gcm-kit when 2017-05-16\n'),
    );
    expect(sample).toBeDefined();
    const shown = (sample?.code ?? '').split('\n').slice(1).join('\n');
    const printed = spawnSync(process.execPath, [join(repo, 'dist/cli.js'), 'when', '2017-05-16'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    }).stdout;
    expect(shown).toBe(printed);
  });
});
