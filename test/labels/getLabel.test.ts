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

  it('falls back to English, saying so, where no source in that language was read (no Arabic one was)', () => {
    for (const item of items) {
      const ar = getLabel(item, 'ar');
      expect(ar.fallback).toBe(true);
      expect(ar.lang).toBe('en');
      expect(ar).toEqual({ ...getLabel(item, 'en'), fallback: true });
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
        // The Hub's Spanish and French pages have the language in their
        // address; the Russian pages (a copy of IOM's report, ERR) do not,
        // but their titles are in Russian.
        if (l.lang === 'es' || l.lang === 'fr')
          expect(source.url, id).toMatch(new RegExp(`/${l.lang}/`));
        if (l.lang === 'ru') expect(source.title, id).toMatch(/^[А-Яа-яЁё]/);
      }
    }
  });

  it('cover what the data-model guide says, per dataset and language', () => {
    const count = (dataset: string, lang: string) =>
      labels.filter((l) => l.dataset === dataset && l.lang === lang).length;
    expect(['ru', 'fr', 'es', 'ar', 'zh'].map((lang) => count('gcmObjectives', lang))).toEqual([
      12, 12, 12, 0, 0,
    ]);
    expect(
      ['ru', 'fr', 'es', 'ar', 'zh'].map((lang) => count('gcmGuidingPrinciples', lang)),
    ).toEqual([0, 10, 10, 0, 10]);
    for (const dataset of ['thematicSessions', 'phases', 'migof'])
      expect(labels.filter((l) => l.dataset === dataset)).toEqual([]);
  });
});

describe('Russian labels (issue 18)', () => {
  const ru = (n: number) => getLabel(`gcmObjectives:objective-${n}`, 'ru');

  it("give objective 4's title as the Russian World Migration Report 2020 shows it in its figure on page 339", () => {
    expect(ru(4)).toEqual({
      text: 'Обеспечение наличия у всех мигрантов законных удостоверений личности',
      lang: 'ru',
      fallback: false,
      sourceIds: ['iom-wmr-2020-ru-p339'],
    });
    expect(ru(13).text).toBe(
      'Применение практики помещения в центры содержания исключительно в качестве крайней меры и поиск альтернатив',
    );
  });

  it('give objective 21 in the short form of that figure, not a full title', () => {
    expect(ru(21).text).toBe('Содействие возвращению и реинтеграции');
    expect(ru(21).sourceIds).toEqual(['iom-wmr-2020-ru-p339']);
  });

  it("give objective 1 as ERR's Russian text of the draft compact lists it", () => {
    expect(ru(1)).toEqual({
      text: 'Сбор и использование точных и дезагрегированных данных в качестве основы для выработки эмпирически обоснованной политики',
      lang: 'ru',
      fallback: false,
      sourceIds: ['err-rus-877566'],
    });
  });

  it('cover objectives 1, 4, 6, 8, 9, 13, 15 to 19 and 21, and no guiding principle', () => {
    const labelled = gcmObjectives.filter((o) => !getLabel(o, 'ru').fallback).map((o) => o.number);
    expect(labelled).toEqual([1, 4, 6, 8, 9, 13, 15, 16, 17, 18, 19, 21]);
    for (const p of gcmGuidingPrinciples) expect(getLabel(p, 'ru').fallback, p.id).toBe(true);
  });

  it('are written in Cyrillic, with no line break, no double space and no edge space', () => {
    for (const l of labels.filter((l) => l.lang === 'ru')) {
      expect(l.text, l.id).toMatch(/^[А-ЯЁ][а-яё]/);
      expect(l.text, l.id).not.toMatch(/\n|\s{2}|^\s|\s$|[A-Za-z]/);
    }
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
