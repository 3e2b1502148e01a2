import { checkFields, explainFields, type FieldFailure } from './checkFields.generated.js';
import { checkRecord } from './checkRecord.js';
import type { Consultation } from './consultation.js';
import { type RuleVerdict, ruleIssues } from './ruleIssues.js';
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

/**
 * What the fast path makes of a value parsed from JSON text, free of zod:
 * for a record whose fields all pass, the verdict itself (`ok` and the
 * issues of the rules and warnings, as safeParseConsultation gives them);
 * for one whose fields fail, where they fail (`failures`, for
 * safeParseFailures); undefined when the full parse must decide (an
 * Object.prototype with enumerable keys, which zod would read). `text`, the
 * JSON text the value was parsed from, spares the search for U+FFFD when
 * the text holds neither the character nor its escape. Internal.
 */
export function fastVerdict(
  value: unknown,
  text?: string,
): RuleVerdict | { readonly failures: FieldFailure[] } | undefined {
  for (const _ in Object.prototype) return undefined;
  try {
    if (!checkFields(value)) return { failures: explainFields(value) };
    return ruleIssues(value as Consultation, text);
  } catch {
    return undefined;
  }
}
