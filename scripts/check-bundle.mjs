// Bundles `import { getPhaseOn } from 'gcm-kit'` the way an app would
// (esbuild, minified) and fails if zod or the labels (gcm-kit/labels) are in
// it, or it is over 4 kB gzip.
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
