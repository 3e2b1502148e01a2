import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceId } from './sources.js';
import type { IsoDate } from './types.js';

/** One thing that A/RES/71/280 set up, with its paragraph where a source verifies it. */
export interface Provision {
  /** What the resolution provides, in gcm-kit's words; quotations are marked (example: `'Informal interactive multi-stakeholder hearings; four were foreseen.'`). */
  readonly summary: string;
  /** Operative paragraph of A/RES/71/280, only where a citing document verifies it (example: `30`). */
  readonly paragraph?: number;
  /** What the sources leave open or where they differ (example: `'Five hearings were held.'`). */
  readonly note?: string;
  /** Sources (example: `['rmun-stakeholder-consultations']`). */
  readonly sourceIds: readonly SourceId[];
}

/** A date that a source gives for a fact, kept beside the dates other sources give. */
export interface SourcedDate {
  /** The date (example: `'2017-01-30'`). */
  readonly date: IsoDate;
  /** Sources that give this date (example: `['iisd-2017-01-30']`). */
  readonly sourceIds: readonly SourceId[];
}

/** A co-facilitator of the modalities and of the negotiations. */
export interface CoFacilitator {
  /** Name (example: `'Jürg Lauber'`). */
  readonly name: string;
  /** Office held at the time (example: `'Permanent Representative of Switzerland to the United Nations'`). */
  readonly office: string;
  /** ISO 3166-1 alpha-3 code of the State represented (example: `'CHE'`). */
  readonly country: string;
}

/** A phase as A/RES/71/280 words it, in months. */
export interface ModalitiesPhase {
  /** The matching id in {@link phases} (example: `'consultations'`). */
  readonly phaseId: 'consultations' | 'stocktaking' | 'negotiations';
  /** Official phase number (example: `1`). */
  readonly number: 1 | 2 | 3;
  /** Name (example: `'consultations'`). */
  readonly name: string;
  /** First month, `YYYY-MM` (example: `'2017-04'`). */
  readonly fromMonth: string;
  /** Last month, inclusive, `YYYY-MM` (example: `'2017-11'`). */
  readonly toMonth: string;
  /** Range as the sources word it (example: `'April to November 2017'`). */
  readonly wording: string;
}

/** What the modalities resolution A/RES/71/280 set up. */
export interface Modalities {
  /** Document symbol (example: `'A/RES/71/280'`). */
  readonly symbol: string;
  /** Official title (example: `'Modalities for the intergovernmental negotiations of …'`). */
  readonly title: string;
  /** Adoption by the General Assembly. */
  readonly adoption: {
    /** Date of adoption (example: `'2017-04-06'`). */
    readonly date: IsoDate;
    /** Symbol of the draft (example: `'A/71/L.58'`). */
    readonly draftSymbol: string;
    /** How it was adopted (example: `'without a vote, as orally amended'`). */
    readonly manner: string;
    /** Meeting (example: `'74th plenary meeting, 71st session'`). */
    readonly meeting: string;
    /** Sources (example: `['press-ga-11902']`). */
    readonly sourceIds: readonly SourceId[];
  };
  /** The date the text was agreed in negotiations: sources disagree, so every sourced date is kept. */
  readonly agreed: {
    /** The dates, first the one gcm-kit uses for the event (examples: `'2017-01-30'`, `'2017-01-31'`). */
    readonly dates: readonly SourcedDate[];
    /** Day the final draft went under silence procedure (example: `'2017-01-26'`). */
    readonly silenceProcedureFrom: IsoDate;
    /** Sources for the silence procedure (example: `['iisd-2017-01-30']`). */
    readonly sourceIds: readonly SourceId[];
  };
  /** The two co-facilitators, who led the modalities talks and then the whole process. */
  readonly coFacilitators: {
    /** The persons. */
    readonly persons: readonly CoFacilitator[];
    /** Sources (example: `['iisd-2017-01-30']`). */
    readonly sourceIds: readonly SourceId[];
  };
  /** The three phases and their months as the resolution words them. */
  readonly phases: {
    /** Phases I–III. */
    readonly list: readonly ModalitiesPhase[];
    /** Note on paragraph numbers and on sources that differ. */
    readonly note: string;
    /** Sources (example: `['phase-1-concept-note']`). */
    readonly sourceIds: readonly SourceId[];
  };
  /** The six informal thematic sessions. */
  readonly thematicSessions: Provision & {
    /** Number of sessions (example: `6`). */
    readonly count: 6;
    /** Cities where they were to be held (example: `['New York', 'Geneva', 'Vienna']`). */
    readonly cities: readonly string[];
  };
  /** Panel moderators. */
  readonly moderators: Provision;
  /** Background documents (issue briefs) ahead of each session. */
  readonly backgroundDocuments: Provision;
  /** Informal dialogue with stakeholders during the sessions. */
  readonly stakeholderDialogue: Provision;
  /** Co-facilitators' summaries of the sessions. */
  readonly sessionSummaries: Provision;
  /** The informal interactive multi-stakeholder hearings. */
  readonly hearings: Provision & {
    /** How many the resolution foresaw (example: `4`). */
    readonly foreseen: number;
    /** How many were held (example: `5`). */
    readonly held: number;
  };
  /** Regional discussions by the regional economic commissions, and other processes. */
  readonly regionalConsultations: Provision;
  /** Who may take part, and national multi-stakeholder consultations. */
  readonly participation: Provision;
  /** Accreditation of stakeholders. */
  readonly accreditation: Provision;
  /** The stocktaking (preparatory) meeting of Phase II. */
  readonly stocktaking: Provision;
  /** The chair's summary of the stocktaking meeting. */
  readonly stocktakingSummary: Provision;
  /** The Secretary-General's report. */
  readonly secretaryGeneralReport: Provision;
  /** The zero draft. */
  readonly zeroDraft: Provision;
  /** The intergovernmental conference as first planned. */
  readonly conference: Provision;
  /** IOM's role. */
  readonly iomRole: Provision;
  /** The Secretary-General's work plan. */
  readonly workPlan: Provision;
}

/**
 * What the modalities resolution A/RES/71/280 (6 April 2017) set up.
 *
 * Only paragraph numbers that a citing document verifies are given; the
 * paragraphs that set the phase months, list the six sessions and word IOM's
 * role were not located in a readable copy, so those provisions carry none.
 *
 * @example
 * ```ts
 * import { modalities } from 'gcm-kit';
 * modalities.agreed.dates.map((d) => d.date);
 * // => ['2017-01-30', '2017-01-31']
 * ```
 */
export const modalities = /* @__PURE__ */ deepFreeze({
  symbol: 'A/RES/71/280',
  title:
    'Modalities for the intergovernmental negotiations of the global compact for safe, orderly and regular migration',
  adoption: {
    date: '2017-04-06',
    draftSymbol: 'A/71/L.58',
    manner: 'without a vote, as orally amended',
    meeting: '74th plenary meeting, 71st session',
    sourceIds: ['press-ga-11902', 'a-res-71-280'],
  },
  agreed: {
    dates: [
      { date: '2017-01-30', sourceIds: ['iisd-2017-01-30', 'iom-belarus-2017-05-16'] },
      { date: '2017-01-31', sourceIds: ['iisd-event-conference-2018'] },
    ],
    silenceProcedureFrom: '2017-01-26',
    sourceIds: ['iisd-2017-01-30'],
  },
  coFacilitators: {
    persons: [
      {
        name: 'Juan José Gómez Camacho',
        office: 'Permanent Representative of Mexico to the United Nations',
        country: 'MEX',
      },
      {
        name: 'Jürg Lauber',
        office: 'Permanent Representative of Switzerland to the United Nations',
        country: 'CHE',
      },
    ],
    sourceIds: ['iisd-2017-01-30'],
  },
  phases: {
    list: [
      {
        phaseId: 'consultations',
        number: 1,
        name: 'consultations',
        fromMonth: '2017-04',
        toMonth: '2017-11',
        wording: 'April to November 2017',
      },
      {
        phaseId: 'stocktaking',
        number: 2,
        name: 'stocktaking',
        fromMonth: '2017-11',
        toMonth: '2018-01',
        wording: 'November 2017 to January 2018',
      },
      {
        phaseId: 'negotiations',
        number: 3,
        name: 'intergovernmental negotiations',
        fromMonth: '2018-02',
        toMonth: '2018-07',
        wording: 'February to July 2018',
      },
    ],
    note: 'The months are those of the Phase I concept note, which gives them "in accordance with" A/RES/71/280, and of IISD\'s summary. IOM\'s phase page gives Phase II as December 2017 to January 2018. The paragraph that sets the months was not located.',
    sourceIds: ['phase-1-concept-note', 'iisd-2017-01-30', 'rmun-conference-2018', 'iom-phase-2'],
  },
  thematicSessions: {
    summary:
      'The President of the General Assembly, with the support of the Secretary-General and "drawing on the expertise of IOM in particular, other members of the Global Migration Group and other relevant entities", organizes informal thematic sessions that "shall address, but not be limited to, the elements outlined in annex II, paragraph 8" of A/RES/71/1. The resolution names six themes.',
    count: 6,
    cities: ['New York', 'Geneva', 'Vienna'],
    note: 'The cities are in operative paragraph 15 (a) to (c), per the work plan; the paragraph that lists the six themes was not located.',
    sourceIds: [
      'procedural-note-session-4',
      'iisd-2017-01-30',
      'regional-commissions-71-280',
      'sg-iom-work-plan',
    ],
  },
  moderators: {
    summary: 'Panel moderators are appointed by the President of the General Assembly.',
    paragraph: 17,
    sourceIds: ['procedural-note-session-4'],
  },
  backgroundDocuments: {
    summary:
      'Background documents ahead of each thematic session, delivered as inter-agency issue briefs presented by the Secretary-General of the conference.',
    paragraph: 18,
    sourceIds: ['sg-iom-work-plan', 'procedural-note-session-4'],
  },
  stakeholderDialogue: {
    summary:
      'Informal dialogue between stakeholders and the co-facilitators during the thematic sessions.',
    paragraph: 8,
    note: 'Known from a paraphrase on an IISD event page.',
    sourceIds: ['iisd-event-conference-2018'],
  },
  sessionSummaries: {
    summary: "Co-facilitators' summaries of the thematic sessions.",
    paragraph: 21,
    sourceIds: ['cofac-letter-2017-10-05'],
  },
  hearings: {
    summary:
      'Informal interactive multi-stakeholder hearings, four days of them foreseen "between April 2017 and June 2018".',
    paragraph: 30,
    foreseen: 4,
    held: 5,
    note: 'Five hearings were held; the hearing of 21 May 2018 was called the "fifth and final".',
    sourceIds: ['sg-iom-work-plan', 'rmun-stakeholder-consultations', 'iisd-2018-05-29'],
  },
  regionalConsultations: {
    summary:
      'The Secretary-General, "in close consultation with IOM", develops a work plan; (a) the regional economic commissions, with IOM, organize regional discussions; (b) other processes (regional consultative processes, the GFMD, IOM\'s International Dialogue on Migration) contribute.',
    paragraph: 22,
    note: 'Five regional consultations were held in 2017; the UNECE one was not found in the sources read.',
    sourceIds: ['sg-iom-work-plan', 'regional-commissions-71-280', 'stocktaking-concept-note'],
  },
  participation: {
    summary:
      'An open, transparent and inclusive process (paragraph 6); contributions from all stakeholders are encouraged, "for example, through the convening of national multi-stakeholder consultations and participation in global, regional and sub-regional platforms" (paragraph 7).',
    paragraph: 7,
    sourceIds: ['rmun-stakeholder-consultations', 'iom-civil-society-engagement'],
  },
  accreditation: {
    summary:
      'NGOs in consultative status with ECOSOC are invited to register; the President of the General Assembly submits lists of other NGOs, academia, the private sector, diaspora and migrant organizations on a non-objection basis, by April 2017 for the preparatory process and by April 2018 for the conference.',
    sourceIds: ['press-ga-11902'],
  },
  stocktaking: {
    summary:
      'A three-day preparatory (stocktaking) meeting in Phase II to take stock of the inputs of Phase I.',
    paragraph: 23,
    note: 'Held on 4–6 December 2017 in Puerto Vallarta, Mexico.',
    sourceIds: ['iisd-2017-01-30', 'stocktaking-chair-summary'],
  },
  stocktakingSummary: {
    summary: "A chair's summary of the stocktaking meeting.",
    paragraph: 25,
    sourceIds: ['cofac-letter-2017-12-22'],
  },
  secretaryGeneralReport: {
    summary:
      'The Secretary-General, "in close consultation with IOM", presents a report as input to the zero draft, with facts, figures, challenges, opportunities and recommendations, before Phase III.',
    note: 'Issued as A/72/643 (dated 12 December 2017) and presented on 11 January 2018.',
    sourceIds: ['rmun-sg-report'],
  },
  zeroDraft: {
    summary: 'The zero draft of the compact is to be shared by the beginning of February 2018.',
    paragraph: 27,
    note: 'Presented on 5 February 2018.',
    sourceIds: ['iisd-event-zero-draft'],
  },
  conference: {
    summary:
      'An intergovernmental conference at UN Headquarters "immediately prior to the opening of the general debate of the 73rd session… unless otherwise agreed", at the highest possible political level, whose outcome is an intergovernmentally negotiated and agreed global compact; further modalities to be decided by January 2018 on the basis of a note by the Secretary-General.',
    note: 'A/RES/72/244 later set it in Morocco on 10–11 December 2018.',
    sourceIds: ['press-ga-11902', 'iisd-2017-01-30', 'a-res-72-244'],
  },
  iomRole: {
    summary:
      'IOM provides "policy and technical expertise to Member States and others involved in its development, as called for in the modalities resolution" (IOM\'s own words); the elements paper of 23 November 2016 proposed that the UN Secretariat and IOM jointly service the negotiations.',
    note: "The final operative wording of A/RES/71/280 on IOM's role, and its paragraph, were not verified.",
    sourceIds: ['iom-engagement-gcm', 'iisd-2016-modalities-drafting'],
  },
  workPlan: {
    summary:
      'The Secretary-General develops a work plan "in close consultation with IOM" by March 2017.',
    paragraph: 22,
    sourceIds: ['sg-iom-work-plan'],
  },
} as const satisfies Modalities);
