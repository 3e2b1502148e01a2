import * as z from 'zod';
import { migof } from '../data/migof.js';
import { isIsoDate } from '../timeline/isIsoDate.js';
import {
  consultationKinds,
  countryCodes,
  m49Codes,
  outcomeKinds,
  regionalCommissions,
  stakeholderCategories,
  tagBases,
  USER_ASSIGNED_ALPHA3,
} from './codeLists.js';
import {
  HttpUrlSchema,
  IsoDateSchema,
  LanguageTagSchema,
  MAX_TEXT,
  MAX_TITLE,
  SlugSchema,
  TimeZoneSchema,
  text,
} from './primitives.js';
import { SdgTargetCodeSchema } from './reference.js';

const migofIds = [...migof.principles.map((p) => p.id), ...migof.objectives.map((o) => o.id)] as [
  string,
  ...string[],
];

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

/**
 * An organization that organized or funded a consultation.
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from 'gcm-kit/schemas';
 * OrganizationSchema.safeParse({ name: 'IOM Minsk', category: 'international-organization' }).success;
 * // => true
 * ```
 */
export const OrganizationSchema = z.strictObject({
  name: text(MAX_TITLE),
  category: z.enum(stakeholderCategories),
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
 * OutcomeSchema.safeParse({ kind: 'recommendations', recommendations: [] }).success;
 * // => true
 * ```
 */
export const OutcomeSchema = z.strictObject({
  kind: z.enum(outcomeKinds),
  summary: text(MAX_TEXT).optional(),
  recommendations: z.array(RecommendationSchema).max(2000),
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
  publishedOn: IsoDateSchema.optional(),
  language: LanguageTagSchema.optional(),
});

const countryError = 'must be an ISO 3166-1 alpha-3 country code such as BLR';
const CountrySchema = z.union(
  [
    z.enum(countryCodes as [string, ...string[]], { error: countryError }),
    z.string({ error: countryError }).regex(USER_ASSIGNED_ALPHA3, { error: countryError }),
  ],
  { error: countryError },
);

const regionError =
  'must be a UN regional commission (ECA, ECE, ECLAC, ESCAP, ESCWA) or a UN M49 area code such as 150';
const RegionSchema = z.enum([...regionalCommissions, ...m49Codes] as [string, ...string[]], {
  error: regionError,
});

/** The fields of a consultation record, before cross-field rules. Internal. */
export const ConsultationShape = z.strictObject({
  id: SlugSchema,
  kind: z.enum(consultationKinds),
  title: text(MAX_TITLE),
  titleAsPublished: text(MAX_TITLE).optional(),
  dates: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }),
  timeZone: TimeZoneSchema.optional(),
  country: CountrySchema.optional(),
  userAssignedCountryCode: z.boolean().optional(),
  city: text(200).optional(),
  regions: list(RegionSchema, 20).optional(),
  organizers: z.array(OrganizationSchema).max(100).optional(),
  funders: z.array(OrganizationSchema).max(100).optional(),
  stakeholders: list(z.enum(stakeholderCategories), stakeholderCategories.length).optional(),
  thematicGroups: z.array(ThematicGroupSchema).max(100).optional(),
  outcome: OutcomeSchema.optional(),
  sources: z.array(ConsultationSourceSchema).min(1, { error: 'needs at least one source' }).max(50),
  language: LanguageTagSchema.optional(),
  notes: text(MAX_TEXT).optional(),
});

type Shape = z.output<typeof ConsultationShape>;

function hasTags(item: {
  thematicSessions?: unknown;
  gcmObjectives?: unknown;
  migof?: unknown;
  sdgTargets?: unknown;
}) {
  return [item.thematicSessions, item.gcmObjectives, item.migof, item.sdgTargets].some(
    (list) => Array.isArray(list) && list.length > 0,
  );
}

/** Reports a cross-field problem at a path. */
export type AddIssue = (path: (string | number)[], message: string, input?: unknown) => void;

const TAG_LISTS = ['thematicSessions', 'gcmObjectives', 'migof', 'sdgTargets'] as const;

/** Index of the first value of a list that repeats an earlier one, or -1. */
function firstRepeat(list: readonly unknown[] | undefined): number {
  if (list === undefined || list.length < 2 || new Set(list).size === list.length) return -1;
  return list.findIndex((value, i) => list.indexOf(value) !== i);
}

/**
 * Cross-field rules, on a record whose fields passed their own checks; each
 * problem is reported through `add` at the path it concerns. Internal: the
 * schema runs it through zod's superRefine, and safeParseConsultation calls
 * it directly after parsing the fields, which is faster in bulk.
 *
 * It runs on every record of a bulk file, so paths are built only when a
 * rule fails.
 */
export function checkRecord(record: Shape, add: AddIssue): void {
  for (const key of ['regions', 'stakeholders'] as const) {
    const list = record[key];
    const at = firstRepeat(list);
    if (at >= 0) add([key, at], `repeats ${JSON.stringify(list?.[at])}`, list?.[at]);
  }
  const groups = record.thematicGroups ?? [];
  const recommendations = record.outcome?.recommendations ?? [];
  for (const [items, prefix] of [
    [groups, ['thematicGroups']],
    [recommendations, ['outcome', 'recommendations']],
  ] as const) {
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as (typeof items)[number];
      for (const key of TAG_LISTS) {
        const list = item[key] as readonly unknown[] | undefined;
        const at = firstRepeat(list);
        if (at >= 0)
          add([...prefix, i, key, at], `repeats ${JSON.stringify(list?.[at])}`, list?.[at]);
      }
    }
  }
  // Each rule runs only on inputs that passed their own checks, so one
  // mistake is reported once, where it is.
  if (
    isIsoDate(record.dates.start) &&
    isIsoDate(record.dates.end) &&
    record.dates.start > record.dates.end
  ) {
    add(
      ['dates', 'end'],
      `must not be before dates.start (${record.dates.start})`,
      record.dates.end,
    );
  }
  if (record.kind === 'national' && record.country === undefined) {
    add(['country'], 'is required for a national consultation');
  }
  if (
    typeof record.country === 'string' &&
    USER_ASSIGNED_ALPHA3.test(record.country) &&
    record.userAssignedCountryCode !== true
  ) {
    add(
      ['country'],
      `${record.country} is a user-assigned code, not an assigned ISO 3166-1 code; set userAssignedCountryCode: true to use it`,
      record.country,
    );
  }
  const groupIds = new Set<string>();
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as (typeof groups)[number];
    if (groupIds.has(group.id))
      add(['thematicGroups', i, 'id'], `repeats the id ${group.id}`, group.id);
    groupIds.add(group.id);
    if (hasTags(group) && group.tagBasis === undefined) {
      add(
        ['thematicGroups', i, 'tagBasis'],
        "is required with tags: 'source' if the source states them, 'editor' if added later",
      );
    }
  }
  const recommendationIds = new Set<string>();
  for (let i = 0; i < recommendations.length; i++) {
    const rec = recommendations[i] as (typeof recommendations)[number];
    const path = () => ['outcome', 'recommendations', i];
    if (recommendationIds.has(rec.id)) add([...path(), 'id'], `repeats the id ${rec.id}`, rec.id);
    recommendationIds.add(rec.id);
    if (rec.thematicGroupId !== undefined && !groupIds.has(rec.thematicGroupId)) {
      const known = [...groupIds].join(', ') || 'none';
      add(
        [...path(), 'thematicGroupId'],
        `names no thematic group of this record (groups: ${known})`,
        rec.thematicGroupId,
      );
    }
    if (hasTags(rec) && rec.tagBasis === undefined) {
      add(
        [...path(), 'tagBasis'],
        "is required with tags: 'source' if the source states them, 'editor' if added later",
      );
    }
  }
}

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

/** A consultation record, as {@link ConsultationSchema} outputs it. */
export type Consultation = z.output<typeof ConsultationSchema>;
/** A consultation record before parsing (what a file holds). */
export type ConsultationInput = z.input<typeof ConsultationSchema>;
/** An organizer or funder. */
export type Organization = z.output<typeof OrganizationSchema>;
/** A thematic working group. */
export type ThematicGroup = z.output<typeof ThematicGroupSchema>;
/** A recommendation. */
export type Recommendation = z.output<typeof RecommendationSchema>;
/** A consultation outcome. */
export type Outcome = z.output<typeof OutcomeSchema>;
/** A stakeholder category (example: `'academia'`). */
export type StakeholderCategory = (typeof stakeholderCategories)[number];
/** A consultation kind (example: `'national'`). */
export type ConsultationKind = (typeof consultationKinds)[number];
