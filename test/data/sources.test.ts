import { describe, expect, it } from 'vitest';
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

  it('cites A/RES/71/280 by its symbol', () => {
    expect(sources['a-res-71-280'].symbol).toBe('A/RES/71/280');
  });
});
