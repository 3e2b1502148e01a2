import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceId } from './sources.js';
import type { IsoDate } from './types.js';

/** A principle or an objective of MiGOF, in its long and short wording. */
export interface MigofElement {
  /** Stable id (example: `'principle-1'`). */
  readonly id: string;
  /** Number within its list, 1 to 3 (example: `1`). */
  readonly number: 1 | 2 | 3;
  /** Wording of the framework text (example: `'Good migration governance relies on strong partnerships.'`). */
  readonly long: string;
  /** Short wording of IOM's brochure (example: `'Engagement with partners to address migration and related issues'`). */
  readonly short: string;
  /** Sources (example: `['emergency-manual-migof']`). */
  readonly sourceIds: readonly SourceId[];
}

/** IOM's Migration Governance Framework (MiGOF). */
export interface Migof {
  /** Name (example: `'Migration Governance Framework'`). */
  readonly name: string;
  /** Abbreviation (example: `'MiGOF'`). */
  readonly abbreviation: string;
  /** Subtitle of the framework text. */
  readonly subtitle: string;
  /** The Council document and resolution that adopted it. */
  readonly council: {
    /** Session (example: `'106th Session of the IOM Council'`). */
    readonly session: string;
    /** First day of the session (example: `'2015-11-24'`). */
    readonly sessionStart: IsoDate;
    /** Last day of the session (example: `'2015-11-27'`). */
    readonly sessionEnd: IsoDate;
    /** Date on the Council document (example: `'2015-11-04'`). */
    readonly documentDate: IsoDate;
    /** Symbol of Council Resolution 1310, from a secondary source (example: `'C/106/RES/1310'`). */
    readonly resolutionSymbol: string;
    /** Note on what is not verified. */
    readonly note: string;
    /** Sources (example: `['iom-migof-council-doc']`). */
    readonly sourceIds: readonly SourceId[];
  };
  /** How sources describe the Member States' act: they disagree, so each verb is kept with its source. */
  readonly endorsement: readonly {
    /** The verb (example: `'endorsed'`). */
    readonly verb: 'endorsed' | 'welcomed' | 'approved';
    /** Sources that use it (example: `['gfmd-pfp-migof']`). */
    readonly sourceIds: readonly SourceId[];
  }[];
  /** The three principles. */
  readonly principles: readonly MigofElement[];
  /** The three objectives. */
  readonly objectives: readonly MigofElement[];
}

const manual: readonly SourceId[] = ['emergency-manual-migof', 'iom-migof-council-doc'];

/**
 * IOM's Migration Governance Framework: three principles and three
 * objectives, welcomed or endorsed by IOM Member States in November 2015
 * through Council Resolution 1310.
 *
 * The exact day of the resolution and the symbol of the Council document
 * (given elsewhere as C/106/40) were not verified, so they are left out.
 *
 * @example
 * ```ts
 * import { migof } from 'gcm-kit';
 * migof.objectives[1]?.short;
 * // => 'Effectively address the mobility dimensions of crises'
 * ```
 */
export const migof = /* @__PURE__ */ deepFreeze({
  name: 'Migration Governance Framework',
  abbreviation: 'MiGOF',
  subtitle:
    'The essential elements for facilitating orderly, safe, regular and responsible migration and mobility of people through planned and well-managed migration policies',
  council: {
    session: '106th Session of the IOM Council',
    sessionStart: '2015-11-24',
    sessionEnd: '2015-11-27',
    documentDate: '2015-11-04',
    resolutionSymbol: 'C/106/RES/1310',
    note: 'Resolution 1310 was adopted during the 106th session (Geneva, 24–27 November 2015); its exact day is not verified. Earlier drafts were S/16/9 (July 2015) and S/17/4 (October 2015).',
    sourceIds: ['iom-migof-council-doc', 'iom-c-106-54', 'sdg-10-7-2-metadata-rs'],
  },
  endorsement: [
    { verb: 'endorsed', sourceIds: ['gfmd-pfp-migof'] },
    { verb: 'welcomed', sourceIds: ['mdp-mgi', 'sdg-10-7-2-metadata-rs'] },
    { verb: 'approved', sourceIds: ['habitat3-migof'] },
  ],
  principles: [
    {
      id: 'principle-1',
      number: 1,
      long: 'Good migration governance would require adherence to international standards and the fulfilment of migrants’ rights.',
      short: 'Adherence to international standards and fulfillment of migrants’ rights',
      sourceIds: manual,
    },
    {
      id: 'principle-2',
      number: 2,
      long: 'Migration and related policies are best formulated using evidence and whole of government approaches.',
      short: 'Formulating policy using evidence and a “whole-of-government” approach',
      sourceIds: manual,
    },
    {
      id: 'principle-3',
      number: 3,
      long: 'Good migration governance relies on strong partnerships.',
      short: 'Engagement with partners to address migration and related issues',
      sourceIds: manual,
    },
  ],
  objectives: [
    {
      id: 'objective-1',
      number: 1,
      long: 'Good migration governance and related policy should seek to advance the socioeconomic well-being of migrants and society.',
      short: 'Advance the socioeconomic well-being of migrants and society',
      sourceIds: manual,
    },
    {
      id: 'objective-2',
      number: 2,
      long: 'Good migration governance is based on effective responses to the mobility dimensions of crises.',
      short: 'Effectively address the mobility dimensions of crises',
      sourceIds: manual,
    },
    {
      id: 'objective-3',
      number: 3,
      long: 'Migration should take place in a safe, orderly and dignified manner.',
      short: 'Ensure that migration takes place in a safe, orderly and dignified manner',
      sourceIds: manual,
    },
  ],
} as const satisfies Migof);

/** Id of a MiGOF element, as a tag: `principle-N` or `objective-N` (example: `'principle-3'`). */
export type MigofId =
  | `principle-${(typeof migof)['principles'][number]['number']}`
  | `objective-${(typeof migof)['objectives'][number]['number']}`;
