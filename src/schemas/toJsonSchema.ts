import * as z from 'zod';
import { ConsultationSchema } from './consultation.js';
import { descriptions } from './descriptions.generated.js';
import { addEditorHelp } from './editorHelp.js';
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

/** The declared type whose TSDoc documents each schema. */
const typeByName: Readonly<Record<JsonSchemaName, string>> = {
  consultation: 'Consultation',
  phase: 'Phase',
  event: 'GcmEvent',
  'thematic-session': 'ThematicSession',
  source: 'Source',
  'gcm-objective': 'GcmObjective',
  'gcm-guiding-principle': 'GcmGuidingPrinciple',
  migof: 'Migof',
  'mgi-domain': 'MgiDomain',
  'sdg-target': 'SdgTarget',
  modalities: 'Modalities',
  conference: 'Conference',
};

type JsonNode = Record<string, unknown>;
const isNode = (value: unknown): value is JsonNode =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Gives a JSON Schema node the TSDoc of the declared type it holds: each
 * property its description and examples, each object its summary, each code
 * list examples from its values.
 */
function document(node: JsonNode, type: string | undefined): void {
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) for (const sub of list) if (isNode(sub)) document(sub, type);
  }
  if (isNode(node.items)) document(node.items, type);
  const doc = type === undefined ? undefined : descriptions[type];
  if (isNode(node.properties)) {
    if (doc?.description !== undefined && node.description === undefined)
      node.description = doc.description;
    for (const [key, property] of Object.entries(node.properties)) {
      if (!isNode(property)) continue;
      const field = doc?.fields[key];
      if (field?.description !== undefined) property.description = field.description;
      if (field?.examples !== undefined) property.examples = field.examples;
      document(property, field?.of);
    }
  }
  if (Array.isArray(node.enum) && node.examples === undefined)
    node.examples = node.enum.slice(0, 3);
}

/**
 * The one cross-field rule that JSON Schema can say, on each participant
 * count (of the record and of its parts): no `count` exactly when the
 * qualifier is `'indefinite'`, and then `asStated` is required.
 */
function addCountRule(node: JsonNode): void {
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) addCountRule(item);
    if (isNode(value)) addCountRule(value);
  }
  const properties = node.properties;
  if (isNode(properties) && 'count' in properties && 'asStated' in properties) {
    node.if = { properties: { qualifier: { const: 'indefinite' } }, required: ['qualifier'] };
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword, on a nested node only
    node.then = { required: ['asStated'], not: { required: ['count'] } };
    node.else = { required: ['count'] };
  }
}

/**
 * A draft 2020-12 JSON Schema generated from a zod schema of gcm-kit, for
 * validating in other languages and for help in editors. Code lists become
 * `enum`s with `examples`; every field has the `description` of its TSDoc
 * in the declared record types (read at build time by
 * scripts/descriptions.mjs). For editors (VS Code), country and region
 * codes carry their names (`enumDescriptions`), regions list the five UN
 * regional commissions first (`enumSortTexts`), and patterns have short
 * messages (`patternErrorMessage`); validators ignore these keywords.
 * Cross-field rules
 * (dates in order, `country` for national records, known thematic group
 * ids, `tagBasis` with tags, user-assigned country codes, source indexes)
 * cannot be written in JSON Schema and are checked by the library only; the
 * rule of participant counts without a number (`qualifier: 'indefinite'`
 * with `asStated` and no `count`) is written with `if`/`then`/`else`.
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
  document(schema as JsonNode, typeByName[name]);
  if (name === 'consultation') addCountRule(schema as JsonNode);
  addEditorHelp(schema as JsonNode);
  return {
    ...schema,
    $id: `urn:gcm-kit:json-schema:${name}`,
    title: name === 'consultation' ? 'gcm-kit consultation record (version 3)' : `gcm-kit ${name}`,
  };
}
