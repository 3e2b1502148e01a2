// Writes json-schema/<name>.schema.json from the zod schemas in the build
// (dist/schemas.js). Run by `npm run build`; the files ship in the package.
import { mkdirSync, writeFileSync } from 'node:fs';

const { jsonSchemaNames, toJsonSchema } = await import('../dist/schemas.js');
const dir = new URL('../json-schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of jsonSchemaNames) {
  writeFileSync(
    new URL(`${name}.schema.json`, dir),
    `${JSON.stringify(toJsonSchema(name), null, 2)}\n`,
  );
}
console.log(`json-schema: wrote ${jsonSchemaNames.length} schemas`);
