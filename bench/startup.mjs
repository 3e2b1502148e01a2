// Cold start: how much `import('gcm-kit')` adds to a bare `node -e ''`,
// as the median of several runs of each, interleaved.
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function time(args) {
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export async function runStartupBench(runs = 15) {
  const bare = [];
  const withKit = [];
  const root = new URL('../dist/index.js', import.meta.url).href;
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '']));
    withKit.push(time(['--input-type=module', '-e', `await import(${JSON.stringify(root)})`]));
  }
  const added = median(withKit) - median(bare);
  console.log(
    `\nCold start (median of ${runs}): node -e '' ${median(bare).toFixed(1)} ms; with import('gcm-kit') ${median(withKit).toFixed(1)} ms; added ${added.toFixed(1)} ms (budget 20 ms)`,
  );
  const bundle = await build({
    stdin: {
      contents: "export { getPhaseOn } from './dist/index.js';",
      resolveDir: new URL('..', import.meta.url).pathname,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  const bytes = gzipSync(bundle.outputFiles[0].contents).length;
  console.log(`Bundle of { getPhaseOn }: ${bytes} B min+gzip (budget 4096 B)`);
  return { added, bytes };
}
