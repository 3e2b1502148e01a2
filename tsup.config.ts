import { appendFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

const dts = { compilerOptions: { ignoreDeprecations: '6.0' } };

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      schemas: 'src/schemas/index.ts',
      consultations: 'src/consultations/index.ts',
      ics: 'src/ics/index.ts',
      labels: 'src/labels/index.ts',
      sources: 'src/sources/index.ts',
    },
    format: ['esm', 'cjs'],
    dts,
    clean: true,
    sourcemap: false,
    target: 'node20',
    removeNodeProtocol: false,
    splitting: false,
    treeshake: true,
    // CommonJS callers share one exports object: freeze it, so that
    // require('gcm-kit').events = [] cannot change what others see. Appended
    // after the build, as tsup writes its `exports.x = x` lines last.
    async onSuccess() {
      for (const name of ['index', 'schemas', 'ics', 'consultations', 'labels', 'sources'])
        await appendFile(`dist/${name}.cjs`, 'Object.freeze(module.exports);\n');
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    removeNodeProtocol: false,
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
]);
