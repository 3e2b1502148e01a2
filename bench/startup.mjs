// Cold start (issue 16): how much loading each entry of gcm-kit adds to a
// bare `node`, and how long the CLI takes against `node -e 0`, as medians of
// several runs of each, interleaved, so that a machine busy with other work
// slows them all alike. Each child reports its own CPU time on exit, which
// other work on the machine disturbs less than the wall clock.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const url = (p) => new URL(p, import.meta.url).href;
const path = (p) => new URL(p, import.meta.url).pathname;

// Printed by every child on exit: its CPU time in ms (user + system).
const cpuHook = `process.on('exit', () => { const r = process.resourceUsage(); process.stderr.write('cpu ' + (r.userCPUTime + r.systemCPUTime) / 1000 + '\\n'); });`;
const importing = (entry) => [
  '--input-type=module',
  '-e',
  `${cpuHook} await import(${JSON.stringify(url(entry))});`,
];
const cli = (...args) => [
  '--input-type=module',
  '-e',
  `${cpuHook} process.argv = [process.argv[0], ${JSON.stringify(path('../dist/cli.js'))}, ${args.map((a) => JSON.stringify(a)).join(', ')}]; await import(${JSON.stringify(url('../dist/cli.js'))});`,
];

const cases = {
  'node -e 0': ['--input-type=module', '-e', cpuHook],
  "import('gcm-kit')": importing('../dist/index.js'),
  "import('gcm-kit/consultations')": importing('../dist/consultations.js'),
  "import('gcm-kit/labels')": importing('../dist/labels.js'),
  "import('gcm-kit/ics')": importing('../dist/ics.js'),
  "import('gcm-kit/sources')": importing('../dist/sources.js'),
  "import('gcm-kit/schemas')": importing('../dist/schemas.js'),
  'gcm-kit validate (one small valid file)': cli(
    'validate',
    path('../examples/belarus-2017-05-16.json'),
  ),
  'gcm-kit when 2017-05-16': cli('when', '2017-05-16'),
};

function time(args) {
  const t = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const cpu = Number(/cpu ([\d.]+)/.exec(result.stderr)?.[1]);
  if (result.status !== 0 || Number.isNaN(cpu))
    throw new Error(`startup bench: ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, cpu };
}

/** Budgets of issue 16: added ms for imports, a ratio to `node -e 0` for the CLI. */
const budgets = {
  "import('gcm-kit')": 'at most +15 ms',
  'gcm-kit validate (one small valid file)': 'at most 1.5x',
  'gcm-kit when 2017-05-16': '',
};

export async function runStartupBench(runs = 21) {
  const wall = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, args] of Object.entries(cases)) {
      const r = time(args);
      wall[name].push(r.ms);
      cpu[name].push(r.cpu);
    }
  const bare = median(wall['node -e 0']);
  const bareCpu = median(cpu['node -e 0']);
  const rows = {};
  const out = {};
  for (const name of Object.keys(cases)) {
    const ms = median(wall[name]);
    const c = median(cpu[name]);
    rows[name] = {
      'wall (ms)': ms.toFixed(1),
      'added (ms)': (ms - bare).toFixed(1),
      'vs node -e 0': `${(ms / bare).toFixed(2)}x`,
      'CPU (ms)': c.toFixed(1),
      'CPU added (ms)': (c - bareCpu).toFixed(1),
      'CPU vs node -e 0': `${(c / bareCpu).toFixed(2)}x`,
      budget: budgets[name] ?? '',
    };
    out[name] = {
      added: ms - bare,
      ratio: ms / bare,
      cpuAdded: c - bareCpu,
      cpuRatio: c / bareCpu,
    };
  }
  console.log(`\nCold start (median of ${runs} interleaved runs of each)`);
  console.table(rows);
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
  return { rows: out, bytes };
}
