/**
 * `gcm-kit/schemas`: zod 4 schemas for the reference data and for
 * consultation records, with validation that explains itself. The only entry
 * that loads zod (a peer dependency).
 *
 * @packageDocumentation
 * @module gcm-kit/schemas
 */

export type { ConsultationQueries } from '../consultations/createQueries.js';
export type { ConsultationFilter } from '../consultations/filter.js';
export {
  consultationKinds,
  countQualifiers,
  countryCodes,
  countUnits,
  dateBases,
  datePrecisions,
  m49Codes,
  meetingFormats,
  organizationRoles,
  outcomeKinds,
  regionalCommissions,
  SDG_TARGET_CODE,
  sourceKinds,
  stakeholderCategories,
  tagBases,
  USER_ASSIGNED_ALPHA3,
} from './codeLists.js';
export {
  type Consultation,
  type ConsultationDates,
  ConsultationDatesSchema,
  type ConsultationInput,
  type ConsultationKind,
  type ConsultationPart,
  ConsultationPartSchema,
  ConsultationSchema,
  type ConsultationSource,
  ConsultationSourceSchema,
  type CountQualifier,
  type CountUnit,
  type DateBasis,
  type DatePrecision,
  type MeetingFormat,
  type Organization,
  type OrganizationRole,
  OrganizationSchema,
  type Outcome,
  type OutcomeKind,
  OutcomeSchema,
  type ParticipantCount,
  ParticipantCountSchema,
  type Recommendation,
  RecommendationSchema,
  type SourceKind,
  type Speaker,
  SpeakerSchema,
  type StakeholderCategory,
  type TagBasis,
  type Tags,
  type ThematicGroup,
  ThematicGroupSchema,
} from './consultation.js';
export { createRegister, type Register } from './createRegister.js';
export type { ValidationIssue } from './issues.js';
export { ConsultationValidationError, parseConsultation } from './parseConsultation.js';
export {
  HttpUrlSchema,
  IsoDateSchema,
  LanguageTagSchema,
  SlugSchema,
  TimeZoneSchema,
} from './primitives.js';
export {
  ConferenceSchema,
  GcmEventSchema,
  GcmGuidingPrincipleSchema,
  GcmObjectiveSchema,
  MgiDomainSchema,
  MigofSchema,
  ModalitiesSchema,
  PhaseSchema,
  SdgTargetCodeSchema,
  SdgTargetSchema,
  type SourceIdsSchemaType,
  SourceSchema,
  ThematicSessionSchema,
  VenueSchema,
} from './reference.js';
export { type ConsultationResult, safeParseConsultation } from './safeParseConsultation.js';
export { type JsonSchemaName, jsonSchemaNames, toJsonSchema } from './toJsonSchema.js';
export {
  type RecordReport,
  type ValidateManyOptions,
  type ValidationSource,
  type ValidationSummary,
  validateMany,
} from './validateMany.js';
