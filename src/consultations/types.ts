import type {
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
} from './vocabulary.js';

// The types of a consultation record, written out field by field so that the
// API docs and editors show what each field holds. A type test
// (test/consultations/types.test-d.ts) proves that each equals what the zod
// schema of gcm-kit/schemas outputs, so the two cannot drift apart.

/** A consultation's scope (example: `'national'`). */
export type ConsultationKind = (typeof consultationKinds)[number];
/** A category of organization or stakeholder (example: `'academia'`). */
export type StakeholderCategory = (typeof stakeholderCategories)[number];
/** What an organization did for a consultation (example: `'funder'`). */
export type OrganizationRole = (typeof organizationRoles)[number];
/** A kind of outcome (example: `'recommendations'`). */
export type OutcomeKind = (typeof outcomeKinds)[number];
/** Who attached a tag (example: `'editor'`). */
export type TagBasis = (typeof tagBases)[number];
/** How a count is qualified (example: `'over'`). */
export type CountQualifier = (typeof countQualifiers)[number];
/** What a count counts (example: `'states'`). */
export type CountUnit = (typeof countUnits)[number];
/** How precisely dates are known (example: `'day'`). */
export type DatePrecision = (typeof datePrecisions)[number];
/** Whether dates are stated or inferred (example: `'inferred'`). */
export type DateBasis = (typeof dateBases)[number];
/** Whether a source is primary or secondary (example: `'primary'`). */
export type SourceKind = (typeof sourceKinds)[number];
/** How a meeting was held: in person, online or hybrid (example: `'online'`). */
export type MeetingFormat = (typeof meetingFormats)[number];

/** Tags that link a thematic group or a recommendation to the reference code lists. */
export interface Tags {
  /** Informal thematic sessions, by number 1–6 (example: `[6]`). */
  thematicSessions?: number[] | undefined;
  /** GCM objectives, by number 1–23 (example: `[1, 23]`). */
  gcmObjectives?: number[] | undefined;
  /** MiGOF principles and objectives, by id (example: `['objective-3']`). */
  migof?: string[] | undefined;
  /** SDG targets, by code (example: `['10.7']`). */
  sdgTargets?: string[] | undefined;
  /** Whether the source states these tags or an editor added them later; required with tags (example: `'editor'`). */
  tagBasis?: TagBasis | undefined;
}

/** The dates of a consultation or of one of its parts; both ends inclusive. */
export interface ConsultationDates {
  /** First day, `YYYY-MM-DD` (example: `'2017-05-16'`). */
  start: string;
  /** Last day, `YYYY-MM-DD`, not before `start` (example: `'2017-05-16'`). */
  end: string;
  /** `'day'` (the default), `'month'` (from a 1st to a month's last day) or `'year'` (example: `'month'`). */
  precision?: DatePrecision | undefined;
  /** `'stated'` (the default) or `'inferred'`, with a note saying how (example: `'inferred'`). */
  basis?: DateBasis | undefined;
}

/** One part of a consultation held in parts, such as one of two workshops. */
export interface ConsultationPart {
  /** Id of the part, unique in the record (example: `'workshop-1'`). */
  id: string;
  /** Title of the part (example: `'First workshop'`). */
  title?: string | undefined;
  /** When the part was held; inside the record's `dates`. */
  dates: ConsultationDates;
  /** City of the part's venue (example: `'Geneva'`). */
  city?: string | undefined;
  /** ISO 3166-1 alpha-3 code of the part's venue (example: `'CHE'`). */
  country?: string | undefined;
  /** IANA time zone of the part's venue (example: `'Europe/Zurich'`). */
  timeZone?: string | undefined;
  /** Building or room (example: `'Palais des Nations'`). */
  venue?: string | undefined;
  /** `'in-person'`, `'online'` or `'hybrid'`; an online part needs no city, country or zone (example: `'online'`). */
  format?: MeetingFormat | undefined;
  /** Which of the record's `sources` state the part's venue, city, country or format, by index from 0 (example: `[0]`). */
  venueSources?: number[] | undefined;
  /** Categories of stakeholders that took part in this part (example: `['government', 'parliament']`). */
  stakeholders?: StakeholderCategory[] | undefined;
  /** Participant counts of this part, one per source and unit. */
  participants?: ParticipantCount[] | undefined;
  /** Whether this part was held in a multi-stakeholder format, as the source says (example: `true`). */
  multiStakeholder?: boolean | undefined;
}

/** An organization that hosted, organized, supported or funded a consultation. */
export interface Organization {
  /** Name as the source gives it (example: `'IOM Minsk Mission'`). */
  name: string;
  /** What kind of body it is (example: `'international-organization'`). */
  category: StakeholderCategory;
  /** What it did, at least one, no repeats (example: `['organizer']`). */
  roles: OrganizationRole[];
  /** Which of the record's `sources` state its part, by index from 0 (example: `[0]`). */
  sources?: number[] | undefined;
}

/** A count of participants, as one source gives it, with or without a number. */
export interface ParticipantCount {
  /** The number; absent exactly when `qualifier` is `'indefinite'` (example: `700`). */
  count?: number | undefined;
  /** How the source qualifies it: `'exact'`, `'about'`, `'over'`, `'under'`, or `'indefinite'` for words with no number (example: `'over'`). */
  qualifier?: CountQualifier | undefined;
  /** The source's own words, verbatim; required with `'indefinite'` (example: `'more than 30'`). */
  asStated?: string | undefined;
  /** What is counted: `'people'`, `'states'`, `'organizations'` or `'mechanisms'` (example: `'people'`). */
  unit?: CountUnit | undefined;
  /** Which of the record's `sources` give this count, by index from 0 (example: `[0]`). */
  sources?: number[] | undefined;
}

/** A person who spoke at a consultation, as the source names them. */
export interface Speaker {
  /** Name (example: `'Alina Narusova'`). */
  name: string;
  /** Role or title (example: `'Regional Specialist on Politics and Liaison'`). */
  role?: string | undefined;
  /** Organization, when the source states it (example: `'IOM'`). */
  organization?: string | undefined;
  /** Which of the record's `sources` name the speaker, by index from 0 (example: `[0]`). */
  sources?: number[] | undefined;
}

/** A thematic working group of a consultation. */
export interface ThematicGroup extends Tags {
  /** Id of the group, unique in the record (example: `'irregular-migration'`). */
  id: string;
  /** Title as the source gives it (example: `'Irregular migration'`). */
  title: string;
}

/** A recommendation of a consultation's outcome. */
export interface Recommendation extends Tags {
  /** Id, unique in the record (example: `'r1'`). */
  id: string;
  /** The recommendation (example: `'Strengthen data collection'`). */
  text: string;
  /** Id of the record's thematic group that made it (example: `'irregular-migration'`). */
  thematicGroupId?: string | undefined;
}

/** The outcome of a consultation. */
export interface Outcome {
  /** What kind of outcome (example: `'recommendations'`). */
  kind: OutcomeKind;
  /** A short summary in the editor's words. */
  summary?: string | undefined;
  /** The recommendations or priorities the source lists; absent when the source lists none. */
  recommendations?: Recommendation[] | undefined;
  /** What the outcome was for, as the source says. */
  purpose?: string | undefined;
}

/** A page or document that a consultation record cites. */
export interface ConsultationSource {
  /** Title as published (example: `'Minsk Hosts National Consultations on Global Compact on Migration'`). */
  title: string;
  /** Who published it (example: `'IOM Belarus'`). */
  publisher: string;
  /** Address of the page that was read (example: `'https://belarus.iom.int/…'`). */
  url?: string | undefined;
  /** UN or other document symbol (example: `'E/ESCAP/GCM/PREP/6'`). */
  symbol?: string | undefined;
  /** Publication date, `YYYY-MM-DD`, or `YYYY-MM` when the source gives only the month (example: `'2017-05-23'`). */
  publishedOn?: string | undefined;
  /** BCP 47 tag of its language (example: `'en'`). */
  language?: string | undefined;
  /** `'primary'` (the organizer's or issuer's own page) or `'secondary'` (example: `'primary'`). */
  kind?: SourceKind | undefined;
  /** URL or symbol of the original, when this is a copy (example: `'E/ESCAP/GCM/PREP/6'`). */
  mirrorOf?: string | undefined;
}

/**
 * A consultation that fed the GCM, in gcm-kit's public record format
 * (version 3): one JSON file, checked by `ConsultationSchema`.
 */
export interface Consultation {
  /** Address of the record's JSON Schema, for editors (example: `'https://…/consultation.schema.json'`). */
  $schema?: string | undefined;
  /** Stable id, kebab-case (example: `'belarus-2017-05-16'`). */
  id: string;
  /** Scope: national, sub-regional, regional, global, thematic session, stocktaking or other (example: `'national'`). */
  kind: ConsultationKind;
  /** Whether it was held in a multi-stakeholder format, as the source says (example: `true`). */
  multiStakeholder?: boolean | undefined;
  /** Title in plain English (example: `'National consultation on the GCM'`). */
  title: string;
  /** Title exactly as the source publishes it, when that differs. */
  titleAsPublished?: string | undefined;
  /** When it was held, first and last day inclusive; covers every part. */
  dates: ConsultationDates;
  /** The parts of a meeting held in parts, such as two workshops in two cities. */
  parts?: ConsultationPart[] | undefined;
  /** IANA time zone of the venue (example: `'Europe/Minsk'`). */
  timeZone?: string | undefined;
  /** ISO 3166-1 alpha-3 code of the **venue's** country (example: `'BLR'`). */
  country?: string | undefined;
  /** Set to `true` to use a user-assigned code such as `'XKX'` in `country`. */
  userAssignedCountryCode?: boolean | undefined;
  /** States whose situation it covered, alpha-3, when that differs from the venue (example: `['FJI', 'TON']`). */
  coveredCountries?: string[] | undefined;
  /** City of the venue (example: `'Minsk'`). */
  city?: string | undefined;
  /** Building or hotel of the venue (example: `'UN House'`). */
  venue?: string | undefined;
  /** `'in-person'`, `'online'` or `'hybrid'`; an online record needs no city, country or zone (example: `'hybrid'`). */
  format?: MeetingFormat | undefined;
  /** Which of the record's `sources` state its venue, city, country or format, by index from 0 (example: `[0]`). */
  venueSources?: number[] | undefined;
  /** UN regional commissions or UN M49 area codes (example: `['ECE']`). */
  regions?: string[] | undefined;
  /** Organizations with their roles (host, organizer, co-organizer, supporter, funder, chair, rapporteur, sponsor). */
  organizations?: Organization[] | undefined;
  /** Participant counts, one per source and unit. */
  participants?: ParticipantCount[] | undefined;
  /** Categories of stakeholders that took part (example: `['government', 'academia']`). */
  stakeholders?: StakeholderCategory[] | undefined;
  /** People named as speakers. */
  speakers?: Speaker[] | undefined;
  /** Thematic working groups. */
  thematicGroups?: ThematicGroup[] | undefined;
  /** What came out of it. */
  outcome?: Outcome | undefined;
  /** Id of the gcm-kit timeline event that this consultation is (example: `'regional-consultation-escap'`). */
  eventId?: string | undefined;
  /** Ids of timeline events that it fed or belonged to, besides `eventId`; no repeats (example: `['imrf-2022']`). */
  relatedEventIds?: string[] | undefined;
  /** At least one page or document that documents it. */
  sources: ConsultationSource[];
  /** BCP 47 tag of the language it was held in (example: `'ru'`). */
  language?: string | undefined;
  /** Editors' notes: what the source leaves open, how dates were inferred. */
  notes?: string | undefined;
}

/**
 * A consultation record as a file holds it, before parsing. The record format
 * has no defaults or transforms, so it has the very fields of
 * {@link Consultation}; an interface rather than an alias so that the API
 * docs list them.
 */
export interface ConsultationInput extends Consultation {}
