import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceId } from './sources.js';
import type { IsoDate } from './types.js';

/** A phase of the GCM process, from the New York Declaration to the follow-up. */
export interface Phase {
  /** Stable id (example: `'consultations'`). */
  readonly id: PhaseId;
  /** Official phase number of A/RES/71/280 for Phases I–III, otherwise `null` (example: `1`). */
  readonly number: 1 | 2 | 3 | null;
  /** Name of the phase (example: `'Phase I: consultations'`). */
  readonly name: string;
  /** First day, inclusive (example: `'2017-04-01'`). */
  readonly start: IsoDate;
  /** Last day, inclusive; `null` for a phase that has not ended (example: `'2017-11-30'`). */
  readonly end: IsoDate | null;
  /** What bounds the phase and where sources differ (example: `'April–November 2017 as the resolution words it.'`). */
  readonly note: string;
  /** Sources that date the phase (example: `['a-res-71-280']`). */
  readonly sourceIds: readonly SourceId[];
}

const phaseRecords = [
  {
    id: 'launch',
    number: null,
    name: 'Launch: from the New York Declaration to Phase I',
    start: '2016-09-19',
    end: '2017-03-31',
    note: 'Starts with the adoption of the New York Declaration (A/RES/71/1) on 19 September 2016; covers the negotiation of the modalities resolution and ends the day before Phase I.',
    sourceIds: ['a-res-71-1', 'a-res-71-280'],
  },
  {
    id: 'consultations',
    number: 1,
    name: 'Phase I: consultations',
    start: '2017-04-01',
    end: '2017-11-30',
    note: 'April to November 2017 as A/RES/71/280 words it: the six informal thematic sessions, regional and national consultations and other inputs. Overlaps Phase II in November 2017. The operative paragraph that sets the months was not located in a readable copy.',
    sourceIds: ['a-res-71-280', 'iisd-2017-01-30', 'phase-1-concept-note', 'iom-phase-1'],
  },
  {
    id: 'stocktaking',
    number: 2,
    name: 'Phase II: stocktaking',
    start: '2017-11-01',
    end: '2018-01-31',
    note: "November 2017 to January 2018 as A/RES/71/280 words it (IISD's summary and the Phase I concept note agree). IOM's page gives December 2017 to January 2018, the period actually used: the stocktaking meeting was held on 4–6 December 2017.",
    sourceIds: ['a-res-71-280', 'iisd-2017-01-30', 'phase-1-concept-note', 'iom-phase-2'],
  },
  {
    id: 'negotiations',
    number: 3,
    name: 'Phase III: intergovernmental negotiations',
    start: '2018-02-01',
    end: '2018-07-31',
    note: 'February to July 2018; the negotiations "shall be concluded by July 2018".',
    sourceIds: ['a-res-71-280', 'rmun-conference-2018', 'phase-1-concept-note'],
  },
  {
    id: 'adoption',
    number: null,
    name: 'Adoption: the Marrakech conference and endorsement by the General Assembly',
    start: '2018-08-01',
    end: '2018-12-19',
    note: 'From the end of Phase III to the endorsement of the compact by the General Assembly in A/RES/73/195 on 19 December 2018; includes the conference in Marrakech on 10–11 December 2018.',
    sourceIds: ['un-conf-migration', 'a-res-73-195'],
  },
  {
    id: 'follow-up',
    number: null,
    name: 'Follow-up and review',
    start: '2018-12-20',
    end: null,
    note: 'Implementation, follow-up and review under paragraphs 40–54 of the compact, including the International Migration Review Forum every four years from 2022.',
    sourceIds: ['a-res-73-195'],
  },
] as const;

/** Id of a phase (example: `'stocktaking'`). */
export type PhaseId = (typeof phaseRecords)[number]['id'];

/**
 * The six phases of the GCM process, in start order.
 *
 * Phases I–III are the month ranges set by A/RES/71/280; their first and last
 * days are the first and last days of those months. Phase I (`consultations`)
 * and Phase II (`stocktaking`) overlap in November 2017: the resolution gives
 * Phase II as November 2017 to January 2018, while IOM's page gives December
 * 2017 to January 2018, when the stocktaking meeting was actually held. The
 * `launch`, `adoption` and `follow-up` phases are gcm-kit's own names for the
 * periods before and after Phases I–III, bounded by dated events.
 *
 * @example
 * ```ts
 * import { phases } from 'gcm-kit';
 * phases.find((p) => p.number === 1)?.start;
 * // => '2017-04-01'
 * ```
 */
export const phases: readonly Phase[] = /* @__PURE__ */ deepFreeze(
  phaseRecords satisfies readonly Phase[],
);
