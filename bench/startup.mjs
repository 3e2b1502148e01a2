// Cold start (issue 16): how much loading each entry of gcm-kit adds to a
// bare `node`, and how long the CLI takes against `node -e 0`. Each child
// reports its own CPU time on exit, which other work on the machine
// disturbs less than the wall clock.
//
// The speed of this machine drifts: `node -e 0` alone takes from 69 to 117
// ms of CPU within one minute (docs/performance.md). So each round runs every
// case once, in reverse order every other round, and each case is set
// against the `node -e 0` of its own round: the figure kept is the median
// of those per-round differences and ratios (a paired comparison). The
// medians of each case on its own, which drift apart, are printed too.
//
// Where NODE_EXTRA_CA_CERTS is set (it is on the machines of issue 16, to
// /etc/ssl/certs/ca-certificates.crt), every node process parses that
// bundle at start, before any script: most of what `node -e 0` costs there.
// A ratio to `node -e 0` then depends on that setting, so the bare start and
// the cases with a goal are measured a second time with it unset, each set
// against the bare start without it of the same round.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { median } from './median.mjs';

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
  // Node's own part of any first import() of a file: resolving it, reading
  // its package.json, loading the module loader's file reader.
  'import() of an empty module': importing('./empty.mjs'),
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

/** The environment without NODE_EXTRA_CA_CERTS. */
const { NODE_EXTRA_CA_CERTS: extraCaCerts, ...envWithoutCa } = process.env;
const WITHOUT_CA = ', NODE_EXTRA_CA_CERTS unset';
const BARE_WITHOUT_CA = `node -e 0${WITHOUT_CA}`;
if (extraCaCerts)
  for (const name of [
    'node -e 0',
    "import('gcm-kit')",
    'gcm-kit validate (one small valid file)',
    'gcm-kit when 2017-05-16',
  ])
    cases[`${name}${WITHOUT_CA}`] = { args: cases[name], env: envWithoutCa };

function time(spec) {
  const { args, env } = Array.isArray(spec) ? { args: spec, env: process.env } : spec;
  const t = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env });
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
  [`import('gcm-kit')${WITHOUT_CA}`]: 'at most +15 ms',
  [`gcm-kit validate (one small valid file)${WITHOUT_CA}`]: 'at most 1.5x',
};

export async function runStartupBench(runs = 41) {
  const names = Object.keys(cases);
  const wall = Object.fromEntries(names.map((k) => [k, []]));
  const cpu = Object.fromEntries(names.map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const name of i % 2 === 0 ? names : [...names].reverse()) {
      const r = time(cases[name]);
      wall[name].push(r.ms);
      cpu[name].push(r.cpu);
    }
  // Each case against the bare start of its own environment.
  const bareOf = (name) => (name.endsWith(WITHOUT_CA) ? BARE_WITHOUT_CA : 'node -e 0');
  // Per-round differences and ratios to the round's own `node -e 0`.
  const paired = (xs, base, f) => median(xs.map((x, i) => f(x, base[i])));
  const minus = (a, b) => a - b;
  const over = (a, b) => a / b;
  const rows = {};
  const out = {};
  for (const name of names) {
    const bareWall = wall[bareOf(name)];
    const bareCpu = cpu[bareOf(name)];
    const added = paired(wall[name], bareWall, minus);
    const ratio = paired(wall[name], bareWall, over);
    const cpuAdded = paired(cpu[name], bareCpu, minus);
    const cpuRatio = paired(cpu[name], bareCpu, over);
    rows[name] = {
      'wall (ms)': median(wall[name]).toFixed(1),
      'added (ms)': added.toFixed(1),
      'vs node -e 0': `${ratio.toFixed(2)}x`,
      'CPU (ms)': median(cpu[name]).toFixed(1),
      'CPU added (ms)': cpuAdded.toFixed(1),
      'CPU vs node -e 0': `${cpuRatio.toFixed(2)}x`,
      'unpaired CPU added': (median(cpu[name]) - median(bareCpu)).toFixed(1),
      budget: budgets[name] ?? '',
    };
    out[name] = {
      added,
      ratio,
      cpuAdded,
      cpuRatio,
      unpairedCpuAdded: median(cpu[name]) - median(bareCpu),
      unpairedCpuRatio: median(cpu[name]) / median(bareCpu),
    };
  }
  const spread = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${s[0].toFixed(0)} to ${s[s.length - 1].toFixed(0)} ms`;
  };
  console.log(
    `\nCold start (${runs} interleaved rounds; wall and CPU are medians of each case, added and vs are medians of per-round differences and ratios to node -e 0; node -e 0 took ${spread(cpu['node -e 0'])} of CPU over the rounds)`,
  );
  if (extraCaCerts)
    console.log(
      `NODE_EXTRA_CA_CERTS is set (${extraCaCerts}): node parses it at every start. The rows ending "${WITHOUT_CA}" run without it, against ${BARE_WITHOUT_CA} (${spread(cpu[BARE_WITHOUT_CA])} of CPU).`,
    );
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
