// `npm start` runs the built CLI: build it first when a fresh clone has no
// dist/ yet. (The build is not an install script: npm would run those on
// every `npm install gcm-kit`.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
if (!existsSync(new URL('dist/cli.js', root))) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  process.exitCode = result.status ?? 1;
}
