/**
 * `gcm-kit/consultations`: a register of real consultations of 2017–2026 that
 * fed the GCM, each citing its sources, with helpers to find them by day,
 * period, country, kind, stakeholder and format. This entry does not load
 * zod; to query your own records beside these, see `createRegister` of
 * gcm-kit/schemas.
 *
 * @packageDocumentation
 * @module gcm-kit/consultations
 */
export { consultations } from './consultations.js';
export type { ConsultationQueries } from './createQueries.js';
export type { ConsultationFilter } from './filter.js';
export { getConsultations } from './getConsultations.js';
export { getConsultationsBetween } from './getConsultationsBetween.js';
export { getConsultationsOn } from './getConsultationsOn.js';
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
} from './types.js';
