// Bundles `import { getPhaseOn } from 'gcm-kit'` the way an app would
// (esbuild, minified) and fails if zod is in it or it is over 4 kB gzip.
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
console.log(
  `getPhaseOn bundle: ${bytes} B min+gzip from ${inputs.length} inputs; zod inputs: ${zod.length}`,
);
if (zod.length > 0 || bytes > 4096) process.exit(1);
