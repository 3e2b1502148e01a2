import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceId } from './sources.js';
import type { IsoDate } from './types.js';

/** A count that one or more sources give, kept beside the counts other sources give. */
export interface SourcedCount {
  /** The number, or `null` where the source gives only a bound (example: `164`). */
  readonly count: number | null;
  /** The words the source uses (example: `'164 Governments'`). */
  readonly wording: string;
  /** Sources (example: `['un-blog-2018-12-10']`). */
  readonly sourceIds: readonly SourceId[];
}

/** The Intergovernmental Conference in Marrakech and the endorsement that followed. */
export interface Conference {
  /** Official name. */
  readonly name: string;
  /** Other name, from A/RES/73/195 (example: `'Marrakech Compact on Migration'`). */
  readonly alsoKnownAs: string;
  /** First day (example: `'2018-12-10'`). */
  readonly start: IsoDate;
  /** Last day, inclusive (example: `'2018-12-11'`). */
  readonly end: IsoDate;
  /** President of the Conference (example: `'Nasser Bourita, Minister for Foreign Affairs of Morocco'`). */
  readonly president: string;
  /** States adopting the compact: sources disagree, so every count is kept. */
  readonly statesAdopting: readonly SourcedCount[];
  /** The General Assembly's recorded vote on A/RES/73/195, from press reports. */
  readonly endorsementVote: {
    /** Date (example: `'2018-12-19'`). */
    readonly date: IsoDate;
    /** Votes in favour (example: `152`). */
    readonly inFavour: number;
    /** Votes against (example: `5`). */
    readonly against: number;
    /** Abstentions (example: `12`). */
    readonly abstentions: number;
    /** States that voted against (example: `['Czech Republic', 'Hungary', 'Israel', 'Poland', 'United States']`). */
    readonly againstStates: readonly string[];
    /** Sources (example: `['press-ga-vote-2018-12-19']`). */
    readonly sourceIds: readonly SourceId[];
  };
  /** Sources for the name, dates and president. */
  readonly sourceIds: readonly SourceId[];
}

/**
 * The Marrakech conference (10–11 December 2018) and the General Assembly's
 * endorsement of the compact (19 December 2018). The conference report was
 * not read, so the number of States adopting is given as each source gives it.
 *
 * @example
 * ```ts
 * import { conference } from 'gcm-kit';
 * conference.statesAdopting.map((s) => s.count);
 * // => [164, 164, 164, 165, null]
 * ```
 */
export const conference = /* @__PURE__ */ deepFreeze({
  name: 'Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration',
  alsoKnownAs: 'Marrakech Compact on Migration',
  start: '2018-12-10',
  end: '2018-12-11',
  president: 'Nasser Bourita, Minister for Foreign Affairs of Morocco',
  statesAdopting: [
    { count: 164, wording: '164 countries adopted', sourceIds: ['un-blog-2018-12-10'] },
    {
      count: 164,
      wording: 'leading representatives from 164 Governments',
      sourceIds: ['un-news-2018-12-10-kazinform'],
    },
    { count: 164, wording: 'by 164 UN Member States', sourceIds: ['iisd-2018-12-marrakech'] },
    { count: 165, wording: '165 States', sourceIds: ['anews-2018-12-10'] },
    {
      count: null,
      wording: 'representantes de más de 150 gobiernos',
      sourceIds: ['un-news-es-marrakech'],
    },
  ],
  endorsementVote: {
    date: '2018-12-19',
    inFavour: 152,
    against: 5,
    abstentions: 12,
    againstStates: ['Czech Republic', 'Hungary', 'Israel', 'Poland', 'United States'],
    sourceIds: ['press-ga-vote-2018-12-19'],
  },
  sourceIds: ['un-conf-migration', 'un-journal-conf-1', 'a-res-73-195'],
} as const satisfies Conference);
