// Writes src/schemas/checkFields.generated.ts, the zod-free checker of a
// consultation record's fields, from ConsultationShape itself (see
// scripts/lib/fastCheck.mjs). Run `npm run fast-check` after changing the
// schema; test/schemas/checkFields.test.ts fails when the file is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { renderFastCheck } from './lib/fastCheck.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'src/schemas/checkFields.generated.ts';
// A folder in the project, so that the bundle finds zod in node_modules.
const dir = mkdtempSync(join(root, '.fast-check-'));
try {
  const file = join(dir, 'schema.mjs');
  await build({
    stdin: {
      contents: `export { ConsultationShape } from './src/schemas/consultation.ts';
        export { isTimeZone } from './src/_lib/isTimeZone.ts';
        export { isLanguageTag } from './src/_lib/isLanguageTag.ts';
        export { isWellFormedText } from './src/_lib/isWellFormedText.ts';
        export { canParseHttpUrl } from './src/_lib/httpUrl.ts';
        export { PATTERN_FUNCTIONS } from './src/_lib/patterns.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile: file,
    absWorkingDir: root,
  });
  const {
    ConsultationShape,
    isTimeZone,
    isLanguageTag,
    isWellFormedText,
    canParseHttpUrl,
    PATTERN_FUNCTIONS,
  } = await import(pathToFileURL(file).href);
  const text = renderFastCheck(ConsultationShape, {
    name: 'ConsultationShape',
    refinements: [
      [isTimeZone, 'isTimeZone', '../_lib/isTimeZone.js'],
      [isLanguageTag, 'isLanguageTag', '../_lib/isLanguageTag.js'],
      [isWellFormedText, 'isWellFormedText', '../_lib/isWellFormedText.js'],
      [canParseHttpUrl, 'canParseHttpUrl', '../_lib/httpUrl.js'],
    ],
    patterns: PATTERN_FUNCTIONS.map(([pattern, fn]) => [pattern, fn, '../_lib/patterns.js']),
  });
  writeFileSync(join(root, OUT), text);
  execFileSync('npx', ['biome', 'format', '--write', OUT], { cwd: root, stdio: 'ignore' });
  console.log(`fast-check: wrote ${OUT}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
