import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceId } from './sources.js';
import type { IsoDate, Venue } from './types.js';
import { geneva, genevaRoomXix, newYorkEcosoc, newYorkTrusteeship, viennaVic } from './venues.js';

/** One of the six informal thematic sessions of Phase I, as held. */
export interface ThematicSession {
  /** Stable id (example: `'thematic-session-1'`). */
  readonly id: string;
  /** Order of the session, 1 to 6 (example: `1`). */
  readonly number: 1 | 2 | 3 | 4 | 5 | 6;
  /** Official title, verbatim from the session page or procedural note (example: `'Human rights of all migrants, social inclusion, …'`). */
  readonly title: string;
  /** Short form of the theme: the opening words of `title`, cut before its list of particulars (example: `'Addressing drivers of migration'`). */
  readonly theme: string;
  /** Other wordings of the title found in sources, with where they were found. */
  readonly titleVariants?: readonly {
    /** The title as that source words it. */
    readonly title: string;
    /** Ids of the sources that word it so (example: `['procedural-note-session-4']`). */
    readonly sourceIds: readonly SourceId[];
  }[];
  /** First day, inclusive (example: `'2017-05-08'`). */
  readonly start: IsoDate;
  /** Last day, inclusive (example: `'2017-05-09'`). */
  readonly end: IsoDate;
  /** Where it was held. */
  readonly venue: Venue;
  /** Panel moderators named in the sources read (example: `['Omar Hilale (Permanent Representative of Morocco)']`). */
  readonly moderators: readonly string[];
  /** A note on what the sources leave open (example: `'The room in Geneva is not confirmed.'`). */
  readonly note?: string;
  /** Sources (example: `['rmun-session-1']`). */
  readonly sourceIds: readonly SourceId[];
}

/**
 * The six informal thematic sessions of Phase I, in order, as held.
 *
 * Each was co-chaired by the two co-facilitators and opened by Louise Arbour,
 * Secretary-General of the conference. A/RES/71/280 names the six themes; the
 * paragraph that lists them was not located in a readable copy.
 *
 * @example
 * ```ts
 * import { thematicSessions } from 'gcm-kit';
 * thematicSessions[1]?.venue.city;
 * // => 'New York'
 * ```
 */
export const thematicSessions = /* @__PURE__ */ deepFreeze([
  {
    id: 'thematic-session-1',
    number: 1,
    theme:
      'Human rights of all migrants, social inclusion, cohesion and all forms of discrimination',
    title:
      'Human rights of all migrants, social inclusion, cohesion and all forms of discrimination, including racism, xenophobia and intolerance',
    start: '2017-05-08',
    end: '2017-05-09',
    venue: genevaRoomXix,
    moderators: ['Omar Hilale (Permanent Representative of Morocco)'],
    sourceIds: ['rmun-session-1', 'norway-gcm-statement', 'iom-phase-1'],
  },
  {
    id: 'thematic-session-2',
    number: 2,
    theme: 'Addressing drivers of migration',
    title:
      'Addressing drivers of migration, including adverse effects of climate change, natural disasters and human-made crises, through protection and assistance, sustainable development, poverty eradication, conflict prevention and resolution',
    start: '2017-05-22',
    end: '2017-05-23',
    venue: newYorkEcosoc,
    moderators: [
      'Sabri Boukadoum (Permanent Representative of Algeria)',
      'Carlos Duarte (Deputy Permanent Representative of Brazil)',
    ],
    sourceIds: ['rmun-session-2', 'norway-gcm-statement', 'iom-phase-1'],
  },
  {
    id: 'thematic-session-3',
    number: 3,
    theme: 'International cooperation and governance of migration in all its dimensions',
    title:
      'International cooperation and governance of migration in all its dimensions, including at borders, on transit, entry, return, readmission, integration and reintegration',
    start: '2017-06-19',
    end: '2017-06-20',
    venue: geneva,
    moderators: ['Ola Henrikson (Director-General, Ministry of Justice of Sweden)'],
    note: 'The room in Geneva is not confirmed by the sources read.',
    sourceIds: ['unic-dar-2017-06-21', 'norway-gcm-statement', 'iom-phase-1'],
  },
  {
    id: 'thematic-session-4',
    number: 4,
    theme: 'Contributions of migrants and diasporas to all dimensions of sustainable development',
    title:
      'Contributions of migrants and diasporas to all dimensions of sustainable development, including remittances and portability of earned benefits',
    titleVariants: [
      {
        title:
          'Contributions of migrants and diaspora to all dimensions of sustainable development, including remittances and portability of earned benefits',
        sourceIds: ['procedural-note-session-4'],
      },
    ],
    start: '2017-07-24',
    end: '2017-07-25',
    venue: newYorkTrusteeship,
    moderators: [],
    note: 'The procedural note says "diaspora"; IOM, Norway and IOM\'s phase page say "diasporas".',
    sourceIds: ['procedural-note-session-4', 'norway-gcm-statement', 'iom-phase-1'],
  },
  {
    id: 'thematic-session-5',
    number: 5,
    theme: 'Smuggling of migrants, trafficking in persons and contemporary forms of slavery',
    title:
      'Smuggling of migrants, trafficking in persons and contemporary forms of slavery, including appropriate identification, protection and assistance to migrants and trafficking victims',
    start: '2017-09-04',
    end: '2017-09-05',
    venue: viennaVic,
    moderators: [
      'Rafael Mariano Grossi (Argentina)',
      'Elisabeth Tichy-Fisslberger (Austria)',
      'Andrew Goledzinowski (Australia)',
      'Susan Coppedge (United States)',
      'Leigh Turner (United Kingdom)',
    ],
    sourceIds: ['rmun-session-5', 'norway-gcm-statement', 'iom-phase-1'],
  },
  {
    id: 'thematic-session-6',
    number: 6,
    theme: 'Irregular migration and regular pathways',
    title:
      'Irregular migration and regular pathways, including decent work, labour mobility, recognition of skills and qualifications and other relevant measures',
    start: '2017-10-12',
    end: '2017-10-13',
    venue: genevaRoomXix,
    moderators: [
      'Antje Leendertse (Permanent Representative of Germany, Geneva)',
      'Walid Doudech (Permanent Representative of Tunisia, Geneva)',
    ],
    sourceIds: ['rmun-session-6', 'norway-gcm-statement', 'iom-phase-1'],
  },
] as const satisfies readonly ThematicSession[]);

/** Id of a thematic session (example: `'thematic-session-4'`). */
export type ThematicSessionId = (typeof thematicSessions)[number]['id'];
