import { datePrecisions, type sourceKinds } from '../consultations/vocabulary.js';
import { eventKinds, events, type GcmEvent } from '../data/events.js';
import { type GcmGuidingPrinciple, gcmGuidingPrinciples } from '../data/gcmGuidingPrinciples.js';
import { type GcmObjective, gcmObjectives } from '../data/gcmObjectives.js';
import { type MigofElement, migof } from '../data/migof.js';
import { type Phase, phases } from '../data/phases.js';
import { type Source, sources } from '../data/sources.js';
import { type ThematicSession, thematicSessions } from '../data/thematicSessions.js';
import type { Precision } from '../data/types.js';
import { consultationTables } from './consultationTables.js';
import { type Column, documentColumns, id, type Table, table } from './tableKit.js';

// The datasets as flat tables, for `gcm-kit export`: the columns, their Table
// Schema types, descriptions, keys and code lists are said once here, and the
// CSV writer and datapackage.json read them. JSON and NDJSON write the whole
// records (`records`) instead. Adding a dataset is adding one entry to `tables`.

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

const sourceColumns = documentColumns<Source>((r) => r);

// The reference data keeps its own types of these two vocabularies; the
// columns take the lists of the record format, which must hold the same
// values (this stops compiling if they drift apart).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<Precision, (typeof datePrecisions)[number]> &
  Same<Source['kind'], (typeof sourceKinds)[number]>;

const migofRows = [
  ...migof.principles.map((p) => ({ ...p, element: 'principle' as const })),
  ...migof.objectives.map((o) => ({ ...o, element: 'objective' as const })),
];

/** Every dataset `gcm-kit export` writes, in the order of `--all`. */
export const tables: readonly Table<unknown>[] = [
  table<GcmEvent>({
    name: 'events',
    title: 'Events',
    description: 'Dated events of the GCM process and its follow-up, one row per event',
    rows: () => events,
    records: () => events,
    foreignKeys: [{ fields: ['phaseId'], resource: 'phases', referencedFields: ['id'] }],
    columns: [
      id('event'),
      {
        name: 'kind',
        type: 'string',
        description: 'Kind of event',
        required: true,
        enum: eventKinds,
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
        enum: datePrecisions,
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
    records: () => phases,
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
    records: () => thematicSessions,
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
    records: () => gcmObjectives,
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
    records: () => gcmGuidingPrinciples,
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
    rows: () => migofRows,
    records: () => migofRows,
    columns: [
      id('principle or objective'),
      {
        name: 'element',
        type: 'string',
        description: 'principle or objective',
        required: true,
        enum: ['principle', 'objective'],
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
    records: () => Object.values(sources),
    columns: [
      id('source'),
      sourceColumns.title,
      sourceColumns.publisher,
      sourceColumns.symbol,
      {
        name: 'officialUrl',
        type: 'string',
        description: "Address in the UN's official document system, for UN document symbols",
        get: (r) => r.officialUrl,
      },
      sourceColumns.url,
      {
        name: 'publishedOn',
        type: 'date',
        description: 'Day of publication, when known',
        get: (r) => r.publishedOn,
      },
      { ...sourceColumns.kind, required: true },
      sourceColumns.mirrorOf,
      { name: 'note', type: 'string', description: 'Note', get: (r) => r.note },
    ],
  }),
  ...consultationTables,
];
