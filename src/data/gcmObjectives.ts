import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceId } from './sources.js';

/** One of the 23 objectives of the Global Compact (paragraph 16 of the annex to A/RES/73/195). */
export interface GcmObjective {
  /** Stable id (example: `'objective-1'`). */
  readonly id: string;
  /** Number, 1 to 23 (example: `1`). */
  readonly number: number;
  /** Official title, verbatim (example: `'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies'`). */
  readonly title: string;
  /** Short label used by the UN Network on Migration hub (example: `'Data'`). */
  readonly shortLabel: string;
  /** Paragraph of the compact that holds the objective's commitment and actions: 16 + the number (example: `17`). */
  readonly commitmentParagraph: number;
  /** Whether a source quotes that paragraph number; `false` where it follows only from the 16 + n rule (example: `true`). */
  readonly paragraphVerified: boolean;
  /** Sources for the title and label (example: `['a-res-73-195', 'un-network-hub']`). */
  readonly sourceIds: readonly SourceId[];
}

// [number, title, short label, paragraph verified, sources]
type Row = readonly [number, string, string, boolean, readonly SourceId[]];

const compact: readonly SourceId[] = ['a-res-73-195', 'un-network-hub'];
const handbook: readonly SourceId[] = ['emm-gcm-handbook', 'un-network-hub'];

const rows = [
  [
    1,
    'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
    'Data',
    true,
    compact,
  ],
  [
    2,
    'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
    'Minimize adverse drivers',
    true,
    compact,
  ],
  [
    3,
    'Provide accurate and timely information at all stages of migration',
    'Information provision',
    true,
    handbook,
  ],
  [
    4,
    'Ensure that all migrants have proof of legal identity and adequate documentation',
    'Legal identity and documentation',
    true,
    ['emm-gcm-handbook', 'un-network-hub', 'unnm-objective-4'],
  ],
  [
    5,
    'Enhance availability and flexibility of pathways for regular migration',
    'Regular pathways',
    false,
    handbook,
  ],
  [
    6,
    'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
    'Recruitment and decent work',
    false,
    handbook,
  ],
  [
    7,
    'Address and reduce vulnerabilities in migration',
    'Reduce vulnerabilities',
    true,
    ['emm-gcm-handbook', 'un-network-hub', 'unnm-objective-7'],
  ],
  [
    8,
    'Save lives and establish coordinated international efforts on missing migrants',
    'Save lives',
    false,
    handbook,
  ],
  [
    9,
    'Strengthen the transnational response to smuggling of migrants',
    'Counter smuggling',
    false,
    compact,
  ],
  [
    10,
    'Prevent, combat and eradicate trafficking in persons in the context of international migration',
    'Eradicate trafficking',
    true,
    compact,
  ],
  [
    11,
    'Manage borders in an integrated, secure and coordinated manner',
    'Manage borders',
    true,
    compact,
  ],
  [
    12,
    'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
    'Screening and referral',
    true,
    ['a-res-73-195', 'un-network-hub', 'unnm-objective-12', 'a-res-73-195-p21'],
  ],
  [
    13,
    'Use migration detention only as a measure of last resort and work towards alternatives',
    'Alternatives to detention',
    true,
    ['a-res-73-195', 'un-network-hub', 'unnm-objective-13'],
  ],
  [
    14,
    'Enhance consular protection, assistance and cooperation throughout the migration cycle',
    'Consular protection',
    true,
    ['a-res-73-195', 'un-network-hub', 'unnm-objective-14', 'a-res-73-195-p23'],
  ],
  [15, 'Provide access to basic services for migrants', 'Access to basic services', false, compact],
  [
    16,
    'Empower migrants and societies to realize full inclusion and social cohesion',
    'Inclusion and social cohesion',
    false,
    compact,
  ],
  [
    17,
    'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
    'Eliminate discrimination',
    false,
    compact,
  ],
  [
    18,
    'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
    'Skills development and recognition',
    false,
    compact,
  ],
  [
    19,
    'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
    'Migrant and diaspora contributions',
    true,
    compact,
  ],
  [
    20,
    'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
    'Remittances',
    true,
    compact,
  ],
  [
    21,
    'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
    'Dignified return and reintegration',
    true,
    compact,
  ],
  [
    22,
    'Establish mechanisms for the portability of social security entitlements and earned benefits',
    'Social protection',
    false,
    compact,
  ],
  [
    23,
    'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
    'International cooperation',
    true,
    compact,
  ],
] as const satisfies readonly Row[];

type Rows = typeof rows;
type ObjectiveOf<R> = R extends Row
  ? {
      readonly id: `objective-${R[0]}`;
      readonly number: R[0];
      readonly title: R[1];
      readonly shortLabel: R[2];
      readonly commitmentParagraph: number;
      readonly paragraphVerified: boolean;
      readonly sourceIds: readonly SourceId[];
    }
  : never;

const buildObjectives = () =>
  deepFreeze(
    rows.map(([number, title, shortLabel, paragraphVerified, sourceIds]) => ({
      id: `objective-${number}`,
      number,
      title,
      shortLabel,
      commitmentParagraph: 16 + number,
      paragraphVerified,
      sourceIds,
    })) as unknown as readonly ObjectiveOf<Rows[number]>[],
  );

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular
 * Migration, in order, with their official titles and the Network hub's
 * short labels.
 *
 * Titles were read in the compact (A/RES/73/195) or in IOM's handbook, never
 * in third-party code, where several are paraphrased wrongly. The objective
 * list had 22 entries until draft Rev 2 (28 May 2018) added the 23rd.
 *
 * @example
 * ```ts
 * import { gcmObjectives } from 'gcm-kit';
 * gcmObjectives[22]?.shortLabel;
 * // => 'International cooperation'
 * ```
 */
export const gcmObjectives = /* @__PURE__ */ buildObjectives();

/** Id of an objective (example: `'objective-23'`). */
export type GcmObjectiveId = (typeof gcmObjectives)[number]['id'];
/** Number of an objective, 1 to 23 (example: `23`). */
export type GcmObjectiveNumber = (typeof gcmObjectives)[number]['number'];
