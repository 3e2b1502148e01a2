import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceId } from './sources.js';

/** One of the six domains of IOM's Migration Governance Indicators (MGI), which follow MiGOF. */
export interface MgiDomain {
  /** Stable id (example: `'migrants-rights'`). */
  readonly id: string;
  /** Number, 1 to 6 (example: `1`). */
  readonly number: 1 | 2 | 3 | 4 | 5 | 6;
  /** Short label (example: `"Migrants' rights"`). */
  readonly label: string;
  /** Whether a source gives this short label for the MGI (example: `true`). */
  readonly labelVerified: boolean;
  /** IOM's long form, where a source gives it (example: `'Adherence to international standards and fulfillment of migrants’ rights'`). */
  readonly longForm: string | null;
  /** A note on what is not verified. */
  readonly note?: string;
  /** Sources (example: `['gmdac-mgi']`). */
  readonly sourceIds: readonly SourceId[];
}

/**
 * The six MGI domains. Domains 4 to 6 are partly unverified: see
 * `labelVerified` and `note`.
 *
 * Not to be confused with the five domains of the 2016 "Migration Governance
 * Index" of the Economist Intelligence Unit, nor with the domains of SDG
 * indicator 10.7.2.
 *
 * @example
 * ```ts
 * import { mgiDomains } from 'gcm-kit';
 * mgiDomains.filter((d) => !d.labelVerified).map((d) => d.number);
 * // => [4, 5, 6]
 * ```
 */
export const mgiDomains = /* @__PURE__ */ deepFreeze([
  {
    id: 'migrants-rights',
    number: 1,
    label: 'Migrants’ rights',
    labelVerified: true,
    longForm: 'Adherence to international standards and fulfillment of migrants’ rights',
    sourceIds: ['mdp-mgi-snapshot', 'gmdac-mgi'],
  },
  {
    id: 'whole-of-government-approach',
    number: 2,
    label: 'Whole-of-government approach',
    labelVerified: true,
    longForm: '‘Whole of government’ approach to migration policies',
    sourceIds: ['mdp-mgi-snapshot', 'gmdac-mgi'],
  },
  {
    id: 'partnerships',
    number: 3,
    label: 'Partnerships',
    labelVerified: true,
    longForm: 'Engagement with partners to address migration-related issues',
    sourceIds: ['mdp-mgi-snapshot', 'gmdac-mgi'],
  },
  {
    id: 'well-being-of-migrants',
    number: 4,
    label: 'Well-being of migrants',
    labelVerified: false,
    longForm: 'Advancement of the socio-economic well-being of migrants and society',
    note: 'The long form is verified; the short label on the Migration Data Portal is not.',
    sourceIds: ['gmdac-mgi'],
  },
  {
    id: 'mobility-dimensions-of-crises',
    number: 5,
    label: 'Mobility dimensions of crises',
    labelVerified: false,
    longForm: 'effective action on the mobility dimensions of crises',
    note: 'The long form is verified; the short label is the name of domain 5 of SDG indicator 10.7.2, not verified for the MGI.',
    sourceIds: ['iom-unofficeny-2030'],
  },
  {
    id: 'safe-orderly-and-regular-migration',
    number: 6,
    label: 'Safe, orderly and regular migration',
    labelVerified: false,
    longForm: null,
    note: 'Unverified: inferred from MiGOF objective 3; the list read is cut off at domain 6.',
    sourceIds: ['iom-unofficeny-2030'],
  },
] as const satisfies readonly MgiDomain[]);

/** Id of an MGI domain (example: `'partnerships'`). */
export type MgiDomainId = (typeof mgiDomains)[number]['id'];
