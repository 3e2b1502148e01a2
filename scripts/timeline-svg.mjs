// Draws docs/timeline.svg from the data, with the built CLI (880 px wide, the
// width of the README; test/cli/svg.test.ts renders it with resvg and checks it):
// gcm-kit timeline --format svg --mark 2017-05-16.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const svg = execFileSync(
  process.execPath,
  [cli, 'timeline', '--format', 'svg', '--mark', '2017-05-16'],
  { encoding: 'utf8' },
);
writeFileSync(new URL('../docs/timeline.svg', import.meta.url), svg);
console.log(`docs/timeline.svg: ${svg.length} bytes`);
