import { describe, expect, it } from 'vitest';
import { gcmGuidingPrinciples } from '../../src/data/gcmGuidingPrinciples.js';
import { gcmObjectives } from '../../src/data/gcmObjectives.js';
import { migof } from '../../src/data/migof.js';
import { phases } from '../../src/data/phases.js';
import { sources } from '../../src/data/sources.js';
import { thematicSessions } from '../../src/data/thematicSessions.js';
import { getLabel, type LabelledItem } from '../../src/labels/getLabel.js';
import { labelLanguages, labels } from '../../src/labels/labels.js';

const items: LabelledItem[] = [
  ...thematicSessions,
  ...gcmObjectives,
  ...gcmGuidingPrinciples,
  ...phases,
  ...migof.principles,
  ...migof.objectives,
];

describe('getLabel', () => {
  it('returns the sourced label in the language asked for, with its sources', () => {
    const es = getLabel(gcmObjectives[7] as LabelledItem, 'es');
    expect(es).toEqual({
      text: 'Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos',
      lang: 'es',
      fallback: false,
      sourceIds: ['unnm-hub-es-objective-8', 'iom-lac-es-objetivo-8'],
    });
  });

  it('falls back to English, saying so, where no source in that language was read', () => {
    for (const item of items) {
      const ru = getLabel(item, 'ru');
      expect(ru.fallback).toBe(true);
      expect(ru.lang).toBe('en');
      expect(ru).toEqual({ ...getLabel(item, 'en'), fallback: true });
    }
  });

  it('never falls back for English, and takes the key form of an item', () => {
    expect(getLabel('migof:objective-1', 'en').fallback).toBe(false);
    expect(getLabel('gcmObjectives:objective-1', 'fr').text).toMatch(/^Collecter et utiliser/);
  });

  it('refuses unknown items and languages with errors that name them', () => {
    expect(() =>
      getLabel(gcmObjectives[0] as LabelledItem, 'de' as 'en'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getLabel: unknown language "de"; expected one of ar, en, es, fr, ru, zh]`,
    );
    expect(() => getLabel('gcmObjectives:objective-24', 'fr')).toThrow(RangeError);
    expect(() => getLabel({ id: 'objective-1' } as unknown as LabelledItem, 'fr')).toThrow(
      TypeError,
    );
  });
});

describe('labels', () => {
  it('label existing items, once per item and language, never in English', () => {
    const keys = new Set<string>();
    for (const l of labels) {
      expect(() => getLabel(`${l.dataset}:${l.id}`, l.lang)).not.toThrow();
      expect(labelLanguages).toContain(l.lang);
      expect(l.lang).not.toBe('en');
      const key = `${l.dataset}:${l.id}:${l.lang}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
  });

  it('cite sources in the registry, each read in a page of that language or the UN Chinese text', () => {
    for (const l of labels) {
      expect(l.sourceIds.length).toBeGreaterThan(0);
      for (const id of l.sourceIds) {
        const source = sources[id];
        expect(source, id).toBeDefined();
        if (l.lang !== 'zh') expect(source.url, id).toMatch(new RegExp(`/${l.lang}/`));
      }
    }
  });

  it('cover what the data-model guide says, per dataset and language', () => {
    const count = (dataset: string, lang: string) =>
      labels.filter((l) => l.dataset === dataset && l.lang === lang).length;
    expect(['ru', 'fr', 'es', 'ar', 'zh'].map((lang) => count('gcmObjectives', lang))).toEqual([
      0, 12, 12, 0, 0,
    ]);
    expect(
      ['ru', 'fr', 'es', 'ar', 'zh'].map((lang) => count('gcmGuidingPrinciples', lang)),
    ).toEqual([0, 10, 10, 0, 10]);
    for (const dataset of ['thematicSessions', 'phases', 'migof'])
      expect(labels.filter((l) => l.dataset === dataset)).toEqual([]);
  });
});

describe('getLabel across entry points', () => {
  it('finds a record from another copy of the datasets (the root entry and gcm-kit/labels are bundled apart)', () => {
    const copy = structuredClone(gcmObjectives[1]) as LabelledItem & object;
    expect(getLabel(copy, 'en')).toEqual(getLabel(gcmObjectives[1] as never, 'en'));
    expect(() => getLabel({ ...copy, title: 'Not its title' } as never, 'en')).toThrow(TypeError);
  });
});

describe('getLabel with hostile items (issue 17, N12)', () => {
  it('explains an item whose getter throws, with a TypeError that keeps the cause', () => {
    const boom = new Error('boom');
    const item = {
      id: 'objective-1',
      get title(): string {
        throw boom;
      },
    };
    expect(() => getLabel(item as never, 'es')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getLabel: reading item.title threw: "boom"]`,
    );
    try {
      getLabel(item as never, 'es');
    } catch (error) {
      expect((error as Error).cause).toBe(boom);
    }
  });

  it('explains a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => getLabel(proxy as never, 'fr')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getLabel: reading item.id threw: "Cannot perform 'get' on a proxy that has…" (53 characters)]`,
    );
  });
});
