import { fs } from './node.js';

const { readFileSync } = fs;

/** The version of gcm-kit, from the package.json next to dist/ (the CLI is one bundle there). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
