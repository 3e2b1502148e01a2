import { describe, expect, it } from 'vitest';
import { getSourceUrl } from '../../src/data/getSourceUrl.js';
import * as data from '../../src/data/index.js';
import { sources } from '../../src/data/sources.js';
import { labels } from '../../src/labels/labels.js';
import { isIsoDate } from '../../src/timeline/isIsoDate.js';

/** Every `sourceIds` array anywhere in a value, with the path where it was found. */
function citations(
  value: unknown,
  path: string,
  out: [string, string[]][] = [],
): [string, string[]][] {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) citations(v, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sourceIds') out.push([path, v as string[]]);
      else citations(v, `${path}.${key}`, out);
    }
  }
  return out;
}

const datasets = {
  modalities: data.modalities,
  phases: data.phases,
  events: data.events,
  thematicSessions: data.thematicSessions,
  gcmObjectives: data.gcmObjectives,
  gcmGuidingPrinciples: data.gcmGuidingPrinciples,
  migof: data.migof,
  mgiDomains: data.mgiDomains,
  sdgTargets: data.sdgTargets,
  conference: data.conference,
  reviewCycles: data.reviewCycles,
  labels,
};
const allCitations = Object.entries(datasets).flatMap(([name, value]) => citations(value, name));

describe('sources registry', () => {
  it('keys every source by its own id', () => {
    for (const [key, source] of Object.entries(sources)) expect(source.id).toBe(key);
  });

  it('gives every source a title, a publisher and a kind', () => {
    for (const source of Object.values(sources)) {
      expect(source.title.length, source.id).toBeGreaterThan(3);
      expect(source.publisher.length, source.id).toBeGreaterThan(1);
      expect(['primary', 'secondary']).toContain(source.kind);
    }
  });

  it('has http(s) URLs and real publication dates where given', () => {
    for (const source of Object.values(sources) as data.Source[]) {
      if (source.url !== undefined)
        expect(source.url, source.id).toMatch(/^https?:\/\/[^/]+\.[a-z]+/);
      if (source.publishedOn !== undefined)
        expect(isIsoDate(source.publishedOn), source.id).toBe(true);
    }
  });

  it('resolves every citation of every record', () => {
    expect(allCitations.length).toBeGreaterThan(100);
    for (const [path, ids] of allCitations) {
      expect(ids.length, `${path} cites nothing`).toBeGreaterThan(0);
      for (const id of ids) expect(Object.hasOwn(sources, id), `${path} cites ${id}`).toBe(true);
    }
  });

  it('uses every source at least once', () => {
    const cited = new Set(allCitations.flatMap(([, ids]) => ids));
    const unused = Object.keys(sources).filter((id) => !cited.has(id));
    expect(unused).toEqual([]);
  });

  it('gives every UN document symbol, and nothing else, its derived official address', () => {
    for (const source of Object.values(sources) as data.Source[]) {
      const expected = source.symbol === undefined ? undefined : data.toOfficialUrl(source.symbol);
      expect(source.officialUrl, source.id).toBe(expected);
    }
    const withOfficialUrl = Object.values(sources as Record<string, data.Source>)
      .filter((s) => s.officialUrl !== undefined)
      .map((s) => s.symbol);
    expect(withOfficialUrl).toEqual([
      'A/RES/71/1',
      'A/RES/71/280',
      'A/RES/72/244',
      'E/ESCAP/GCM/PREP/6',
      'A/71/728',
      'A/RES/73/195',
      'A/RES/76/266',
      'A/RES/73/195',
      'A/75/542',
      'A/76/642',
      'A/RES/73/195',
      'A/RES/73/195',
    ]);
  });

  it('leaves no primary UN General Assembly document without an official address', () => {
    for (const source of Object.values(sources) as data.Source[])
      if (source.kind === 'primary' && source.mirrorOf?.startsWith('A/'))
        expect(source.officialUrl, source.id).toBeDefined();
  });

  it('has 5 sources with no address (neither url nor officialUrl), each saying so in its note, each saying so in its note', () => {
    const none = (Object.values(sources) as data.Source[]).filter(
      (s) => getSourceUrl(s) === undefined,
    );
    expect(none.map((s) => s.id)).toEqual([
      'stocktaking-chair-summary',
      'stocktaking-concept-note',
      'iisd-2018-drafts',
      'anews-2018-12-10',
      'sdg-secondary-quotes',
    ]);
    expect(none).toHaveLength(5);
    for (const source of none) expect(source.note, source.id).toMatch(/\bNo (single )?address\b/);
  });

  it('cites A/RES/71/280 by its symbol', () => {
    expect(sources['a-res-71-280'].symbol).toBe('A/RES/71/280');
  });
});
