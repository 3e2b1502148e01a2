// Validation benchmarks: validateMany (and the CLI, once built) against
// reading and JSON.parse-ing the same NDJSON file, in the same run; peak
// memory of each in its own process, for two file sizes.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

// About 1 KB a record, with values that vary from record to record.
function makeRecord(i) {
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

async function writeFile(path, count) {
  if (existsSync(path) && statSync(path).size > 0) return;
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(makeRecord(i))}\n`))
      await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

// Each job runs in its own process and prints "<ms> <maxRSS kB> <records>".
const jobs = {
  'read + JSON.parse (baseline)': `
    import { createReadStream } from 'node:fs'; import { createInterface } from 'node:readline';
    const t = performance.now(); let n = 0;
    for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) { if (line) { JSON.parse(line); n++; } }
    console.log(performance.now() - t, process.resourceUsage().maxRSS, n);`,
  // What a user would pick instead: ajv, compiled from the JSON Schema file
  // that gcm-kit ships, over the same lines. It checks the fields only; the
  // cross-field rules and warnings are gcm-kit's alone.
  'ajv (shipped JSON Schema)': `
    import { createReadStream, readFileSync } from 'node:fs'; import { createInterface } from 'node:readline';
    import Ajv2020 from 'ajv/dist/2020.js'; import addFormats from 'ajv-formats';
    const ajv = new Ajv2020({ strict: false }); addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(${JSON.stringify(here('../json-schema/consultation.schema.json'))}, 'utf8')));
    const t = performance.now(); let n = 0, ok = 0;
    for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) { if (line) { n++; if (validate(JSON.parse(line))) ok++; } }
    if (ok !== n) throw new Error('ajv: unexpected invalid records ' + JSON.stringify(validate.errors));
    console.log(performance.now() - t, process.resourceUsage().maxRSS, n);`,
  validateMany: `
    import { createReadStream } from 'node:fs'; import { validateMany } from ${JSON.stringify(here('../dist/schemas.js'))};
    const t = performance.now(); const s = await validateMany(createReadStream(process.argv[1]));
    if (s.valid !== s.read) throw new Error('unexpected invalid records: ' + JSON.stringify(s.reports[0]));
    console.log(performance.now() - t, process.resourceUsage().maxRSS, s.read);`,
};

function runJob(code, file) {
  const [ms, rssKb, n] = execFileSync(process.execPath, ['--input-type=module', '-e', code, file], {
    encoding: 'utf8',
  })
    .trim()
    .split(' ')
    .map(Number);
  return { ms, rssMb: rssKb / 1024, n };
}

function timeProcess(code, file) {
  const t = performance.now();
  execFileSync(process.execPath, ['--input-type=module', '-e', code, file], { encoding: 'utf8' });
  return performance.now() - t;
}

/** The CLI as a whole process; its exit hook reports its peak memory on stderr. */
function runCli(file) {
  const cli = here('../dist/cli.js');
  const code = `process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));
    process.argv = [process.argv[0], ${JSON.stringify(cli)}, 'validate', ${JSON.stringify(file)}];
    await import(${JSON.stringify(cli)});`;
  const t = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
  });
  const ms = performance.now() - t;
  const rss = /maxRSS (\d+)/.exec(result.stderr)?.[1];
  if (result.status !== 0 || rss === undefined) throw new Error(`CLI failed: ${result.stderr}`);
  const read = Number(/(\d+) records?:/.exec(result.stdout)?.[1]);
  return { ms, rssMb: Number(rss) / 1024, n: read };
}

export async function runValidationBench() {
  const sizes = [100_000, 200_000];
  for (const count of sizes) {
    const file = here(`./consultations-r2-${count}.ndjson`);
    await writeFile(file, count);
    const mb = statSync(file).size / 1e6;
    const rows = {};
    const base = runJob(jobs['read + JSON.parse (baseline)'], file);
    const results = {};
    for (const [name, code] of Object.entries(jobs)) {
      results[name] = name.startsWith('read') ? base : runJob(code, file);
    }
    const ajvMs = results['ajv (shipped JSON Schema)'].ms;
    for (const [name, r] of Object.entries(results)) {
      rows[name] = {
        records: r.n,
        'time (ms)': Math.round(r.ms),
        'vs baseline': `${(r.ms / base.ms).toFixed(2)}x`,
        'vs ajv': `${(r.ms / ajvMs).toFixed(2)}x`,
        'peak RSS (MB)': Math.round(r.rssMb),
      };
    }
    // The CLI is timed as a whole process, start-up included, so it is set
    // against the baseline timed the same way.
    const baseProcess = timeProcess(jobs['read + JSON.parse (baseline)'], file);
    const cli = runCli(file);
    rows['read + JSON.parse, whole process'] = {
      records: base.n,
      'time (ms)': Math.round(baseProcess),
      'vs baseline': '1.00x',
      'peak RSS (MB)': Math.round(base.rssMb),
    };
    rows['gcm-kit validate (CLI), whole process'] = {
      records: cli.n,
      'time (ms)': Math.round(cli.ms),
      'vs baseline': `${(cli.ms / baseProcess).toFixed(2)}x`,
      'peak RSS (MB)': Math.round(cli.rssMb),
    };
    console.log(
      `\nValidating ${count.toLocaleString('en')} NDJSON records (${mb.toFixed(0)} MB, ${Math.round((mb * 1e6) / count)} B each)`,
    );
    console.table(rows);
  }
}
