import { consultations } from '../consultations/consultations.js';
import type {
  Consultation,
  ConsultationPart,
  ConsultationSource,
  Organization,
  ParticipantCount,
  Recommendation,
  Speaker,
  ThematicGroup,
} from '../consultations/types.js';
import {
  consultationKinds,
  countQualifiers,
  countUnits,
  dateBases,
  datePrecisions,
  meetingFormats,
  organizationRoles,
  outcomeKinds,
  stakeholderCategories,
  tagBases,
} from '../consultations/vocabulary.js';
import { events } from '../data/events.js';
import { migof } from '../data/migof.js';
import { regionalCommissions } from '../schemas/codeLists.js';
import {
  type Column,
  documentColumns,
  type ForeignKey,
  id,
  type Table,
  table,
} from './tableKit.js';

// The register of consultations as a main table and child tables, one file
// each, linked by `consultationId` (CSV cannot nest). JSON and NDJSON write
// the whole records instead. A child row keeps the item's place in its list
// (`…Index`, from 0, the numbering the record format uses for source
// indexes) or its own id, so a record can be rebuilt from the tables in its
// order (test/cli/commands/export.test.ts does so for every record).
//
// A field added to the record format becomes one more column of the table of
// the object that holds it (a part's fields in consultation-parts, a count's
// in consultation-participants); a list of codes is a list column; a list of
// objects is a new child table keyed like these.

/** A child row: the consultation it belongs to, the item and its place in its list. */
interface Child<T> {
  readonly consultation: Consultation;
  readonly item: T;
  readonly index: number;
}

const children = <T>(
  records: readonly Consultation[],
  pick: (c: Consultation) => readonly T[] | undefined,
) =>
  function rows(): readonly Child<T>[] {
    return records.flatMap((consultation) =>
      (pick(consultation) ?? []).map((item, index) => ({ consultation, item, index })),
    );
  };

/** A participant count of a record (`part` undefined) or of one of its parts. */
interface CountRow extends Child<ParticipantCount> {
  readonly part: ConsultationPart | undefined;
}

const consultationId = <R extends { consultation: Consultation }>(): Column<R> => ({
  name: 'consultationId',
  type: 'string',
  description: 'Id of the consultation (a row of consultations.csv)',
  required: true,
  get: (r) => r.consultation.id,
});
const indexColumn = <R extends { index: number }>(name: string, what: string): Column<R> => ({
  name,
  type: 'integer',
  description: `Place of the ${what} in the record's list, from 0`,
  required: true,
  get: (r) => r.index,
});
const toConsultation: ForeignKey = {
  fields: ['consultationId'],
  resource: 'consultations',
  referencedFields: ['id'],
};

/** A list of source indexes (`0; 2`), as in the record, numbers from 0. */
const sourceIndexes = <R>(sources: (r: R) => readonly number[] | undefined): Column<R> => ({
  name: 'sourceIndexes',
  type: 'string',
  description: 'Which sources state it (sourceIndex of consultation-sources.csv)',
  list: true,
  pattern: '\\d+',
  get: (r) => sources(r)?.map(String),
});
const formatColumn = <R>(format: (r: R) => string | undefined): Column<R> => ({
  name: 'format',
  type: 'string',
  description: 'in-person, online or hybrid',
  enum: meetingFormats,
  get: format,
});

/** A record or a part: what its venue columns read. */
type Meeting = Pick<Consultation, 'venueSources' | 'multiStakeholder'>;
const venueSources = <R>(meeting: (r: R) => Meeting): Column<R> => ({
  ...sourceIndexes<R>((r) => meeting(r).venueSources),
  name: 'venueSources',
  description:
    'Which sources state its venue, city, country or format (sourceIndex of consultation-sources.csv)',
});
const multiStakeholder = <R>(meeting: (r: R) => Meeting): Column<R> => ({
  name: 'multiStakeholder',
  type: 'boolean',
  description: 'Held in a multi-stakeholder format, where a source says so',
  get: (r) => meeting(r).multiStakeholder,
});
const sourceColumns = documentColumns<Child<ConsultationSource>>((r) => r.item);

const commissionSet = new Set<string>(regionalCommissions);
const migofIds = [...migof.principles, ...migof.objectives].map((m) => m.id);

/** Columns of a part or record's `dates`. */
const dateColumns = <R>(dates: (r: R) => Consultation['dates']): Column<R>[] => [
  {
    name: 'start',
    type: 'date',
    description: 'First day, inclusive',
    required: true,
    get: (r) => dates(r).start,
  },
  {
    name: 'end',
    type: 'date',
    description: 'Last day, inclusive',
    required: true,
    get: (r) => dates(r).end,
  },
  {
    name: 'precision',
    type: 'string',
    description: 'How precisely the dates are known: day (when empty), month or year',
    enum: datePrecisions,
    get: (r) => dates(r).precision,
  },
  {
    name: 'dateBasis',
    type: 'string',
    description: 'stated (when empty) or inferred by the editors, with a note',
    enum: dateBases,
    get: (r) => dates(r).basis,
  },
];

/** Tag columns of a thematic group or a recommendation (objectives apart: see below). */
const tagColumns = <T extends ThematicGroup | Recommendation>(): Column<Child<T>>[] => [
  {
    name: 'thematicSessions',
    type: 'string',
    description: 'Numbers of the informal thematic sessions it relates to (1–6)',
    list: true,
    get: (r) => r.item.thematicSessions?.map(String),
  },
  {
    name: 'migof',
    type: 'string',
    description: 'Ids of the MiGOF principles and objectives (rows of migof.csv) it relates to',
    list: true,
    enum: migofIds,
    get: (r) => r.item.migof,
  },
  {
    name: 'sdgTargets',
    type: 'string',
    description: 'SDG targets it relates to, by code (10.7)',
    list: true,
    get: (r) => r.item.sdgTargets,
  },
  {
    name: 'tagBasis',
    type: 'string',
    description: 'Whether the source states the tags or an editor added them',
    enum: tagBases,
    get: (r) => r.item.tagBasis,
  },
];

const eventIds = events.map((e) => e.id);

/**
 * The consultations table and its child tables over some records, in the
 * order of `--all` (the export with `--records` writes the built-in records
 * and the user's).
 */
export const consultationTablesOf = (records: readonly Consultation[]): Table<unknown>[] => [
  table<Consultation>({
    name: 'consultations',
    title: 'Consultations',
    description:
      'The register of real consultations of 2017–2026 that fed the GCM or its follow-up (gcm-kit/consultations), one row per consultation; its lists of objects are the consultation-* tables',
    rows: () => records,
    records: () => records,
    foreignKeys: [{ fields: ['eventId'], resource: 'events', referencedFields: ['id'] }],
    columns: [
      id('consultation'),
      {
        name: 'kind',
        type: 'string',
        description:
          'Scope: national, sub-regional, regional, global, thematic-session, stocktaking or other',
        required: true,
        enum: consultationKinds,
        get: (r) => r.kind,
      },
      multiStakeholder<Consultation>((r) => r),
      { name: 'title', type: 'string', description: 'Title', required: true, get: (r) => r.title },
      {
        name: 'titleAsPublished',
        type: 'string',
        description: 'Title as the source words it, when the title was rewritten',
        get: (r) => r.titleAsPublished,
      },
      ...dateColumns<Consultation>((r) => r.dates),
      formatColumn<Consultation>((r) => r.format),
      {
        name: 'timeZone',
        type: 'string',
        description: 'IANA time zone of the venue',
        get: (r) => r.timeZone,
      },
      {
        name: 'country',
        type: 'string',
        description: "ISO 3166-1 alpha-3 code of the venue's country",
        get: (r) => r.country,
      },
      {
        name: 'userAssignedCountryCode',
        type: 'boolean',
        description: 'Whether country codes of the user-assigned range (XKX) are allowed',
        get: (r) => r.userAssignedCountryCode,
      },
      { name: 'city', type: 'string', description: 'City of the venue', get: (r) => r.city },
      {
        name: 'venue',
        type: 'string',
        description: 'Building or room of the venue',
        get: (r) => r.venue,
      },
      venueSources<Consultation>((r) => r),
      {
        name: 'coveredCountries',
        type: 'string',
        description: 'Alpha-3 codes of the States it covered, when they differ from the venue',
        list: true,
        get: (r) => r.coveredCountries,
      },
      {
        name: 'commissions',
        type: 'string',
        description: 'UN regional commissions of its region (ECA, ECE, ECLAC, ESCAP, ESCWA)',
        list: true,
        enum: regionalCommissions,
        get: (r) => r.regions?.filter((code) => commissionSet.has(code)),
      },
      {
        name: 'm49Areas',
        type: 'string',
        description: 'UN M49 area codes of its region (150 is Europe)',
        list: true,
        get: (r) => r.regions?.filter((code) => !commissionSet.has(code)),
      },
      {
        name: 'stakeholders',
        type: 'string',
        description: 'Categories of stakeholders that took part',
        list: true,
        enum: stakeholderCategories,
        get: (r) => r.stakeholders,
      },
      {
        name: 'outcomeKind',
        type: 'string',
        description: 'Kind of outcome, when the record has one',
        enum: outcomeKinds,
        get: (r) => r.outcome?.kind,
      },
      {
        name: 'outcomeSummary',
        type: 'string',
        description: 'Summary of the outcome',
        get: (r) => r.outcome?.summary,
      },
      {
        name: 'outcomePurpose',
        type: 'string',
        description: 'What the meeting was for, as the source says',
        get: (r) => r.outcome?.purpose,
      },
      {
        name: 'outcomeRecommendationCount',
        type: 'integer',
        description:
          'Number of recommendations the outcome lists (rows of consultation-recommendations.csv); 0 for an empty list, empty when the outcome has no list',
        get: (r) => r.outcome?.recommendations?.length,
      },
      {
        name: 'eventId',
        type: 'string',
        description: 'Id of the gcm-kit timeline event it was part of (a row of events.csv)',
        get: (r) => r.eventId,
      },
      {
        name: 'relatedEventIds',
        type: 'string',
        description:
          'Ids of the gcm-kit timeline events it fed or belonged to, besides eventId (rows of events.csv)',
        list: true,
        enum: eventIds,
        get: (r) => r.relatedEventIds,
      },
      {
        name: 'language',
        type: 'string',
        description: 'BCP 47 tag of the language of the record',
        get: (r) => r.language,
      },
      { name: 'notes', type: 'string', description: "Editors' notes", get: (r) => r.notes },
    ],
  }),
  table<Child<ConsultationPart>>({
    name: 'consultation-parts',
    title: 'Parts of consultations',
    description: 'One row per part of a consultation held in parts (days, cities)',
    rows: children(records, (c) => c.parts),
    primaryKey: ['consultationId', 'partId'],
    foreignKeys: [toConsultation],
    columns: [
      consultationId(),
      {
        name: 'partId',
        type: 'string',
        description: 'Id of the part within the consultation',
        required: true,
        get: (r) => r.item.id,
      },
      { name: 'title', type: 'string', description: 'Title', get: (r) => r.item.title },
      ...dateColumns<Child<ConsultationPart>>((r) => r.item.dates),
      formatColumn<Child<ConsultationPart>>((r) => r.item.format),
      multiStakeholder<Child<ConsultationPart>>((r) => r.item),
      {
        name: 'stakeholders',
        type: 'string',
        description: 'Categories of stakeholders that took part in the part',
        list: true,
        enum: stakeholderCategories,
        get: (r) => r.item.stakeholders,
      },
      { name: 'city', type: 'string', description: 'City', get: (r) => r.item.city },
      {
        name: 'country',
        type: 'string',
        description: 'ISO 3166-1 alpha-3 code of the country',
        get: (r) => r.item.country,
      },
      {
        name: 'timeZone',
        type: 'string',
        description: 'IANA time zone',
        get: (r) => r.item.timeZone,
      },
      { name: 'venue', type: 'string', description: 'Building or room', get: (r) => r.item.venue },
      venueSources<Child<ConsultationPart>>((r) => r.item),
    ],
  }),
  table<Child<Organization> & { readonly role: string }>({
    name: 'consultation-organizations',
    title: 'Organizations of consultations',
    description:
      'One row per organization and role (an organization that hosted and funded has two rows)',
    rows: () =>
      children(records, (c) => c.organizations)().flatMap((row) =>
        row.item.roles.map((role) => ({ ...row, role })),
      ),
    primaryKey: ['consultationId', 'organizationIndex', 'role'],
    foreignKeys: [toConsultation],
    columns: [
      consultationId(),
      indexColumn('organizationIndex', 'organization'),
      {
        name: 'name',
        type: 'string',
        description: 'Name, as the source gives it',
        required: true,
        get: (r) => r.item.name,
      },
      {
        name: 'category',
        type: 'string',
        description: 'Kind of organization',
        required: true,
        enum: stakeholderCategories,
        get: (r) => r.item.category,
      },
      {
        name: 'role',
        type: 'string',
        description:
          'What it did: host, organizer, co-organizer, supporter, funder, chair, rapporteur or sponsor',
        required: true,
        enum: organizationRoles,
        get: (r) => r.role,
      },
      sourceIndexes<Child<Organization> & { readonly role: string }>((r) => r.item.sources),
    ],
  }),
  table<CountRow>({
    name: 'consultation-participants',
    title: 'Participant counts of consultations',
    description:
      "One row per count of participants, as one source gives it: the record's counts, then each part's",
    rows: () =>
      records.flatMap((consultation) => [
        ...(consultation.participants ?? []).map((item, index) => ({
          consultation,
          part: undefined,
          item,
          index,
        })),
        ...(consultation.parts ?? []).flatMap((part) =>
          (part.participants ?? []).map((item, index) => ({ consultation, part, item, index })),
        ),
      ]),
    primaryKey: ['consultationId', 'partId', 'countIndex'],
    foreignKeys: [toConsultation],
    columns: [
      consultationId(),
      {
        name: 'countIndex',
        type: 'integer',
        description: "Place of the count in its list (the record's or the part's), from 0",
        required: true,
        get: (r) => r.index,
      },
      {
        name: 'partId',
        type: 'string',
        description:
          "Id of the part it counts (partId of consultation-parts.csv); empty for the record's own counts",
        get: (r) => r.part?.id,
      },
      {
        name: 'count',
        type: 'integer',
        description: 'The number; empty when the qualifier is indefinite',
        get: (r) => r.item.count,
      },
      {
        name: 'qualifier',
        type: 'string',
        description: 'exact, about, over, under, or indefinite for words with no number',
        enum: countQualifiers,
        get: (r) => r.item.qualifier,
      },
      {
        name: 'unit',
        type: 'string',
        description: 'What was counted: people (when empty), states, organizations or mechanisms',
        enum: countUnits,
        get: (r) => r.item.unit,
      },
      {
        name: 'asStated',
        type: 'string',
        description: "The source's own words, verbatim (several dozen, more than 30)",
        get: (r) => r.item.asStated,
      },
      sourceIndexes<CountRow>((r) => r.item.sources),
    ],
  }),
  table<Child<Speaker>>({
    name: 'consultation-speakers',
    title: 'Speakers of consultations',
    description: 'One row per person named as a speaker',
    rows: children(records, (c) => c.speakers),
    primaryKey: ['consultationId', 'speakerIndex'],
    foreignKeys: [toConsultation],
    columns: [
      consultationId(),
      indexColumn('speakerIndex', 'speaker'),
      {
        name: 'name',
        type: 'string',
        description: 'Name',
        required: true,
        get: (r) => r.item.name,
      },
      { name: 'role', type: 'string', description: 'Office or role', get: (r) => r.item.role },
      {
        name: 'organization',
        type: 'string',
        description: 'Organization',
        get: (r) => r.item.organization,
      },
      sourceIndexes<Child<Speaker>>((r) => r.item.sources),
    ],
  }),
  table<Child<ThematicGroup>>({
    name: 'consultation-thematic-groups',
    title: 'Thematic groups of consultations',
    description: 'One row per thematic working group',
    rows: children(records, (c) => c.thematicGroups),
    primaryKey: ['consultationId', 'groupId'],
    foreignKeys: [toConsultation],
    columns: [
      consultationId(),
      {
        name: 'groupId',
        type: 'string',
        description: 'Id of the group within the consultation',
        required: true,
        get: (r) => r.item.id,
      },
      {
        name: 'title',
        type: 'string',
        description: 'Title',
        required: true,
        get: (r) => r.item.title,
      },
      {
        name: 'gcmObjectives',
        type: 'string',
        description: 'Numbers of the GCM objectives it relates to (1–23)',
        list: true,
        get: (r) => r.item.gcmObjectives?.map(String),
      },
      ...tagColumns<ThematicGroup>(),
    ],
  }),
  table<Child<Recommendation>>({
    name: 'consultation-recommendations',
    title: 'Recommendations of consultations',
    description:
      'One row per recommendation of an outcome; its GCM objectives are in consultation-recommendation-objectives',
    rows: children(records, (c) => c.outcome?.recommendations),
    primaryKey: ['consultationId', 'recommendationId'],
    foreignKeys: [toConsultation],
    columns: [
      consultationId(),
      {
        name: 'recommendationId',
        type: 'string',
        description: 'Id of the recommendation within the consultation',
        required: true,
        get: (r) => r.item.id,
      },
      {
        name: 'text',
        type: 'string',
        description: 'Text',
        required: true,
        get: (r) => r.item.text,
      },
      {
        name: 'thematicGroupId',
        type: 'string',
        description: 'Id of its thematic group (groupId of consultation-thematic-groups.csv)',
        get: (r) => r.item.thematicGroupId,
      },
      ...tagColumns<Recommendation>(),
    ],
  }),
  table<Child<Recommendation> & { readonly objective: number }>({
    name: 'consultation-recommendation-objectives',
    title: 'GCM objectives of recommendations',
    description:
      'One row per recommendation and GCM objective it relates to, in the order of the record',
    rows: () =>
      children(records, (c) => c.outcome?.recommendations)().flatMap((row) =>
        (row.item.gcmObjectives ?? []).map((objective) => ({ ...row, objective })),
      ),
    primaryKey: ['consultationId', 'recommendationId', 'objectiveId'],
    foreignKeys: [
      toConsultation,
      {
        fields: ['consultationId', 'recommendationId'],
        resource: 'consultation-recommendations',
        referencedFields: ['consultationId', 'recommendationId'],
      },
      { fields: ['objectiveId'], resource: 'objectives', referencedFields: ['id'] },
    ],
    columns: [
      consultationId(),
      {
        name: 'recommendationId',
        type: 'string',
        description: 'Id of the recommendation (a row of consultation-recommendations.csv)',
        required: true,
        get: (r) => r.item.id,
      },
      {
        name: 'objectiveId',
        type: 'string',
        description: 'Id of the GCM objective (a row of objectives.csv)',
        required: true,
        get: (r) => `objective-${r.objective}`,
      },
      {
        name: 'objectiveNumber',
        type: 'integer',
        description: 'Number of the GCM objective, 1 to 23',
        required: true,
        get: (r) => r.objective,
      },
    ],
  }),
  table<Child<ConsultationSource>>({
    name: 'consultation-sources',
    title: 'Sources of consultations',
    description: 'One row per source a consultation record was written from',
    rows: children(records, (c) => c.sources),
    primaryKey: ['consultationId', 'sourceIndex'],
    foreignKeys: [toConsultation],
    columns: [
      consultationId(),
      indexColumn('sourceIndex', 'source'),
      sourceColumns.title,
      sourceColumns.publisher,
      sourceColumns.url,
      sourceColumns.symbol,
      {
        name: 'publishedOn',
        type: 'string',
        description: 'Day (YYYY-MM-DD) or month (YYYY-MM) of publication',
        pattern: '\\d{4}-\\d{2}(-\\d{2})?',
        get: (r) => r.item.publishedOn,
      },
      {
        name: 'language',
        type: 'string',
        description: 'BCP 47 tag of its language',
        get: (r) => r.item.language,
      },
      sourceColumns.kind,
      sourceColumns.mirrorOf,
    ],
  }),
];

/** The consultations table and its child tables over the register, in the order of `--all`. */
export const consultationTables: readonly Table<unknown>[] = consultationTablesOf(consultations);
