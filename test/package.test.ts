import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('package.json', () => {
  it('has no script that npm runs when a user installs the package (npm 11 warns about each)', () => {
    // npm runs these on `npm install gcm-kit`; the build belongs to packing
    // (prepack), testing (pretest) and starting (prestart) instead.
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[hook], hook).toBeUndefined();
  });

  it('builds before packing, testing and starting, so a fresh clone needs no manual build', () => {
    expect(pkg.scripts.prepack).toContain('npm run --silent build');
    expect(pkg.scripts.pretest).toContain('npm run --silent build');
    expect(pkg.scripts.prestart).toBe('node scripts/ensure-built.mjs');
  });
});
