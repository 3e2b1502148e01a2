/**
 * gcm-kit/sources: the registry of every source that gcm-kit cites, keyed by
 * id. A separate entry, so that programs that only ask the dates and the
 * timeline do not load (nor compile) the registry, which is about half of the
 * reference data by size; the root entry keeps the `Source` and `SourceId`
 * types and {@link "gcm-kit"!getSourceUrl}.
 *
 * @packageDocumentation
 * @module gcm-kit/sources
 */
export { type Source, type SourceId, sources } from '../data/sources.js';
