// Where along a file validateMany and ajv spend their time (issue 16):
// `node bench/run.mjs curve`, after `npm run build`. Not part of `npm run
// bench`. Each job reads the valid file of the validation part (written on
// first use) in its own process and notes its CPU time (user + system, all
// threads) as it passes given record counts; the table gives, for each stretch
// of records, what it cost each job and the median over rounds of the
// per-round ratio, as the validation part does for whole files.
//
// ajv notes the time in its own loop, after the record. validateMany reads
// from a generator of the file's chunks and is timed when it asks for the next
// one: by then it has checked every record whose line ended in the chunks
// before (it reads nothing ahead), and the time at a given count is
// interpolated between two such requests.
//
// A third job runs validateMany with its repeated-id rule off (`maxIds: 0`),
// a check ajv does not make, and is set against validateMany of its round.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';
import { ajvSetup, makeRecord, writeFile } from './validation.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/** The record counts at which the CPU time is noted, below the file's own. */
const marks = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000];

// Each job prints the CPU ms at each mark, space-separated, then a newline.
const jobs = {
  ajv: `
    import { createReadStream, readFileSync } from 'node:fs'; import { createInterface } from 'node:readline';
    ${ajvSetup}
    const marks = JSON.parse(process.argv[2]);
    const c = process.cpuUsage(); const at = []; let n = 0, next = 0;
    for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) {
      if (!line) continue;
      validate(JSON.parse(line));
      if (++n === marks[next]) { const u = process.cpuUsage(c); at.push((u.user + u.system) / 1000); next++; }
    }
    console.log(at.join(' '));`,
};

/** The validateMany job, with `options` (JSON) given to validateMany. */
const validateManyJob = (options) => `
    import { createReadStream } from 'node:fs'; import { validateMany } from ${JSON.stringify(here('../dist/schemas.js'))};
    const marks = JSON.parse(process.argv[2]);
    const c = process.cpuUsage(); const seen = [[0, 0]]; let lines = 0;
    async function* chunks() {
      for await (const chunk of createReadStream(process.argv[1])) {
        const u = process.cpuUsage(c); seen.push([lines, (u.user + u.system) / 1000]);
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        yield chunk;
      }
    }
    await validateMany(chunks(), ${options});
    const u = process.cpuUsage(c); seen.push([lines, (u.user + u.system) / 1000]);
    const at = marks.map((m) => {
      const k = seen.findIndex(([n]) => n >= m); const [n1, t1] = seen[k]; const [n0, t0] = seen[k - 1];
      return n1 === n0 ? t1 : t0 + ((t1 - t0) * (m - n0)) / (n1 - n0);
    });
    console.log(at.join(' '));`;
jobs.validateMany = validateManyJob('{}');
// The same without the repeated-id rule, which ajv does not have.
jobs['validateMany, maxIds 0'] = validateManyJob('{ maxIds: 0 }');

/**
 * Runs the three jobs `rounds` times, interleaved (in reverse order every
 * other round), on the valid file of `count` records, and prints the table.
 */
export async function runCurveBench({ count = 100_000, rounds = 7 } = {}) {
  for (const [name, n] of [
    ['BENCH_RECORDS', count],
    ['BENCH_ROUNDS', rounds],
  ])
    if (!Number.isSafeInteger(n) || n < 1)
      throw new RangeError(`bench curve: ${name} must be a whole number, 1 or more, got ${n}`);
  const file = here(`./consultations-valid-${count}.ndjson`);
  await writeFile(file, count, makeRecord);
  const at = [...marks.filter((m) => m < count), count];
  const names = Object.keys(jobs);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++)
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const out = execFileSync(
        process.execPath,
        ['--input-type=module', '-e', jobs[name], file, JSON.stringify(at)],
        { encoding: 'utf8', maxBuffer: 1e9 },
      );
      const times = out.trim().split(' ').map(Number);
      if (times.length !== at.length || times.some((t) => !Number.isFinite(t)))
        throw new Error(`${name} printed ${JSON.stringify(out)}; expected ${at.length} times`);
      runs[name].push(times);
    }
  // The CPU time of stretch k (records at[k-1]+1 to at[k]) in one run.
  const stretch = (times, k) => times[k] - (k === 0 ? 0 : times[k - 1]);
  const rows = {};
  for (let k = 0; k < at.length; k++) {
    const from = k === 0 ? 1 : at[k - 1] + 1;
    rows[`records ${from.toLocaleString('en')} to ${at[k].toLocaleString('en')}`] = {
      'ajv CPU (ms)': Math.round(median(runs.ajv.map((t) => stretch(t, k)))),
      'validateMany CPU (ms)': Math.round(median(runs.validateMany.map((t) => stretch(t, k)))),
      'validateMany vs ajv': `${median(runs.validateMany.map((t, r) => stretch(t, k) / stretch(runs.ajv[r], k))).toFixed(2)}x`,
      'maxIds 0 vs validateMany': `${median(runs['validateMany, maxIds 0'].map((t, r) => stretch(t, k) / stretch(runs.validateMany[r], k))).toFixed(2)}x`,
      'vs ajv, all records so far': `${median(runs.validateMany.map((t, r) => t[k] / runs.ajv[r][k])).toFixed(2)}x`,
    };
  }
  console.log(
    `\nCPU time by stretch of the valid file (${count.toLocaleString('en')} records; ${rounds} interleaved rounds: times are medians, ratios medians of per-round ratios; ajv compiles before its clock starts, gcm-kit is imported before its own; "maxIds 0" is validateMany with the repeated-id rule off, set against validateMany)`,
  );
  console.table(rows);
}
