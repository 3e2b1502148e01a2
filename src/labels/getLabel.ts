import { describe } from '../_lib/describe.js';
import { readProperty } from '../_lib/readProperty.js';
import { gcmGuidingPrinciples } from '../data/gcmGuidingPrinciples.js';
import { gcmObjectives } from '../data/gcmObjectives.js';
import { migof } from '../data/migof.js';
import { phases } from '../data/phases.js';
import type { SourceId } from '../data/sources.js';
import { thematicSessions } from '../data/thematicSessions.js';
import {
  type LabelDataset,
  type LabelLanguage,
  type LabelRecord,
  labelLanguages,
  labels,
} from './labels.js';

/** A label as {@link getLabel} returns it. */
export interface Label {
  /** The text (example: `'Datos'`). */
  readonly text: string;
  /** Language of the text: the one asked for, or `'en'` after a fallback (example: `'es'`). */
  readonly lang: LabelLanguage;
  /** `true` when no sourced label exists in the language asked for and the English text is returned (example: `false`). */
  readonly fallback: boolean;
  /** Sources of the text (example: `['unnm-hub-es-objective-2']`). */
  readonly sourceIds: readonly SourceId[];
}

/** An item that can carry labels: a record of one of the {@link labelDatasets}, or its key `'<dataset>:<id>'` (example: `'gcmObjectives:objective-2'`). */
export type LabelledItem =
  | (typeof thematicSessions)[number]
  | (typeof gcmObjectives)[number]
  | (typeof gcmGuidingPrinciples)[number]
  | (typeof phases)[number]
  | (typeof migof.principles)[number]
  | (typeof migof.objectives)[number]
  | `${LabelDataset}:${string}`;

interface English {
  readonly key: string;
  readonly text: string;
  readonly sourceIds: readonly SourceId[];
}

function buildIndex() {
  const byItem = new Map<unknown, English>();
  const byKey = new Map<string, English>();
  // Another entry point of the package (the root entry, say) holds its own
  // copy of the datasets, so a record is also found by its id and text.
  const byIdAndText = new Map<string, English>();
  const add = (
    dataset: LabelDataset,
    item: { readonly id: string; readonly sourceIds: readonly SourceId[] },
    text: string,
  ) => {
    const english = { key: `${dataset}:${item.id}`, text, sourceIds: item.sourceIds };
    byItem.set(item, english);
    byKey.set(english.key, english);
    byIdAndText.set(`${item.id}\u0000${text}`, english);
  };
  for (const s of thematicSessions) add('thematicSessions', s, s.title);
  for (const o of gcmObjectives) add('gcmObjectives', o, o.title);
  for (const p of gcmGuidingPrinciples) add('gcmGuidingPrinciples', p, p.name);
  for (const p of phases) add('phases', p, p.name);
  for (const m of [...migof.principles, ...migof.objectives]) add('migof', m, m.short);
  const translated = new Map<string, LabelRecord>(
    labels.map((l) => [`${l.dataset}:${l.id}:${l.lang}`, l]),
  );
  return { byItem, byKey, byIdAndText, translated };
}

let index: ReturnType<typeof buildIndex> | undefined;

/** A record from another copy of the datasets, by its id and English text. */
function byIdAndText(item: unknown): English | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const id = readProperty(item, 'id', 'getLabel', 'item');
  if (typeof id !== 'string') return undefined;
  for (const key of ['title', 'name', 'short']) {
    const text = readProperty(item, key, 'getLabel', 'item');
    if (typeof text !== 'string') continue;
    const found = index?.byIdAndText.get(`${id}\u0000${text}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The label of an item in one of the six UN languages, with its sources.
 *
 * A label exists only where it was read in a source in that language; for
 * any other item and language, the English text comes back with
 * `fallback: true`, never a machine translation.
 *
 * @param item - A record of `thematicSessions`, `gcmObjectives`, `gcmGuidingPrinciples`, `phases` or `migof` (its principles and objectives), or its key `'<dataset>:<id>'`.
 * @param lang - `'ar'`, `'en'`, `'es'`, `'fr'`, `'ru'` or `'zh'`.
 * @returns The text, its language, whether it fell back to English, and its sources.
 * @throws TypeError when `item` is not a labelled record or key, or reading
 *   its `id`, `title`, `name` or `short` throws (that error is the `cause`);
 *   RangeError for an unknown key or language.
 *
 * @example
 * ```ts
 * import { gcmObjectives } from 'gcm-kit';
 * import { getLabel } from 'gcm-kit/labels';
 * getLabel(gcmObjectives[1], 'es').text;
 * // => 'Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen'
 * getLabel('gcmGuidingPrinciples:people-centred', 'zh').text;
 * // => '以人为中心'
 * getLabel(gcmObjectives[3], 'ru').sourceIds;
 * // => ['iom-wmr-2020-ru-p339']
 * const ru = getLabel(gcmObjectives[1], 'ru');
 * [ru.lang, ru.fallback];
 * // => ['en', true]
 * ```
 */
export function getLabel(item: LabelledItem, lang: LabelLanguage): Label {
  if (!(labelLanguages as readonly unknown[]).includes(lang)) {
    throw new RangeError(
      `getLabel: unknown language ${describe(lang)}; expected one of ${labelLanguages.join(', ')}`,
    );
  }
  index ??= buildIndex();
  let english: English | undefined;
  if (typeof item === 'string') {
    english = index.byKey.get(item);
    if (english === undefined) {
      throw new RangeError(
        `getLabel: unknown item ${describe(item)}; expected '<dataset>:<id>', such as 'gcmObjectives:objective-1'`,
      );
    }
  } else {
    english = index.byItem.get(item) ?? byIdAndText(item);
    if (english === undefined) {
      throw new TypeError(
        `getLabel: expected a record of thematicSessions, gcmObjectives, gcmGuidingPrinciples, phases or migof, or its key, got ${describe(item)}`,
      );
    }
  }
  const found = lang === 'en' ? undefined : index.translated.get(`${english.key}:${lang}`);
  if (found !== undefined) {
    return { text: found.text, lang, fallback: false, sourceIds: found.sourceIds };
  }
  return { text: english.text, lang: 'en', fallback: lang !== 'en', sourceIds: english.sourceIds };
}
