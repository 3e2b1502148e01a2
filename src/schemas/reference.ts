import * as z from 'zod';
import { eventKinds } from '../data/events.js';
import { phases } from '../data/phases.js';
import type { SourceId } from '../data/sources.js';
import { sources } from '../data/sources.js';
import { countryCodes, SDG_TARGET_CODE } from './codeLists.js';
import { messages } from './messages.js';
import { HttpUrlSchema, ISO_MONTH, IsoDateSchema, TimeZoneSchema } from './primitives.js';

// Schemas of the reference data of the root entry. A test parses every
// dataset with its schema, so the data and the schemas cannot drift apart.

const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];
/**
 * The schema of a list of source ids. An interface, so that declaration files
 * name it instead of spelling out the hundred source ids at every use.
 */
export interface SourceIdsSchemaType
  extends z.ZodReadonly<z.ZodArray<z.ZodEnum<Record<SourceId, SourceId>>>> {}
const SourceIdsSchema: SourceIdsSchemaType = z
  .array(z.enum(sourceIds) as z.ZodEnum<Record<SourceId, SourceId>>)
  .min(1)
  .readonly();
const PrecisionSchema = z.enum(['day', 'month', 'year']);

/**
 * A venue: city, ISO 3166-1 alpha-3 country, optional place, IANA zone.
 *
 * @example
 * ```ts
 * import { VenueSchema } from 'gcm-kit/schemas';
 * VenueSchema.safeParse({ city: 'Geneva', country: 'CHE', timeZone: 'Europe/Zurich' }).success;
 * // => true
 * ```
 */
export const VenueSchema = z.strictObject({
  city: z.string().min(1).max(200),
  country: z.enum(countryCodes as [string, ...string[]]),
  place: z.string().min(1).max(300).optional(),
  timeZone: TimeZoneSchema,
});

/**
 * An entry of the `sources` registry.
 *
 * @example
 * ```ts
 * import { sources } from 'gcm-kit/sources';
 * import { SourceSchema } from 'gcm-kit/schemas';
 * SourceSchema.safeParse(sources['a-res-71-280']).success;
 * // => true
 * ```
 */
export const SourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1).max(500),
  publisher: z.string().min(1).max(300),
  symbol: z.string().min(1).max(100).optional(),
  officialUrl: HttpUrlSchema.optional(),
  url: HttpUrlSchema.optional(),
  publishedOn: IsoDateSchema.optional(),
  kind: z.enum(['primary', 'secondary']),
  mirrorOf: z.string().min(1).max(300).optional(),
  note: z.string().min(1).max(2000).optional(),
});

/**
 * A phase of the process.
 *
 * @example
 * ```ts
 * import { phases } from 'gcm-kit';
 * import { PhaseSchema } from 'gcm-kit/schemas';
 * phases.every((p) => PhaseSchema.safeParse(p).success);
 * // => true
 * ```
 */
export const PhaseSchema = z.strictObject({
  id: z.enum(phases.map((p) => p.id) as [string, ...string[]]),
  number: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]),
  name: z.string().min(1),
  start: IsoDateSchema,
  end: IsoDateSchema.nullable(),
  note: z.string().min(1),
  sourceIds: SourceIdsSchema,
});

const AlternativeDatesSchema = z.strictObject({
  start: IsoDateSchema,
  end: IsoDateSchema,
  precision: PrecisionSchema,
  sourceIds: SourceIdsSchema,
  note: z.string().min(1).optional(),
});

/**
 * A dated event of the process.
 *
 * @example
 * ```ts
 * import { events } from 'gcm-kit';
 * import { GcmEventSchema } from 'gcm-kit/schemas';
 * events.every((e) => GcmEventSchema.safeParse(e).success);
 * // => true
 * ```
 */
export const GcmEventSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: z.enum(eventKinds),
  title: z.string().min(1).max(500),
  start: IsoDateSchema,
  end: IsoDateSchema,
  precision: PrecisionSchema,
  venue: VenueSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  phaseId: z.enum(phases.map((p) => p.id) as [string, ...string[]]),
  planned: AlternativeDatesSchema.optional(),
  otherDates: z.array(AlternativeDatesSchema).readonly().optional(),
  thematicSession: z.int().min(1).max(6).optional(),
  theme: z.string().min(1).optional(),
  symbol: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  sourceIds: SourceIdsSchema,
});

/**
 * An informal thematic session.
 *
 * @example
 * ```ts
 * import { thematicSessions } from 'gcm-kit';
 * import { ThematicSessionSchema } from 'gcm-kit/schemas';
 * thematicSessions.every((s) => ThematicSessionSchema.safeParse(s).success);
 * // => true
 * ```
 */
export const ThematicSessionSchema = z.strictObject({
  id: z.string().regex(/^thematic-session-[1-6]$/),
  number: z.int().min(1).max(6),
  title: z.string().min(1),
  theme: z.string().min(1),
  titleVariants: z
    .array(z.strictObject({ title: z.string().min(1), sourceIds: SourceIdsSchema }))
    .readonly()
    .optional(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  venue: VenueSchema,
  moderators: z.array(z.string().min(1)).readonly(),
  note: z.string().min(1).optional(),
  sourceIds: SourceIdsSchema,
});

/**
 * One of the 23 GCM objectives.
 *
 * @example
 * ```ts
 * import { gcmObjectives } from 'gcm-kit';
 * import { GcmObjectiveSchema } from 'gcm-kit/schemas';
 * gcmObjectives.every((o) => GcmObjectiveSchema.safeParse(o).success);
 * // => true
 * ```
 */
export const GcmObjectiveSchema = z.strictObject({
  id: z.string().regex(/^objective-\d{1,2}$/),
  number: z.int().min(1).max(23),
  title: z.string().min(1),
  shortLabel: z.string().min(1),
  commitmentParagraph: z.int().min(17).max(39),
  paragraphVerified: z.boolean(),
  sourceIds: SourceIdsSchema,
});

/**
 * One of the ten guiding principles.
 *
 * @example
 * ```ts
 * import { gcmGuidingPrinciples } from 'gcm-kit';
 * import { GcmGuidingPrincipleSchema } from 'gcm-kit/schemas';
 * gcmGuidingPrinciples.every((p) => GcmGuidingPrincipleSchema.safeParse(p).success);
 * // => true
 * ```
 */
export const GcmGuidingPrincipleSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  letter: z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']),
  letterVerified: z.boolean(),
  name: z.string().min(1),
  sourceIds: SourceIdsSchema,
});

const MigofElementSchema = z.strictObject({
  id: z.string().regex(/^(?:principle|objective)-[1-3]$/),
  number: z.int().min(1).max(3),
  long: z.string().min(1),
  short: z.string().min(1),
  sourceIds: SourceIdsSchema,
});

/**
 * IOM's Migration Governance Framework.
 *
 * @example
 * ```ts
 * import { migof } from 'gcm-kit';
 * import { MigofSchema } from 'gcm-kit/schemas';
 * MigofSchema.safeParse(migof).success;
 * // => true
 * ```
 */
export const MigofSchema = z.strictObject({
  name: z.string().min(1),
  abbreviation: z.string().min(1),
  subtitle: z.string().min(1),
  council: z.strictObject({
    session: z.string().min(1),
    sessionStart: IsoDateSchema,
    sessionEnd: IsoDateSchema,
    documentDate: IsoDateSchema,
    resolutionSymbol: z.string().min(1),
    note: z.string().min(1),
    sourceIds: SourceIdsSchema,
  }),
  endorsement: z
    .array(
      z.strictObject({
        verb: z.enum(['endorsed', 'welcomed', 'approved']),
        sourceIds: SourceIdsSchema,
      }),
    )
    .readonly(),
  principles: z.array(MigofElementSchema).length(3).readonly(),
  objectives: z.array(MigofElementSchema).length(3).readonly(),
});

/**
 * An MGI domain.
 *
 * @example
 * ```ts
 * import { mgiDomains } from 'gcm-kit';
 * import { MgiDomainSchema } from 'gcm-kit/schemas';
 * mgiDomains.every((d) => MgiDomainSchema.safeParse(d).success);
 * // => true
 * ```
 */
export const MgiDomainSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  number: z.int().min(1).max(6),
  label: z.string().min(1),
  labelVerified: z.boolean(),
  longForm: z.string().min(1).nullable(),
  note: z.string().min(1).optional(),
  sourceIds: SourceIdsSchema,
});

/**
 * An SDG target code, `goal.target`: goal 1–17, target a number or a letter
 * (example: `'10.c'`).
 *
 * @example
 * ```ts
 * import { SdgTargetCodeSchema } from 'gcm-kit/schemas';
 * [SdgTargetCodeSchema.safeParse('10.7').success, SdgTargetCodeSchema.safeParse('10,7').success];
 * // => [true, false]
 * ```
 */
export const SdgTargetCodeSchema = z.string().max(6).regex(SDG_TARGET_CODE, {
  error: messages.sdgTarget,
});

/**
 * An SDG target linked to migration.
 *
 * @example
 * ```ts
 * import { sdgTargets } from 'gcm-kit';
 * import { SdgTargetSchema } from 'gcm-kit/schemas';
 * sdgTargets.every((t) => SdgTargetSchema.safeParse(t).success);
 * // => true
 * ```
 */
export const SdgTargetSchema = z.strictObject({
  code: SdgTargetCodeSchema,
  goal: z.int().min(1).max(17),
  wording: z.string().min(1),
  wordingSource: z.enum(['un-system', 'secondary']),
  sourceIds: SourceIdsSchema,
});

const ProvisionSchema = z.strictObject({
  summary: z.string().min(1),
  paragraph: z.int().min(1).max(50).optional(),
  note: z.string().min(1).optional(),
  sourceIds: SourceIdsSchema,
});

/**
 * The modalities object (A/RES/71/280).
 *
 * @example
 * ```ts
 * import { modalities } from 'gcm-kit';
 * import { ModalitiesSchema } from 'gcm-kit/schemas';
 * ModalitiesSchema.safeParse(modalities).success;
 * // => true
 * ```
 */
export const ModalitiesSchema = z.strictObject({
  symbol: z.literal('A/RES/71/280'),
  title: z.string().min(1),
  adoption: z.strictObject({
    date: IsoDateSchema,
    draftSymbol: z.string().min(1),
    manner: z.string().min(1),
    meeting: z.string().min(1),
    sourceIds: SourceIdsSchema,
  }),
  agreed: z.strictObject({
    dates: z
      .array(z.strictObject({ date: IsoDateSchema, sourceIds: SourceIdsSchema }))
      .min(1)
      .readonly(),
    silenceProcedureFrom: IsoDateSchema,
    sourceIds: SourceIdsSchema,
  }),
  coFacilitators: z.strictObject({
    persons: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          office: z.string().min(1),
          country: z.string().length(3),
        }),
      )
      .length(2)
      .readonly(),
    sourceIds: SourceIdsSchema,
  }),
  phases: z.strictObject({
    list: z
      .array(
        z.strictObject({
          phaseId: z.enum(['consultations', 'stocktaking', 'negotiations']),
          number: z.int().min(1).max(3),
          name: z.string().min(1),
          fromMonth: z.string().regex(ISO_MONTH),
          toMonth: z.string().regex(ISO_MONTH),
          wording: z.string().min(1),
        }),
      )
      .length(3)
      .readonly(),
    note: z.string().min(1),
    sourceIds: SourceIdsSchema,
  }),
  thematicSessions: ProvisionSchema.extend({
    count: z.literal(6),
    cities: z.array(z.string().min(1)).readonly(),
  }),
  moderators: ProvisionSchema,
  backgroundDocuments: ProvisionSchema,
  stakeholderDialogue: ProvisionSchema,
  sessionSummaries: ProvisionSchema,
  hearings: ProvisionSchema.extend({ foreseen: z.int().min(1), held: z.int().min(1) }),
  regionalConsultations: ProvisionSchema,
  participation: ProvisionSchema,
  accreditation: ProvisionSchema,
  stocktaking: ProvisionSchema,
  stocktakingSummary: ProvisionSchema,
  secretaryGeneralReport: ProvisionSchema,
  zeroDraft: ProvisionSchema,
  conference: ProvisionSchema,
  iomRole: ProvisionSchema,
  workPlan: ProvisionSchema,
});

/**
 * The Marrakech conference object.
 *
 * @example
 * ```ts
 * import { conference } from 'gcm-kit';
 * import { ConferenceSchema } from 'gcm-kit/schemas';
 * ConferenceSchema.safeParse(conference).success;
 * // => true
 * ```
 */
export const ConferenceSchema = z.strictObject({
  name: z.string().min(1),
  alsoKnownAs: z.string().min(1),
  start: IsoDateSchema,
  end: IsoDateSchema,
  president: z.string().min(1),
  statesAdopting: z
    .array(
      z.strictObject({
        count: z.int().min(1).nullable(),
        wording: z.string().min(1),
        sourceIds: SourceIdsSchema,
      }),
    )
    .min(1)
    .readonly(),
  endorsementVote: z.strictObject({
    date: IsoDateSchema,
    inFavour: z.int().min(0),
    against: z.int().min(0),
    abstentions: z.int().min(0),
    againstStates: z.array(z.string().min(1)).readonly(),
    sourceIds: SourceIdsSchema,
  }),
  sourceIds: SourceIdsSchema,
});
