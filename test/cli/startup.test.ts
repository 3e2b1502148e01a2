import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built CLI in a child process whose standard output is a pipe, as in
// `gcm-kit validate f.json | cat`. On exit the child lists the modules of
// Node's own that it loaded. `npm test` builds first.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const example = fileURLToPath(new URL('../../examples/belarus-2017-05-16.json', import.meta.url));

function nodeModulesLoaded(args: string[]): { out: string; loaded: string[] } {
  const code = `process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...${JSON.stringify(args)}];
    process.on('exit', () => process.getBuiltinModule('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList)));
    await import(${JSON.stringify(cli)});`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { out: result.stdout, loaded: JSON.parse(result.stderr) as string[] };
}

describe("the CLI's start (issue 16): what a run that only prints needs of Node", () => {
  it.each([
    [['validate', example], '1 file, 1 record: 1 valid, 0 invalid, 0 unreadable; 0 warnings\n'],
    [['when', '2017-05-16'], 'Tuesday 16 May 2017\n'],
  ])('%j loads neither the stream nor the net library of Node', (args, start) => {
    const { out, loaded } = nodeModulesLoaded(args);
    expect(out.startsWith(start)).toBe(true);
    expect(loaded).not.toContain('NativeModule stream');
    expect(loaded).not.toContain('NativeModule net');
  });
});
