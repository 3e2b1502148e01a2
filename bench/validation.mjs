// Validation benchmarks (issue 16): validateMany and the CLI against ajv
// compiled from the shipped JSON Schema, and against reading and
// JSON.parse-ing the same NDJSON file, on a file of valid records and on one
// where every other record is invalid. Each job runs in its own process; the
// jobs are interleaved over several rounds, in reverse order every other
// round. The speed of this machine drifts within a minute, so each job is
// set against the ajv run of its own round, and the ratio kept is the median
// of those per-round ratios (a paired comparison); times are the median of
// each job on its own. The files are generated here (bench/*.ndjson is not
// committed).
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, renameSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

// About 1 KB a record, with values that vary from record to record.
export function makeRecord(i) {
  const n = String(i).padStart(6, '0');
  const regional = i % 3 === 0;
  return {
    id: `consultation-${n}`,
    kind: regional ? 'regional' : 'national',
    title: `Multi-stakeholder consultation on the Global Compact for Migration no. ${n}`,
    dates: { start: `2017-0${4 + (i % 6)}-1${i % 10}`, end: `2017-0${4 + (i % 6)}-2${i % 9}` },
    timeZone: ['Europe/Minsk', 'Asia/Colombo', 'Africa/Accra', 'Asia/Dhaka'][i % 4],
    country: ['BLR', 'LKA', 'GHA', 'BGD'][i % 4],
    city: ['Minsk', 'Colombo', 'Accra', 'Dhaka'][i % 4],
    ...(regional ? { regions: ['ECE'] } : {}),
    multiStakeholder: true,
    organizations: [
      {
        name: 'International Organization for Migration',
        category: 'un-system',
        roles: ['organizer'],
      },
      { name: `Ministry of Foreign Affairs (${n})`, category: 'government', roles: ['host'] },
    ],
    participants: [{ count: 40 + (i % 60), qualifier: 'about', unit: 'people', sources: [0] }],
    speakers: [{ name: `Speaker ${n}`, role: 'Minister', organization: 'Government' }],
    stakeholders: ['government', 'ngo-civil-society', 'academia'],
    thematicGroups: [
      {
        id: 'irregular-migration',
        title: 'Irregular migration',
        thematicSessions: [6],
        tagBasis: 'editor',
      },
      {
        id: 'forced-migration',
        title: 'Forced migration',
        thematicSessions: [2],
        tagBasis: 'editor',
      },
    ],
    outcome: {
      kind: 'recommendations',
      recommendations: [
        {
          id: 'r1',
          text: `Collect disaggregated migration data (${n}).`,
          thematicGroupId: 'irregular-migration',
          gcmObjectives: [1 + (i % 23)],
          tagBasis: 'editor',
        },
        {
          id: 'r2',
          text: 'Expand regular pathways.',
          thematicGroupId: 'forced-migration',
          sdgTargets: ['10.7'],
          tagBasis: 'editor',
        },
      ],
    },
    sources: [
      {
        title: 'National consultation report',
        publisher: 'IOM',
        url: `https://www.iom.int/news/consultation-${n}`,
        publishedOn: '2017-05-23',
        language: ['en', 'ru', 'fr', 'es'][i % 4],
      },
    ],
    language: 'en',
  };
}

/**
 * Record i of the half-invalid file: every other record has one mistake of a
 * kind people make, in turn: a misspelled zone, a lower-case country, an end
 * before the start, a bad SDG code, a country name, a zone that is a city,
 * an unknown field, a thematic group that does not exist.
 */
function makeHalfInvalidRecord(i) {
  const r = makeRecord(i);
  if (i % 2 === 0) return r;
  switch ((i >> 1) % 8) {
    case 0:
      return { ...r, timeZone: 'Europe/Minks' };
    case 1:
      return { ...r, country: r.country.toLowerCase() };
    case 2:
      return { ...r, dates: { start: r.dates.end, end: r.dates.start } };
    case 3:
      r.outcome.recommendations[1].sdgTargets = ['10.z'];
      return r;
    case 4:
      return { ...r, country: 'Belarus' };
    case 5:
      return { ...r, timeZone: 'Colombo' };
    case 6:
      return { ...r, organisers: [] };
    default:
      r.outcome.recommendations[0].thematicGroupId = 'irregular-migrations';
      return r;
  }
}

export async function writeFile(path, count, make) {
  if (existsSync(path) && statSync(path).size > 0) return;
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(make(i))}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  renameSync(partial, path);
}

/**
 * Module code that compiles ajv from the JSON Schema file gcm-kit ships into
 * `validate`; the job that holds it imports `readFileSync` from node:fs.
 */
export const ajvSetup = `
    import Ajv2020 from 'ajv/dist/2020.js'; import addFormats from 'ajv-formats';
    const ajv = new Ajv2020({ strict: false }); addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(${JSON.stringify(here('../json-schema/consultation.schema.json'))}, 'utf8')));
`;

// Each job runs in its own process and prints "<ms> <maxRSS kB> <records> <invalid>
// <CPU ms of the work> <CPU ms of the whole process>".
const jobs = {
  'read + JSON.parse': `
    import { createReadStream } from 'node:fs'; import { createInterface } from 'node:readline';
    const t = performance.now(); const c = process.cpuUsage(); let n = 0;
    for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) { if (line) { JSON.parse(line); n++; } }
    const u = process.cpuUsage(c); const r = process.resourceUsage();
    console.log(performance.now() - t, r.maxRSS, n, 0, (u.user + u.system) / 1000, (r.userCPUTime + r.systemCPUTime) / 1000);`,
  // What a user would pick instead: ajv, compiled from the JSON Schema file
  // that gcm-kit ships, over the same lines. It checks the fields only (no
  // cross-field rules, warnings or suggestions), and stops at the first
  // error of a record (allErrors off, ajv's default).
  ajv: `
    import { createReadStream, readFileSync } from 'node:fs'; import { createInterface } from 'node:readline';
    ${ajvSetup}
    const t = performance.now(); const c = process.cpuUsage(); let n = 0, bad = 0;
    for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) { if (line) { n++; if (!validate(JSON.parse(line))) bad++; } }
    const u = process.cpuUsage(c); const r = process.resourceUsage();
    console.log(performance.now() - t, r.maxRSS, n, bad, (u.user + u.system) / 1000, (r.userCPUTime + r.systemCPUTime) / 1000);`,
  validateMany: `
    import { createReadStream } from 'node:fs'; import { validateMany } from ${JSON.stringify(here('../dist/schemas.js'))};
    const t = performance.now(); const c = process.cpuUsage(); const s = await validateMany(createReadStream(process.argv[1]));
    const u = process.cpuUsage(c); const r = process.resourceUsage();
    console.log(performance.now() - t, r.maxRSS, s.read, s.invalid, (u.user + u.system) / 1000, (r.userCPUTime + r.systemCPUTime) / 1000);`,
};

/** One run of a job: its own timing, and the whole process's. */
function runJob(code, file) {
  const t = performance.now();
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code, file], {
    encoding: 'utf8',
    maxBuffer: 1e9,
  });
  const whole = performance.now() - t;
  const [ms, rssKb, n, invalid, cpu, wholeCpu] = out.trim().split(' ').map(Number);
  return { ms, whole, rssMb: rssKb / 1024, n, invalid, cpu, wholeCpu };
}

/** The CLI as a whole process, its output discarded; its exit hook reports peak memory. */
function runCli(file) {
  const cli = here('../dist/cli.js');
  const code = `process.on('exit', () => { const r = process.resourceUsage(); process.stderr.write('maxRSS ' + r.maxRSS + ' cpu ' + (r.userCPUTime + r.systemCPUTime) / 1000 + '\\n'); });
    process.argv = [process.argv[0], ${JSON.stringify(cli)}, 'validate', ${JSON.stringify(file)}];
    await import(${JSON.stringify(cli)});`;
  const t = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    maxBuffer: 1e9,
  });
  const whole = performance.now() - t;
  const [, rss, cpu] = /maxRSS (\d+) cpu ([\d.]+)/.exec(result.stderr) ?? [];
  if (result.status === 2 || rss === undefined) throw new Error(`CLI failed: ${result.stderr}`);
  const summary = /(\d+) records?: \d+ valid, (\d+) invalid/.exec(result.stdout);
  return {
    ms: whole,
    whole,
    rssMb: Number(rss) / 1024,
    n: Number(summary?.[1]),
    invalid: Number(summary?.[2]),
    cpu: Number(cpu),
    wholeCpu: Number(cpu),
  };
}

/**
 * Times every job on both files, interleaved over `rounds`, and returns the
 * rows of the table: time, peak memory and ratios to ajv and to JSON.parse.
 */
export async function runValidationBench({ count = 100_000, rounds = 7 } = {}) {
  const files = {
    valid: here(`./consultations-valid-${count}.ndjson`),
    'half invalid': here(`./consultations-half-invalid-${count}.ndjson`),
  };
  await writeFile(files.valid, count, makeRecord);
  await writeFile(files['half invalid'], count, makeHalfInvalidRecord);
  const names = [...Object.keys(jobs), 'gcm-kit validate (CLI)'];
  const runs = {};
  for (const kind of Object.keys(files)) for (const name of names) runs[`${kind}|${name}`] = [];
  for (let round = 0; round < rounds; round++)
    for (const [kind, file] of Object.entries(files))
      for (const name of round % 2 === 0 ? names : [...names].reverse())
        runs[`${kind}|${name}`].push(name in jobs ? runJob(jobs[name], file) : runCli(file));
  const out = {};
  for (const [kind, file] of Object.entries(files)) {
    const mb = statSync(file).size / 1e6;
    const of = (name) => runs[`${kind}|${name}`];
    const pick = (name, key) => median(of(name).map((r) => r[key]));
    // The median over rounds of a job's figure over another job's in the same round.
    const ratio = (name, key, to, toKey = key) =>
      median(of(name).map((r, i) => r[key] / of(to)[i][toKey]));
    const rows = {};
    for (const name of names) {
      const cli = !(name in jobs);
      rows[cli ? `${name}, whole process` : name] = {
        records: of(name)[0].n,
        invalid: of(name)[0].invalid,
        'time (ms)': Math.round(pick(name, 'ms')),
        'vs JSON.parse': cli ? '' : `${ratio(name, 'ms', 'read + JSON.parse').toFixed(2)}x`,
        // The CLI is set against ajv timed the same way: whole processes.
        'vs ajv': `${(cli ? ratio(name, 'ms', 'ajv', 'whole') : ratio(name, 'ms', 'ajv')).toFixed(2)}x`,
        'CPU (ms)': Math.round(pick(name, 'cpu')),
        'CPU vs ajv': `${(cli ? ratio(name, 'cpu', 'ajv', 'wholeCpu') : ratio(name, 'cpu', 'ajv')).toFixed(2)}x`,
        'peak RSS (MB)': Math.round(pick(name, 'rssMb')),
      };
    }
    console.log(
      `\nValidating ${count.toLocaleString('en')} NDJSON records, ${kind} (${mb.toFixed(0)} MB; ${rounds} interleaved rounds: times are medians, ratios medians of per-round ratios)`,
    );
    console.table(rows);
    const perRound = of('validateMany').map((r, i) => (r.cpu / of('ajv')[i].cpu).toFixed(2));
    console.log(`validateMany over ajv in CPU, round by round: ${perRound.join(', ')}`);
    out[kind] = {
      validateMany: ratio('validateMany', 'ms', 'ajv'),
      cli: ratio('gcm-kit validate (CLI)', 'ms', 'ajv', 'whole'),
      validateManyCpu: ratio('validateMany', 'cpu', 'ajv'),
      cliCpu: ratio('gcm-kit validate (CLI)', 'cpu', 'ajv', 'wholeCpu'),
      // The same ratios as medians of each job on its own, as before the pairing.
      unpairedCpu: pick('validateMany', 'cpu') / pick('ajv', 'cpu'),
    };
  }
  return out;
}
