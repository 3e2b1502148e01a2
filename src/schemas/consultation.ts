import * as z from 'zod';
import {
  consultationKinds,
  countQualifiers,
  countUnits,
  dateBases,
  datePrecisions,
  meetingFormats,
  organizationRoles,
  outcomeKinds,
  sourceKinds,
  stakeholderCategories,
  tagBases,
} from '../consultations/vocabulary.js';
import { migof } from '../data/migof.js';
import { checkRecord } from './checkRecord.js';
import { countryCodes, m49Codes, regionalCommissions, USER_ASSIGNED_ALPHA3 } from './codeLists.js';
import { messages } from './messages.js';
import {
  HttpUrlSchema,
  ISO_MONTH,
  IsoDateSchema,
  LanguageTagSchema,
  MAX_TEXT,
  MAX_TITLE,
  SlugSchema,
  TimeZoneSchema,
  text,
} from './primitives.js';
import { SdgTargetCodeSchema } from './reference.js';

export { type AddIssue, checkRecord } from './checkRecord.js';

/** The MiGOF ids that tags may name, from the data. Internal. */
export const migofIds = [
  ...migof.principles.map((p) => p.id),
  ...migof.objectives.map((o) => o.id),
] as [string, ...string[]];

// A list of codes; that no code repeats is a rule of checkRecord (JSON Schema
// could say uniqueItems, but zod's refinements cost too much in bulk).
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);

/** Tags that link a thematic group or a recommendation to the reference code lists. */
const tags = {
  /** Thematic sessions, by number 1–6. */
  thematicSessions: list(
    z.int({ error: 'must be a thematic session number' }).min(1).max(6),
    6,
  ).optional(),
  /** GCM objectives, by number 1–23. */
  gcmObjectives: list(
    z.int({ error: 'must be a GCM objective number' }).min(1).max(23),
    23,
  ).optional(),
  /** MiGOF principles and objectives, by id (`principle-1` … `objective-3`). */
  migof: list(z.enum(migofIds), 6).optional(),
  /** SDG targets, by code (`10.7`). */
  sdgTargets: list(SdgTargetCodeSchema, 169).optional(),
  /** Whether the source states these tags or an editor added them later. */
  tagBasis: z.enum(tagBases).optional(),
};

/** Indexes into the record's `sources`, from 0; that each names a source is a rule of checkRecord. */
const sourceIndexes = list(z.int({ error: 'must be an index into sources' }).min(0).max(49), 50);

const roleList = z
  .array(z.enum(organizationRoles), { error: 'must be a list of roles' })
  .min(1, { error: 'needs at least one role' })
  .max(organizationRoles.length);

/**
 * An organization with what it did for a consultation: host, organizer,
 * co-organizer, supporter, funder, chair, rapporteur or sponsor; `sources`
 * names the sources that state it.
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from 'gcm-kit/schemas';
 * OrganizationSchema.safeParse({ name: 'IOM Minsk', category: 'international-organization', roles: ['organizer'] }).success;
 * // => true
 * ```
 */
export const OrganizationSchema = z.strictObject({
  name: text(MAX_TITLE),
  category: z.enum(stakeholderCategories),
  roles: roleList,
  sources: sourceIndexes.optional(),
});

/**
 * A thematic working group of a consultation.
 *
 * @example
 * ```ts
 * import { ThematicGroupSchema } from 'gcm-kit/schemas';
 * ThematicGroupSchema.safeParse({ id: 'irregular-migration', title: 'Irregular migration' }).success;
 * // => true
 * ```
 */
export const ThematicGroupSchema = z.strictObject({
  id: SlugSchema,
  title: text(MAX_TITLE),
  ...tags,
});

/**
 * A recommendation of a consultation's outcome.
 *
 * @example
 * ```ts
 * import { RecommendationSchema } from 'gcm-kit/schemas';
 * RecommendationSchema.safeParse({ id: 'r1', text: 'Strengthen data collection', gcmObjectives: [1], tagBasis: 'editor' }).success;
 * // => true
 * ```
 */
export const RecommendationSchema = z.strictObject({
  id: SlugSchema,
  text: text(MAX_TEXT),
  thematicGroupId: SlugSchema.optional(),
  ...tags,
});

/**
 * The outcome of a consultation.
 *
 * @example
 * ```ts
 * import { OutcomeSchema } from 'gcm-kit/schemas';
 * OutcomeSchema.safeParse({ kind: 'recommendations', summary: 'Priorities for the compact' }).success;
 * // => true
 * ```
 */
export const OutcomeSchema = z.strictObject({
  kind: z.enum(outcomeKinds),
  summary: text(MAX_TEXT).optional(),
  recommendations: z.array(RecommendationSchema).max(2000).optional(),
  purpose: text(MAX_TEXT).optional(),
});

/**
 * A source that documents a consultation.
 *
 * @example
 * ```ts
 * import { ConsultationSourceSchema } from 'gcm-kit/schemas';
 * ConsultationSourceSchema.safeParse({ title: 'Minsk Hosts National Consultations', publisher: 'IOM Belarus' }).success;
 * // => true
 * ```
 */
export const ConsultationSourceSchema = z.strictObject({
  title: text(MAX_TITLE),
  publisher: text(MAX_TITLE),
  url: HttpUrlSchema.optional(),
  symbol: text(100).optional(),
  publishedOn: z
    .union([IsoDateSchema, z.string().regex(ISO_MONTH)], {
      error: 'must be a date, YYYY-MM-DD, or a month, YYYY-MM',
    })
    .optional(),
  language: LanguageTagSchema.optional(),
  kind: z.enum(sourceKinds).optional(),
  mirrorOf: text(2000).optional(),
});

const countryError = messages.country;
const CountrySchema = z.union(
  [
    z.enum(countryCodes as [string, ...string[]], { error: countryError }),
    z.string({ error: countryError }).regex(USER_ASSIGNED_ALPHA3, { error: countryError }),
  ],
  { error: countryError },
);

const regionError = messages.region;
const RegionSchema = z.enum([...regionalCommissions, ...m49Codes] as [string, ...string[]], {
  error: regionError,
});

/**
 * The dates of a consultation or of one of its parts, both ends inclusive,
 * with how precisely they are known and whether a source states them.
 *
 * @example
 * ```ts
 * import { ConsultationDatesSchema } from 'gcm-kit/schemas';
 * ConsultationDatesSchema.safeParse({ start: '2017-10-01', end: '2017-10-31', precision: 'month' }).success;
 * // => true
 * ```
 */
export const ConsultationDatesSchema = z.strictObject({
  start: IsoDateSchema,
  end: IsoDateSchema,
  precision: z.enum(datePrecisions).optional(),
  basis: z.enum(dateBases).optional(),
});

/**
 * A count of participants as one source gives it; `sources` are indexes into
 * the record's `sources`. A source that gives no number ("several dozen")
 * is kept as `{ qualifier: 'indefinite', asStated }` with no `count`.
 *
 * @example
 * ```ts
 * import { ParticipantCountSchema } from 'gcm-kit/schemas';
 * ParticipantCountSchema.safeParse({ count: 700, qualifier: 'over', unit: 'people', sources: [0] }).success;
 * // => true
 * ```
 */
export const ParticipantCountSchema = z.strictObject({
  count: z.int({ error: 'must be a whole number' }).min(0).max(100_000_000).optional(),
  qualifier: z.enum(countQualifiers).optional(),
  asStated: text(MAX_TITLE).optional(),
  unit: z.enum(countUnits).optional(),
  sources: sourceIndexes.optional(),
});

/**
 * One part of a consultation held in parts, such as one of two workshops in
 * two cities, or an online day before days in a room; with its own format,
 * stakeholders and participant counts when the sources give them.
 *
 * @example
 * ```ts
 * import { ConsultationPartSchema } from 'gcm-kit/schemas';
 * ConsultationPartSchema.safeParse({ id: 'workshop-2', dates: { start: '2017-07-18', end: '2017-07-19' }, city: 'Geneva', country: 'CHE' }).success;
 * // => true
 * ```
 */
export const ConsultationPartSchema = z.strictObject({
  id: SlugSchema,
  title: text(MAX_TITLE).optional(),
  dates: ConsultationDatesSchema,
  city: text(200).optional(),
  country: CountrySchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  venue: text(MAX_TITLE).optional(),
  format: z.enum(meetingFormats).optional(),
  venueSources: sourceIndexes.optional(),
  stakeholders: list(z.enum(stakeholderCategories), stakeholderCategories.length).optional(),
  participants: z.array(ParticipantCountSchema).max(50).optional(),
  multiStakeholder: z.boolean().optional(),
});

/**
 * A person named as a speaker.
 *
 * @example
 * ```ts
 * import { SpeakerSchema } from 'gcm-kit/schemas';
 * SpeakerSchema.safeParse({ name: 'Alina Narusova', organization: 'IOM' }).success;
 * // => true
 * ```
 */
export const SpeakerSchema = z.strictObject({
  name: text(MAX_TITLE),
  role: text(MAX_TITLE).optional(),
  organization: text(MAX_TITLE).optional(),
  sources: sourceIndexes.optional(),
});

/** The fields of a consultation record, before cross-field rules. Internal. */
export const ConsultationShape = z.strictObject({
  $schema: z.string().max(2000).optional(),
  id: SlugSchema,
  kind: z.enum(consultationKinds),
  multiStakeholder: z.boolean().optional(),
  title: text(MAX_TITLE),
  titleAsPublished: text(MAX_TITLE).optional(),
  dates: ConsultationDatesSchema,
  parts: z.array(ConsultationPartSchema).max(50).optional(),
  timeZone: TimeZoneSchema.optional(),
  country: CountrySchema.optional(),
  userAssignedCountryCode: z.boolean().optional(),
  coveredCountries: list(CountrySchema, 300).optional(),
  city: text(200).optional(),
  venue: text(MAX_TITLE).optional(),
  format: z.enum(meetingFormats).optional(),
  venueSources: sourceIndexes.optional(),
  regions: list(RegionSchema, 20).optional(),
  organizations: z.array(OrganizationSchema).max(200).optional(),
  participants: z.array(ParticipantCountSchema).max(50).optional(),
  stakeholders: list(z.enum(stakeholderCategories), stakeholderCategories.length).optional(),
  speakers: z.array(SpeakerSchema).max(500).optional(),
  thematicGroups: z.array(ThematicGroupSchema).max(100).optional(),
  outcome: OutcomeSchema.optional(),
  eventId: SlugSchema.optional(),
  relatedEventIds: list(SlugSchema, 50).optional(),
  sources: z.array(ConsultationSourceSchema).min(1, { error: 'needs at least one source' }).max(50),
  language: LanguageTagSchema.optional(),
  notes: text(MAX_TEXT).optional(),
});

/**
 * A consultation record: a national, regional, multi-stakeholder or other
 * consultation that fed the GCM, with its outcome and sources. Cross-field
 * rules (dates in order, `country` for national records, known thematic
 * group ids, `tagBasis` with tags) are checked too; date-dependent tags give
 * warnings through {@link safeParseConsultation}.
 *
 * @example
 * ```ts
 * import { ConsultationSchema } from 'gcm-kit/schemas';
 * ConsultationSchema.safeParse({
 *   id: 'belarus-2017-05-16',
 *   kind: 'national',
 *   title: 'National consultation on the GCM',
 *   dates: { start: '2017-05-16', end: '2017-05-16' },
 *   country: 'BLR',
 *   sources: [{ title: 'Minsk Hosts National Consultations on Global Compact on Migration', publisher: 'IOM Belarus' }],
 * }).success;
 * // => true
 * ```
 */
export const ConsultationSchema = ConsultationShape.superRefine((record, ctx) =>
  checkRecord(record, (path, message, input) =>
    ctx.addIssue({ code: 'custom', path, message, input }),
  ),
);

export type {
  Consultation,
  ConsultationDates,
  ConsultationInput,
  ConsultationKind,
  ConsultationPart,
  ConsultationSource,
  CountQualifier,
  CountUnit,
  DateBasis,
  DatePrecision,
  MeetingFormat,
  Organization,
  OrganizationRole,
  Outcome,
  OutcomeKind,
  ParticipantCount,
  Recommendation,
  SourceKind,
  Speaker,
  StakeholderCategory,
  TagBasis,
  Tags,
  ThematicGroup,
} from '../consultations/types.js';
