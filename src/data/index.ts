export { type Conference, conference, type SourcedCount } from './conference.js';
export {
  type AlternativeDates,
  type EventId,
  type EventKind,
  eventKinds,
  events,
  type GcmEvent,
  type TimelineEvent,
} from './events.js';
export {
  type GcmGuidingPrinciple,
  type GcmGuidingPrincipleId,
  gcmGuidingPrinciples,
} from './gcmGuidingPrinciples.js';
export {
  type GcmObjective,
  type GcmObjectiveId,
  type GcmObjectiveNumber,
  gcmObjectives,
} from './gcmObjectives.js';
export { getSourceUrl } from './getSourceUrl.js';
export { type MgiDomain, type MgiDomainId, mgiDomains } from './mgiDomains.js';
export { type Migof, type MigofElement, type MigofId, migof } from './migof.js';
export {
  type CoFacilitator,
  type Modalities,
  type ModalitiesPhase,
  modalities,
  type Provision,
  type SourcedDate,
} from './modalities.js';
export { type Phase, type PhaseId, phases } from './phases.js';
export {
  type ReviewCycle,
  type ReviewCycleId,
  type ReviewStage,
  type ReviewStageId,
  reviewCycles,
} from './reviewCycles.js';
export { type SdgTarget, type SdgTargetCode, sdgTargets } from './sdgTargets.js';
// The registry itself (`sources`) is the entry gcm-kit/sources: it is about
// half of the reference data, and most programs never read it (issue 16).
export type { Source, SourceId } from './sources.js';
export {
  type ThematicSession,
  type ThematicSessionId,
  thematicSessions,
} from './thematicSessions.js';
export { toOfficialUrl } from './toOfficialUrl.js';
export type { IsoDate, Precision, Venue } from './types.js';
