import { describe } from '../../_lib/describe.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { fs } from '../node.js';

const { readdirSync, readFileSync } = fs;

export const schemaHelp = `Usage: gcm-kit schema <name>

Prints a JSON Schema (draft 2020-12) of gcm-kit, the same as the file
gcm-kit/json-schema/<name>.schema.json. Names: consultation, phase, event,
thematic-session, source, gcm-objective, gcm-guiding-principle, migof,
mgi-domain, sdg-target, modalities, conference.

Example: gcm-kit schema consultation > consultation.schema.json`;

// The files that ship in the package, next to dist/: printing one needs no zod.
const dir = new URL('../json-schema/', import.meta.url);

export async function schema(args: readonly string[], io: Io): Promise<number> {
  if (args.length !== 1) throw new UsageError('schema: name one schema, such as consultation');
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((file) => file.endsWith('.schema.json'))
      .map((file) => file.slice(0, -'.schema.json'.length));
  } catch {
    throw new UsageError('schema: the json-schema folder of gcm-kit is missing; reinstall gcm-kit');
  }
  const name = args[0] as string;
  if (!names.includes(name)) {
    throw new UsageError(
      `schema: unknown schema ${describe(name)}; expected one of ${names.sort().join(', ')}`,
    );
  }
  io.out(readFileSync(new URL(`${name}.schema.json`, dir), 'utf8').trimEnd());
  return 0;
}
