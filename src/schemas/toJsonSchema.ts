import * as z from 'zod';
import { ConsultationSchema } from './consultation.js';
import {
  ConferenceSchema,
  GcmEventSchema,
  GcmGuidingPrincipleSchema,
  GcmObjectiveSchema,
  MgiDomainSchema,
  MigofSchema,
  ModalitiesSchema,
  PhaseSchema,
  SdgTargetSchema,
  SourceSchema,
  ThematicSessionSchema,
} from './reference.js';

/**
 * The names of the JSON Schemas gcm-kit ships, one file each as
 * `gcm-kit/json-schema/<name>.schema.json`.
 *
 * @example
 * ```ts
 * import { jsonSchemaNames } from 'gcm-kit/schemas';
 * jsonSchemaNames.includes('consultation');
 * // => true
 * ```
 */
export const jsonSchemaNames = Object.freeze([
  'consultation',
  'phase',
  'event',
  'thematic-session',
  'source',
  'gcm-objective',
  'gcm-guiding-principle',
  'migof',
  'mgi-domain',
  'sdg-target',
  'modalities',
  'conference',
] as const);

/** Name of a JSON Schema that gcm-kit ships (example: `'consultation'`). */
export type JsonSchemaName = (typeof jsonSchemaNames)[number];

const schemasByName: Readonly<Record<JsonSchemaName, z.ZodType>> = {
  consultation: ConsultationSchema,
  phase: PhaseSchema,
  event: GcmEventSchema,
  'thematic-session': ThematicSessionSchema,
  source: SourceSchema,
  'gcm-objective': GcmObjectiveSchema,
  'gcm-guiding-principle': GcmGuidingPrincipleSchema,
  migof: MigofSchema,
  'mgi-domain': MgiDomainSchema,
  'sdg-target': SdgTargetSchema,
  modalities: ModalitiesSchema,
  conference: ConferenceSchema,
};

/**
 * A draft 2020-12 JSON Schema generated from a zod schema of gcm-kit, for
 * validating in other languages. Code lists become `enum`s. Cross-field rules
 * (dates in order, `country` for national records, known thematic group
 * ids, `tagBasis` with tags, user-assigned country codes) cannot be written
 * in JSON Schema and are checked by the library only.
 *
 * @param name - Which schema (see {@link jsonSchemaNames}).
 * @returns The JSON Schema, as a plain object.
 * @throws RangeError for an unknown name.
 *
 * @example
 * ```ts
 * import { toJsonSchema } from 'gcm-kit/schemas';
 * toJsonSchema('consultation').$schema;
 * // => 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function toJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  if (!Object.hasOwn(schemasByName, name)) {
    throw new RangeError(
      `toJsonSchema: unknown schema ${JSON.stringify(name)}; expected one of ${jsonSchemaNames.join(', ')}`,
    );
  }
  const schema = z.toJSONSchema(schemasByName[name], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    ...schema,
    $id: `urn:gcm-kit:json-schema:${name}`,
    title: `gcm-kit ${name}`,
  };
}
