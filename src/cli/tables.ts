import { consultations } from '../consultations/consultations.js';
import type { Consultation } from '../consultations/types.js';
import { events, type GcmEvent } from '../data/events.js';
import { type GcmGuidingPrinciple, gcmGuidingPrinciples } from '../data/gcmGuidingPrinciples.js';
import { type GcmObjective, gcmObjectives } from '../data/gcmObjectives.js';
import { type MigofElement, migof } from '../data/migof.js';
import { type Phase, phases } from '../data/phases.js';
import { type Source, sources } from '../data/sources.js';
import { type ThematicSession, thematicSessions } from '../data/thematicSessions.js';

// The datasets as flat tables, one row per record, for `gcm-kit export`: the
// columns, their Table Schema types and descriptions are said once here, and
// the CSV, NDJSON and JSON writers and datapackage.json all read them. Adding a
// dataset is adding one entry to `tables`.

/** One cell: a list becomes `a; b` in CSV and stays an array in JSON. */
export type Cell = string | number | boolean | null | undefined | readonly string[];

/** A column, with its Frictionless Table Schema type. */
export interface Column<R> {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'boolean' | 'date';
  readonly description: string;
  /** A list of strings: joined with LIST_SEPARATOR in CSV. */
  readonly list?: true;
  /** Never empty. */
  readonly required?: true;
  readonly get: (row: R) => Cell;
}

/** A dataset as a table. */
export interface Table<R = never> {
  /** Name of the dataset on the command line and of its file (`events.csv`). */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly rows: () => readonly R[];
  readonly columns: readonly Column<R>[];
}

/** How the items of a list field are joined in a CSV cell (docs/cli.md says so). */
export const LIST_SEPARATOR = '; ';

const id = <R extends { id: string }>(what: string): Column<R> => ({
  name: 'id',
  type: 'string',
  description: `Stable id of the ${what}`,
  required: true,
  get: (r) => r.id,
});
const sourceIds = <R extends { sourceIds: readonly string[] }>(): Column<R> => ({
  name: 'sourceIds',
  type: 'string',
  description: 'Ids of the sources (rows of sources.csv) that support the record',
  list: true,
  required: true,
  get: (r) => r.sourceIds,
});
const venue = <R extends Pick<GcmEvent, 'venue'>>(): Column<R>[] => [
  {
    name: 'venueCity',
    type: 'string',
    description: 'City of the venue',
    get: (r) => r.venue?.city,
  },
  {
    name: 'venueCountry',
    type: 'string',
    description: 'ISO 3166-1 alpha-3 code of the country of the venue',
    get: (r) => r.venue?.country,
  },
  {
    name: 'venuePlace',
    type: 'string',
    description: 'Building or room, where a source names it',
    get: (r) => r.venue?.place,
  },
];

const table = <R>(t: Table<R>): Table<unknown> => t as unknown as Table<unknown>;

/** Every dataset `gcm-kit export` writes, in the order of `--all`. */
export const tables: readonly Table<unknown>[] = [
  table<GcmEvent>({
    name: 'events',
    title: 'Events',
    description: 'Dated events of the GCM process and its follow-up, one row per event',
    rows: () => events,
    columns: [
      id('event'),
      {
        name: 'kind',
        type: 'string',
        description: 'Kind of event',
        required: true,
        get: (r) => r.kind,
      },
      {
        name: 'title',
        type: 'string',
        description: 'Short title',
        required: true,
        get: (r) => r.title,
      },
      {
        name: 'start',
        type: 'date',
        description: 'First day, inclusive, as held',
        required: true,
        get: (r) => r.start,
      },
      {
        name: 'end',
        type: 'date',
        description: 'Last day, inclusive, as held',
        required: true,
        get: (r) => r.end,
      },
      {
        name: 'precision',
        type: 'string',
        description: 'How precisely the sources date it: day, month or year',
        required: true,
        get: (r) => r.precision,
      },
      {
        name: 'phaseId',
        type: 'string',
        description: 'Id of the phase it belongs to (a row of phases.csv)',
        required: true,
        get: (r) => r.phaseId,
      },
      {
        name: 'thematicSession',
        type: 'integer',
        description: 'Number of the informal thematic session, for the six sessions',
        get: (r) => r.thematicSession,
      },
      ...venue<GcmEvent>(),
      {
        name: 'timeZone',
        type: 'string',
        description: 'IANA time zone in which its days are counted',
        get: (r) => r.timeZone,
      },
      {
        name: 'plannedStart',
        type: 'date',
        description: 'First day it was planned for, when a source gave a plan that differs',
        get: (r) => r.planned?.start,
      },
      {
        name: 'plannedEnd',
        type: 'date',
        description: 'Last day it was planned for, when a source gave a plan that differs',
        get: (r) => r.planned?.end,
      },
      {
        name: 'note',
        type: 'string',
        description: 'What the sources say or leave open',
        get: (r) => r.note,
      },
      sourceIds<GcmEvent>(),
    ],
  }),
  table<Phase>({
    name: 'phases',
    title: 'Phases',
    description: 'Phases of the process, from the New York Declaration to the follow-up',
    rows: () => phases,
    columns: [
      id('phase'),
      {
        name: 'number',
        type: 'integer',
        description: 'Official phase number of A/RES/71/280 for Phases I–III',
        get: (r) => r.number,
      },
      { name: 'name', type: 'string', description: 'Name', required: true, get: (r) => r.name },
      {
        name: 'start',
        type: 'date',
        description: 'First day, inclusive',
        required: true,
        get: (r) => r.start,
      },
      {
        name: 'end',
        type: 'date',
        description: 'Last day, inclusive; empty for a phase that has not ended',
        get: (r) => r.end,
      },
      {
        name: 'note',
        type: 'string',
        description: 'What bounds the phase and where sources differ',
        required: true,
        get: (r) => r.note,
      },
      sourceIds<Phase>(),
    ],
  }),
  table<ThematicSession>({
    name: 'thematic-sessions',
    title: 'Informal thematic sessions',
    description: 'The six informal thematic sessions of Phase I (2017)',
    rows: () => thematicSessions,
    columns: [
      id('session'),
      {
        name: 'number',
        type: 'integer',
        description: 'Number, 1 to 6',
        required: true,
        get: (r) => r.number,
      },
      { name: 'title', type: 'string', description: 'Theme', required: true, get: (r) => r.title },
      {
        name: 'start',
        type: 'date',
        description: 'First day, inclusive',
        required: true,
        get: (r) => r.start,
      },
      {
        name: 'end',
        type: 'date',
        description: 'Last day, inclusive',
        required: true,
        get: (r) => r.end,
      },
      ...venue<ThematicSession>(),
      {
        name: 'timeZone',
        type: 'string',
        description: 'IANA time zone of the venue',
        required: true,
        get: (r) => r.venue.timeZone,
      },
      {
        name: 'moderators',
        type: 'string',
        description: 'Moderators, as the sources name them',
        list: true,
        get: (r) => r.moderators,
      },
      {
        name: 'titleVariants',
        type: 'string',
        description: 'Other wordings of the theme found in sources',
        list: true,
        get: (r) => r.titleVariants?.map((v) => v.title),
      },
      {
        name: 'note',
        type: 'string',
        description: 'What the sources say or leave open',
        get: (r) => r.note,
      },
      sourceIds<ThematicSession>(),
    ],
  }),
  table<GcmObjective>({
    name: 'objectives',
    title: 'GCM objectives',
    description: 'The 23 objectives of the global compact (A/RES/73/195)',
    rows: () => gcmObjectives,
    columns: [
      id('objective'),
      {
        name: 'number',
        type: 'integer',
        description: 'Number, 1 to 23',
        required: true,
        get: (r) => r.number,
      },
      { name: 'title', type: 'string', description: 'Title', required: true, get: (r) => r.title },
      {
        name: 'shortLabel',
        type: 'string',
        description: 'A label of a few words',
        required: true,
        get: (r) => r.shortLabel,
      },
      {
        name: 'commitmentParagraph',
        type: 'integer',
        description: 'Paragraph of A/RES/73/195 that holds its commitment',
        required: true,
        get: (r) => r.commitmentParagraph,
      },
      {
        name: 'paragraphVerified',
        type: 'boolean',
        description: 'Whether the paragraph number was read in the text itself',
        required: true,
        get: (r) => r.paragraphVerified,
      },
      sourceIds<GcmObjective>(),
    ],
  }),
  table<GcmGuidingPrinciple>({
    name: 'principles',
    title: 'GCM guiding principles',
    description: 'The ten guiding principles of the global compact (A/RES/73/195, paragraph 15)',
    rows: () => gcmGuidingPrinciples,
    columns: [
      id('principle'),
      {
        name: 'letter',
        type: 'string',
        description: 'Letter of the sub-paragraph, a to j',
        required: true,
        get: (r) => r.letter,
      },
      {
        name: 'letterVerified',
        type: 'boolean',
        description: 'Whether the letter was read in the text itself',
        required: true,
        get: (r) => r.letterVerified,
      },
      { name: 'name', type: 'string', description: 'Name', required: true, get: (r) => r.name },
      sourceIds<GcmGuidingPrinciple>(),
    ],
  }),
  table<MigofElement & { readonly element: 'principle' | 'objective' }>({
    name: 'migof',
    title: 'IOM Migration Governance Framework (MiGOF)',
    description: 'The three principles and three objectives of MiGOF, principles first',
    rows: () => [
      ...migof.principles.map((p) => ({ ...p, element: 'principle' as const })),
      ...migof.objectives.map((o) => ({ ...o, element: 'objective' as const })),
    ],
    columns: [
      id('principle or objective'),
      {
        name: 'element',
        type: 'string',
        description: 'principle or objective',
        required: true,
        get: (r) => r.element,
      },
      {
        name: 'number',
        type: 'integer',
        description: 'Number among the principles or among the objectives, 1 to 3',
        required: true,
        get: (r) => r.number,
      },
      {
        name: 'short',
        type: 'string',
        description: 'Short wording',
        required: true,
        get: (r) => r.short,
      },
      {
        name: 'long',
        type: 'string',
        description: 'Wording of the framework',
        required: true,
        get: (r) => r.long,
      },
      sourceIds<MigofElement>(),
    ],
  }),
  table<Source>({
    name: 'sources',
    title: 'Sources',
    description: 'Every document the data cites, by id',
    rows: () => Object.values(sources),
    columns: [
      id('source'),
      { name: 'title', type: 'string', description: 'Title', required: true, get: (r) => r.title },
      {
        name: 'publisher',
        type: 'string',
        description: 'Who published it',
        required: true,
        get: (r) => r.publisher,
      },
      {
        name: 'symbol',
        type: 'string',
        description: 'UN document symbol, when it has one',
        get: (r) => r.symbol,
      },
      {
        name: 'officialUrl',
        type: 'string',
        description: "Address in the UN's official document system, for UN document symbols",
        get: (r) => r.officialUrl,
      },
      {
        name: 'url',
        type: 'string',
        description: 'Address of the copy that was read',
        get: (r) => r.url,
      },
      {
        name: 'publishedOn',
        type: 'date',
        description: 'Day of publication, when known',
        get: (r) => r.publishedOn,
      },
      {
        name: 'kind',
        type: 'string',
        description: 'primary or secondary',
        required: true,
        get: (r) => r.kind,
      },
      {
        name: 'mirrorOf',
        type: 'string',
        description: 'The document this copy mirrors, when it is a copy',
        get: (r) => r.mirrorOf,
      },
      { name: 'note', type: 'string', description: 'Note', get: (r) => r.note },
    ],
  }),
  table<Consultation>({
    name: 'consultations',
    title: 'Consultations',
    description:
      'The register of real consultations of 2017–2026 that fed the GCM or its follow-up (gcm-kit/consultations)',
    rows: () => consultations,
    columns: [
      id('consultation'),
      {
        name: 'kind',
        type: 'string',
        description:
          'Scope: national, sub-regional, regional, global, thematic-session, stocktaking or other',
        required: true,
        get: (r) => r.kind,
      },
      {
        name: 'multiStakeholder',
        type: 'boolean',
        description: 'Held in a multi-stakeholder format, where a source says so',
        get: (r) => r.multiStakeholder,
      },
      { name: 'title', type: 'string', description: 'Title', required: true, get: (r) => r.title },
      {
        name: 'start',
        type: 'date',
        description: 'First day, inclusive',
        required: true,
        get: (r) => r.dates.start,
      },
      {
        name: 'end',
        type: 'date',
        description: 'Last day, inclusive',
        required: true,
        get: (r) => r.dates.end,
      },
      {
        name: 'precision',
        type: 'string',
        description: 'How precisely the dates are known: day (when empty), month or year',
        get: (r) => r.dates.precision,
      },
      {
        name: 'dateBasis',
        type: 'string',
        description: 'stated (when empty) or inferred by the editors, with a note',
        get: (r) => r.dates.basis,
      },
      {
        name: 'country',
        type: 'string',
        description: "ISO 3166-1 alpha-3 code of the venue's country",
        get: (r) => r.country,
      },
      { name: 'city', type: 'string', description: 'City of the venue', get: (r) => r.city },
      {
        name: 'format',
        type: 'string',
        description: 'in-person, online or hybrid, where a source says so',
        get: (r) => r.format,
      },
      {
        name: 'parts',
        type: 'string',
        description: 'For a meeting held in parts: each part as "start/end city country"',
        list: true,
        get: (r) =>
          r.parts?.map((p) =>
            [`${p.dates.start}/${p.dates.end}`, p.city, p.country].filter(Boolean).join(' '),
          ),
      },
      {
        name: 'coveredCountries',
        type: 'string',
        description: 'Alpha-3 codes of the States it covered, when they differ from the venue',
        list: true,
        get: (r) => r.coveredCountries,
      },
      {
        name: 'regions',
        type: 'string',
        description: 'UN regional commissions and UN M49 area codes',
        list: true,
        get: (r) => r.regions,
      },
      {
        name: 'organizations',
        type: 'string',
        description: 'Organizations with their roles, as "name (role, role)"',
        list: true,
        get: (r) => r.organizations?.map((o) => `${o.name} (${o.roles.join(', ')})`),
      },
      {
        name: 'stakeholders',
        type: 'string',
        description: 'Categories of stakeholders that took part',
        list: true,
        get: (r) => r.stakeholders,
      },
      {
        name: 'sourceUrls',
        type: 'string',
        description: 'Addresses of the pages the record was written from',
        list: true,
        required: true,
        get: (r) => r.sources.flatMap((s) => (s.url ? [s.url] : [])),
      },
      {
        name: 'eventId',
        type: 'string',
        description: 'Id of the timeline event (rows of events.csv) that this consultation is',
        get: (r) => r.eventId,
      },
      {
        name: 'relatedEventIds',
        type: 'string',
        description: 'Ids of timeline events (rows of events.csv) that it fed or belonged to',
        list: true,
        get: (r) => r.relatedEventIds,
      },
      { name: 'notes', type: 'string', description: "Editors' notes", get: (r) => r.notes },
    ],
  }),
];
