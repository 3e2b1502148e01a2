// Nightly-style fuzzing of the bulk reader: the property test of
// test/schemas/validateMany.properties.test.ts with many more runs than CI's
// 10,000. Usage: node scripts/fuzz-validate.mjs [runs] (default 200,000).
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 200_000);
if (!Number.isSafeInteger(runs) || runs < 1) {
  process.stderr.write(
    `fuzz-validate: runs must be a whole number, 1 or more, got ${process.argv[2]}\n`,
  );
  process.exit(2);
}
const result = spawnSync(
  'npx',
  ['vitest', 'run', 'test/schemas/validateMany.properties.test.ts', '--testTimeout', '0'],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: String(runs) } },
);
process.exit(result.status ?? 1);
