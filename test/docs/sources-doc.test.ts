import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { renderSourcesDoc } from '../../scripts/sources-doc.mjs';
import * as root from '../../src/index.js';
import { labels } from '../../src/labels/labels.js';
import * as sourcesEntry from '../../src/sources/index.js';

const gcm = { ...root, ...sourcesEntry };

describe('docs/sources.md', () => {
  it('is up to date with the sources registry (run `npm run docs:sources`)', () => {
    const onDisk = readFileSync(new URL('../../docs/sources.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderSourcesDoc(gcm, labels));
  });

  it('lists every source once', () => {
    const doc: string = renderSourcesDoc(gcm, labels);
    for (const id of Object.keys(gcm.sources)) expect(doc.split(`## \`${id}\``).length).toBe(2);
  });

  it('names, for each source of a label, the labels that cite it', () => {
    const doc: string = renderSourcesDoc(gcm, labels);
    const entry = (id: string) => doc.split(`## \`${id}\``)[1]?.split('\n## ')[0] ?? '';
    expect(entry('err-rus-877566')).toContain(
      '- Cited by: labels `gcmObjectives:objective-1` (ru)\n',
    );
    expect(entry('iom-wmr-2020-ru-p339')).toContain('labels `gcmObjectives:objective-21` (ru)');
    expect(entry('a-res-76-266-zh')).toContain('labels `gcmGuidingPrinciples:people-centred` (zh)');
    for (const l of labels)
      for (const id of l.sourceIds) expect(entry(id), id).not.toContain('- Cited by: nothing');
  });
});
