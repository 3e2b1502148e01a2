import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceId } from './sources.js';

/** A target of the 2030 Agenda (A/RES/70/1) that is often linked to migration. */
export interface SdgTarget {
  /** Target code as a string, `goal.target` (example: `'10.c'`). */
  readonly code: string;
  /** Goal number (example: `10`). */
  readonly goal: number;
  /** Wording of the target (example: `'Facilitate orderly, safe, regular and responsible migration …'`). */
  readonly wording: string;
  /** Where the wording was read: a UN-system copy, or a secondary quotation (example: `'un-system'`). */
  readonly wordingSource: 'un-system' | 'secondary';
  /** Sources (example: `['undp-sdg-booklet']`). */
  readonly sourceIds: readonly SourceId[];
}

/**
 * SDG targets most often linked to migration, in goal order. A/RES/70/1
 * itself was not read: each wording comes from a UN-system copy or, where
 * `wordingSource` is `'secondary'`, from a third party's quotation.
 *
 * @example
 * ```ts
 * import { sdgTargets } from 'gcm-kit';
 * sdgTargets.map((t) => t.code).includes('10.7');
 * // => true
 * ```
 */
export const sdgTargets = /* @__PURE__ */ deepFreeze([
  {
    code: '3.c',
    goal: 3,
    wording:
      'Substantially increase health financing and the recruitment, development, training and retention of the health workforce in developing countries, especially in least developed countries and small island developing States',
    wordingSource: 'secondary',
    sourceIds: ['sdg-secondary-quotes'],
  },
  {
    code: '4.b',
    goal: 4,
    wording:
      'By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries',
    wordingSource: 'un-system',
    sourceIds: ['unesco-gem-4b', 'mdp-sdgs'],
  },
  {
    code: '5.2',
    goal: 5,
    wording:
      'Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation',
    wordingSource: 'secondary',
    sourceIds: ['sdg-secondary-quotes', 'mdp-sdgs'],
  },
  {
    code: '8.7',
    goal: 8,
    wording:
      'Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms',
    wordingSource: 'secondary',
    sourceIds: ['sdg-secondary-quotes', 'mdp-sdgs'],
  },
  {
    code: '8.8',
    goal: 8,
    wording:
      'Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment',
    wordingSource: 'secondary',
    sourceIds: ['sdg-secondary-quotes', 'mdp-sdgs'],
  },
  {
    code: '10.7',
    goal: 10,
    wording:
      'Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies',
    wordingSource: 'un-system',
    sourceIds: ['iom-reducing-inequalities'],
  },
  {
    code: '10.c',
    goal: 10,
    wording:
      'By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent',
    wordingSource: 'un-system',
    sourceIds: ['undp-sdg-booklet', 'mdp-sdgs'],
  },
  {
    code: '16.2',
    goal: 16,
    wording:
      'End abuse, exploitation, trafficking and all forms of violence against and torture of children',
    wordingSource: 'secondary',
    sourceIds: ['sdg-secondary-quotes', 'mdp-sdgs'],
  },
  {
    code: '16.9',
    goal: 16,
    wording: 'By 2030, provide legal identity for all, including birth registration',
    wordingSource: 'un-system',
    sourceIds: ['unsd-sdg-16-9-1'],
  },
  {
    code: '17.18',
    goal: 17,
    wording:
      'By 2020, enhance capacity-building support to developing countries, including for least developed countries and small island developing States, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts',
    wordingSource: 'un-system',
    sourceIds: ['unctad-dgff-2016-17-18', 'mdp-sdgs'],
  },
] as const satisfies readonly SdgTarget[]);

/** Code of a listed SDG target (example: `'10.7'`). */
export type SdgTargetCode = (typeof sdgTargets)[number]['code'];
