import { checkFields } from './checkFields.generated.js';
import { checkRecord } from './checkRecord.js';
import type { Consultation } from './consultation.js';
import { warningsOf } from './warningsOf.js';

let broken = false;
const flag = () => {
  broken = true;
};

/**
 * The fast path of bulk validation, free of zod: whether a value parsed from
 * JSON text is a valid consultation record with no warnings at all. It runs
 * the field checker generated from the schema, then the same cross-field
 * rules and warnings as safeParseConsultation. It decides only that case:
 * on false, the record goes through safeParseConsultation, which finds and
 * explains its problems, so every report is the one the full parse gives.
 * Only for values from `JSON.parse` (plain data, no getters). Internal.
 */
export function isCleanRecord(value: unknown): boolean {
  // zod reads the keys of an object with for…in, inherited ones too: with
  // an enumerable key added to Object.prototype, leave every record to it.
  for (const _ in Object.prototype) return false;
  try {
    if (!checkFields(value)) return false;
    broken = false;
    checkRecord(value as Parameters<typeof checkRecord>[0], flag);
    return !broken && warningsOf(value as Consultation, undefined).length === 0;
  } catch {
    return false;
  }
}
