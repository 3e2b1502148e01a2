// `npm run bench`: builds, then measures. Not a test: nothing here fails
// because the machine is slow; it prints figures and ratios from one run,
// then the rows of issue 16 as ratios from that same run.
// `node bench/run.mjs timeline|startup|validation` runs one part;
// BENCH_RECORDS and BENCH_ROUNDS size the validation part (100,000 and 7),
// BENCH_STARTUP_RUNS the cold starts (41 rounds). `node bench/run.mjs curve`
// (not part of the full run) shows where along the valid file validateMany
// and ajv spend their time, sized by the same two variables.
import { cpus, loadavg } from 'node:os';
import { runCurveBench } from './curve.mjs';
import { runStartupBench } from './startup.mjs';
import { runTimelineBench } from './timeline.mjs';
import { runValidationBench } from './validation.mjs';

const only = process.argv[2];
const parts = ['timeline', 'startup', 'validation', 'curve'];
if (only !== undefined && !parts.includes(only)) {
  console.error(
    `bench: no part named ${JSON.stringify(only)}; give one of ${parts.join(', ')}, or nothing for all but curve`,
  );
  process.exit(2);
}
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
console.log(
  `${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}; load average at start ${load()}`,
);
if (!only || only === 'timeline') runTimelineBench();
const startup =
  !only || only === 'startup'
    ? await runStartupBench(Number(process.env.BENCH_STARTUP_RUNS ?? 41))
    : undefined;
const validation =
  !only || only === 'validation'
    ? await runValidationBench({
        count: Number(process.env.BENCH_RECORDS ?? 100_000),
        rounds: Number(process.env.BENCH_ROUNDS ?? 7),
      })
    : undefined;

if (only === 'curve')
  await runCurveBench({
    count: Number(process.env.BENCH_RECORDS ?? 100_000),
    rounds: Number(process.env.BENCH_ROUNDS ?? 7),
  });

const x = (n) => `${n.toFixed(2)}x`;
const ms = (n) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(1)} ms`;
const rows = [];
if (validation) {
  const { valid, 'half invalid': half } = validation;
  rows.push(
    [
      'validateMany vs ajv, valid records',
      x(valid.validateMany),
      x(valid.validateManyCpu),
      '≤ 1.00x',
      x(valid.unpairedCpu),
    ],
    [
      'validateMany vs ajv, half invalid',
      x(half.validateMany),
      x(half.validateManyCpu),
      '≤ 1.50x',
      x(half.unpairedCpu),
    ],
    ['CLI validate vs ajv (whole processes), valid', x(valid.cli), x(valid.cliCpu), '', ''],
    ['CLI validate vs ajv (whole processes), half invalid', x(half.cli), x(half.cliCpu), '', ''],
  );
}
if (startup) {
  for (const [name, r] of Object.entries(startup.rows)) {
    if (name.startsWith('node -e 0')) continue;
    const isImport = name.startsWith('import(');
    rows.push([
      // "…, NODE_EXTRA_CA_CERTS unset" stays at the end of the row's name.
      name.replace(
        /(?=, NODE_EXTRA_CA_CERTS unset$)|$/,
        isImport ? ' over bare node' : ' vs node -e 0',
      ),
      // Every row a ratio to node -e 0 from this run; imports also in ms added (their goal).
      isImport ? `${x(r.ratio)} (${ms(r.added)})` : x(r.ratio),
      isImport ? `${x(r.cpuRatio)} (${ms(r.cpuAdded)})` : x(r.cpuRatio),
      name.startsWith("import('gcm-kit')")
        ? '≤ +15 ms'
        : name.startsWith('gcm-kit validate')
          ? '≤ 1.50x'
          : '',
      isImport ? `${x(r.unpairedCpuRatio)} (${ms(r.unpairedCpuAdded)})` : x(r.unpairedCpuRatio),
    ]);
  }
}
if (rows.length > 0) {
  console.log(
    `\nIssue 16, measured in this run (load average at the end ${load()}); wall and CPU are medians of per-round ratios, the last column the ratio of the two CPU medians, unpaired`,
  );
  console.table(
    Object.fromEntries(
      rows.map(([row, wall, cpu, goal, unpaired]) => [
        row,
        { wall, CPU: cpu, goal, 'CPU, unpaired': unpaired },
      ]),
    ),
  );
}
