// Bundles `import { getPhaseOn } from 'gcm-kit'` the way an app would
// (esbuild, minified) and fails if zod or the labels (gcm-kit/labels) are in
// it, or it is over 4 kB gzip; then fails if the root entry as a whole holds
// the sources registry (gcm-kit/sources), or the register loads zod.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const result = await build({
  stdin: {
    contents:
      "import { getPhaseOn } from './dist/index.js'; console.log(getPhaseOn('2017-05-16'));",
    resolveDir: process.cwd(),
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
});
const inputs = Object.keys(result.metafile.inputs);
const zod = inputs.filter((file) => file.includes('node_modules/zod'));
const bytes = gzipSync(result.outputFiles[0].contents).length;
// Two label texts: neither may reach this bundle.
const labels = ['Centrada en las personas', 'Lutter contre les facteurs'].filter((s) =>
  result.outputFiles[0].text.includes(s),
);
console.log(
  `getPhaseOn bundle: ${bytes} B min+gzip from ${inputs.length} inputs; zod inputs: ${zod.length}; label markers: ${labels.length}`,
);
if (zod.length > 0 || labels.length > 0 || bytes > 4096) process.exit(1);

// The register entry, gcm-kit/consultations, must not load zod either.
const register = await build({
  stdin: {
    contents:
      "import { getConsultationsOn } from './dist/consultations.js'; console.log(getConsultationsOn('2017-05-16'));",
    resolveDir: process.cwd(),
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
});
const registerZod = Object.keys(register.metafile.inputs).filter((f) =>
  f.includes('node_modules/zod'),
);
const registerBytes = gzipSync(register.outputFiles[0].contents).length;
console.log(
  `gcm-kit/consultations bundle: ${registerBytes} B min+gzip; zod inputs: ${registerZod.length}`,
);
if (registerZod.length > 0) process.exit(1);

// The root entry, all of it, must not hold the sources registry: it is the
// entry gcm-kit/sources (issue 16). Looked for by the registry's own
// addresses and notes, which nothing else in the root entry repeats (a title
// may: the conference's name is also a source's title).
const { sources } = await import(new URL('../dist/sources.js', import.meta.url).href);
const rootText = await readFile(new URL('../dist/index.js', import.meta.url), 'utf8');
const rootCjs = await readFile(new URL('../dist/index.cjs', import.meta.url), 'utf8');
const markers = Object.values(sources).flatMap((s) => [s.url, s.note].filter(Boolean));
const inRoot = markers.filter(
  (m) => rootText.includes(JSON.stringify(m)) || rootCjs.includes(JSON.stringify(m)),
);
console.log(
  `root entry: ${inRoot.length} of ${markers.length} addresses and notes of the sources registry in dist/index.js or dist/index.cjs`,
);
if (inRoot.length > 0 || markers.length === 0) process.exit(1);
