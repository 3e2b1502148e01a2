// Writes the consultation register's generated views from the record files:
// src/consultations/register.generated.ts, examples/<id>.json and
// docs/consultations.md. Run `npm run consultations` after editing a record.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import {
  exampleIds,
  readRecords,
  renderDoc,
  renderExample,
  renderRegister,
} from './lib/consultations.mjs';

const root = new URL('../', import.meta.url);
const records = readRecords();
writeFileSync(new URL('src/consultations/register.generated.ts', root), renderRegister(records));
for (const file of readdirSync(new URL('examples/', root))) {
  if (file.endsWith('.json')) rmSync(new URL(`examples/${file}`, root));
}
for (const { record } of records) {
  if (exampleIds.includes(record.id)) {
    writeFileSync(new URL(`examples/${record.id}.json`, root), renderExample(record));
  }
}
writeFileSync(new URL('docs/consultations.md', root), renderDoc(records));
console.log(`consultations: ${records.length} records`);
