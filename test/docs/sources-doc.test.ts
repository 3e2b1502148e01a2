import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { renderSourcesDoc } from '../../scripts/sources-doc.mjs';
import * as root from '../../src/index.js';
import * as sourcesEntry from '../../src/sources/index.js';

const gcm = { ...root, ...sourcesEntry };

describe('docs/sources.md', () => {
  it('is up to date with the sources registry (run `npm run docs:sources`)', () => {
    const onDisk = readFileSync(new URL('../../docs/sources.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderSourcesDoc(gcm));
  });

  it('lists every source once', () => {
    const doc: string = renderSourcesDoc(gcm);
    for (const id of Object.keys(gcm.sources)) expect(doc.split(`## \`${id}\``).length).toBe(2);
  });
});
