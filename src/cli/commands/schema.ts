import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

export const schemaHelp = `Usage: gcm-kit schema <name>

Prints a JSON Schema (draft 2020-12) of gcm-kit, the same as the file
gcm-kit/json-schema/<name>.schema.json. Names: consultation, phase, event,
thematic-session, source, gcm-objective, gcm-guiding-principle, migof,
mgi-domain, sdg-target, modalities, conference.

Example: gcm-kit schema consultation > consultation.schema.json`;

export async function schema(args: readonly string[], io: Io): Promise<number> {
  if (args.length !== 1) throw new UsageError('schema: name one schema, such as consultation');
  let schemas: typeof import('../../schemas/index.js');
  try {
    schemas = await import('../../schemas/index.js');
  } catch {
    throw new UsageError('schema: the zod package is needed; install it with: npm install zod');
  }
  const name = args[0] as string;
  if (!(schemas.jsonSchemaNames as readonly string[]).includes(name)) {
    throw new UsageError(
      `schema: unknown schema ${JSON.stringify(name)}; expected one of ${schemas.jsonSchemaNames.join(', ')}`,
    );
  }
  io.out(
    JSON.stringify(schemas.toJsonSchema(name as (typeof schemas.jsonSchemaNames)[number]), null, 2),
  );
  return 0;
}
