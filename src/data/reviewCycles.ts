import { deepFreeze } from '../_lib/deepFreeze.js';
import type { EventId } from './events.js';
import type { SourceId } from './sources.js';
import type { IsoDate } from './types.js';

/** Id of a stage of a review cycle (example: `'regional-review'`). */
export type ReviewStageId = 'implementation' | 'regional-review' | 'forum-year';

/** A stage of a review cycle: whole calendar years, as the compact sets the rhythm by year. */
export interface ReviewStage {
  /** Stable id (example: `'regional-review'`). */
  readonly id: ReviewStageId;
  /** Name of the stage (example: `'Regional reviews (2024–2025)'`). */
  readonly name: string;
  /** First day, inclusive (example: `'2024-01-01'`). */
  readonly start: IsoDate;
  /** Last day, inclusive (example: `'2025-12-31'`). */
  readonly end: IsoDate;
  /** What sets the stage and what was held in it (example: `'Paragraph 50 invites the regional reviews …'`). */
  readonly note: string;
  /** Sources for the stage (example: `['eca-review-concept-note-2020']`). */
  readonly sourceIds: readonly SourceId[];
}

/** A four-year review cycle of the follow-up, ending in an International Migration Review Forum. */
export interface ReviewCycle {
  /** Stable id (example: `'review-cycle-2'`). */
  readonly id: string;
  /** Order of the cycle, from 1 (example: `2`). */
  readonly number: number;
  /** First day, inclusive (example: `'2023-01-01'`). */
  readonly start: IsoDate;
  /** Last day, inclusive: the last day of the forum year (example: `'2026-12-31'`). */
  readonly end: IsoDate;
  /** Year of the forum that ends the cycle (example: `2026`). */
  readonly forumYear: number;
  /** The forum as an event, where the data dates it (example: `'imrf-2026'`). */
  readonly forumEventId?: EventId;
  /** Whether a UN source dates the forum; `false` where only a secondary source does, or none (example: `false`). */
  readonly forumDatedByUn: boolean;
  /** The regional reviews held in the cycle, in date order (example: `['regional-review-unece-2024']`). */
  readonly regionalReviewEventIds: readonly EventId[];
  /** The Secretary-General's biennial reports of the cycle (example: `['sg-report-2024-introduced']`). */
  readonly reportEventIds: readonly EventId[];
  /** The stages, in order, covering the cycle day by day. */
  readonly stages: readonly ReviewStage[];
  /** What the sources leave open (example: `'The 2026 forum is dated by one secondary source.'`). */
  readonly note: string;
  /** Sources for the cycle (example: `['a-res-73-195-p35']`). */
  readonly sourceIds: readonly SourceId[];
}

const regionalReviewSources: readonly SourceId[] = [
  'eca-review-concept-note-2020',
  'escwa-first-regional-review',
  'iisd-2019-01-02',
];

/** The three stages of the cycle whose forum is in `forumYear`; the first stage starts on `start`. */
function stagesOf(forumYear: number, start: IsoDate, held: string): readonly ReviewStage[] {
  const y = (offset: number) => String(forumYear + offset);
  return [
    {
      id: 'implementation',
      name: `Implementation (${start.slice(0, 4) === y(-3) ? y(-3) : `${start.slice(0, 4)}–${y(-3)}`})`,
      start,
      end: `${y(-3)}-12-31` as IsoDate,
      note: 'The year after a forum (for the first cycle, from the endorsement of the compact to the end of 2019): paragraphs 49 and 50 of the compact schedule neither a forum nor a regional review in it.',
      sourceIds: ['a-res-73-195-p35', 'eca-review-concept-note-2020'],
    },
    {
      id: 'regional-review',
      name: `Regional reviews (${y(-2)}–${y(-1)})`,
      start: `${y(-2)}-01-01` as IsoDate,
      end: `${y(-1)}-12-31` as IsoDate,
      note: `Paragraph 50 of the compact invites the UN regional economic commissions and other regional processes to review the implementation "beginning in 2020"; ESCWA and ECLAC word it "every four years thereafter", an IISD paraphrase "in alternating years". Both rounds held so far began in the first of these two years and ended in the second, so the stage covers both. ${held}`,
      sourceIds: regionalReviewSources,
    },
    {
      id: 'forum-year',
      name: `Forum year (${y(0)})`,
      start: `${y(0)}-01-01` as IsoDate,
      end: `${y(0)}-12-31` as IsoDate,
      note: 'Paragraph 49 (c): the International Migration Review Forum "shall take place every four years beginning in 2022"; A/RES/73/326 puts the first "during the first part of 2022" and each forum at UN Headquarters for four days. Each forum results in a Progress Declaration (paragraph 49 (e)).',
      sourceIds: ['a-res-73-195-p35', 'press-ga-12166'],
    },
  ];
}

const cycleRecords = [
  {
    id: 'review-cycle-1',
    number: 1,
    start: '2018-12-20',
    end: '2022-12-31',
    forumYear: 2022,
    forumEventId: 'imrf-2022',
    forumDatedByUn: true,
    regionalReviewEventIds: [
      'regional-review-unece-2020',
      'regional-review-escwa-2021',
      'regional-review-asia-pacific-2021',
      'regional-review-eclac-2021',
      'regional-review-eca-2021',
    ],
    reportEventIds: ['sg-report-2020', 'sg-report-2021'],
    stages: /* @__PURE__ */ stagesOf(
      2022,
      '2018-12-20',
      'Held: UNECE 12–13 November 2020 to ECA 31 August – 1 September 2021.',
    ),
    note: 'From the day after the General Assembly endorsed the compact (19 December 2018) to the end of 2022. The forum was held on 17–20 May 2022; the General Assembly endorsed its Progress Declaration (A/RES/76/266) on 7 June 2022.',
    sourceIds: ['a-res-73-195-p35', 'unnm-sg-biennial-reports'],
  },
  {
    id: 'review-cycle-2',
    number: 2,
    start: '2023-01-01',
    end: '2026-12-31',
    forumYear: 2026,
    forumEventId: 'imrf-2026',
    forumDatedByUn: false,
    regionalReviewEventIds: [
      'regional-review-unece-2024',
      'regional-review-escwa-2024',
      'regional-review-africa-2024',
      'regional-review-escap-2025',
      'regional-review-eclac-2025',
    ],
    reportEventIds: ['sg-report-2024-introduced'],
    stages: /* @__PURE__ */ stagesOf(
      2026,
      '2023-01-01',
      'Held: UNECE 11 March 2024 to ECLAC 18–20 March 2025 (ESCAP 2025 rests on one secondary source, ECLAC 2025 on an announcement).',
    ),
    note: 'The 2022 Progress Declaration asked the President of the General Assembly for a plenary in the second half of 2024 on the next biennial report and the regional reviews. The 2026 forum (5–8 May 2026) is dated by one secondary source: no UN page giving its dates was found. The 2026 biennial report and a 2026 Progress Declaration were not found.',
    sourceIds: ['a-res-73-195-p35', 'unnm-regional-reviews-2024', 'global-cities-hub-imrf-2026'],
  },
  {
    id: 'review-cycle-3',
    number: 3,
    start: '2027-01-01',
    end: '2030-12-31',
    forumYear: 2030,
    forumDatedByUn: false,
    regionalReviewEventIds: [],
    reportEventIds: [],
    stages: /* @__PURE__ */ stagesOf(
      2030,
      '2027-01-01',
      'No review of this round is in the data yet.',
    ),
    note: 'Follows from the four-year rhythm of paragraph 49 (c) alone; no event of this cycle is dated yet. The data ends with this cycle: a later day has no cycle.',
    sourceIds: ['a-res-73-195-p35'],
  },
] as const satisfies readonly ReviewCycle[];

/** Id of a review cycle (example: `'review-cycle-2'`). */
export type ReviewCycleId = (typeof cycleRecords)[number]['id'];

/**
 * The review cycles of the follow-up, in order: four calendar years each,
 * ending with the year of an International Migration Review Forum (2022,
 * 2026, 2030), the first starting the day after the compact's endorsement.
 *
 * Each cycle has three stages of whole years: `implementation` (the year
 * after a forum), `regional-review` (the two years before the forum year)
 * and `forum-year`. The stages follow the rhythm of paragraphs 49–50 of the
 * compact; the events that were held in them are listed by id.
 *
 * @example
 * ```ts
 * import { reviewCycles } from 'gcm-kit';
 * reviewCycles.map((c) => c.forumYear);
 * // => [2022, 2026, 2030]
 * ```
 */
export const reviewCycles: readonly (ReviewCycle & { readonly id: ReviewCycleId })[] =
  /* @__PURE__ */ deepFreeze(cycleRecords);
