/**
 * gcm-kit: typed, source-cited reference data and timeline helpers for the
 * Global Compact for Safe, Orderly and Regular Migration. This entry never
 * loads zod.
 *
 * @packageDocumentation
 * @module gcm-kit
 */
export * from './data/index.js';
export * from './timeline/index.js';
