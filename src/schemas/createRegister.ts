import { deepFreeze } from '../_lib/deepFreeze.js';
import { describe } from '../_lib/describe.js';
import { idOf } from '../_lib/idOf.js';
import { consultations } from '../consultations/consultations.js';
import {
  type ConsultationQueries,
  compareConsultations,
  createQueries,
} from '../consultations/createQueries.js';
import type { Consultation } from '../consultations/types.js';
import type { ValidationIssue } from './issues.js';
import { safeParseConsultation } from './safeParseConsultation.js';
import type { RecordReport } from './validateMany.js';

/**
 * The built-in register and your records, with the helpers of
 * gcm-kit/consultations over both: what {@link createRegister} returns.
 */
export interface Register extends ConsultationQueries {
  /**
   * Reports on your records that are invalid (left out of the register) or
   * valid with warnings, in input order; `index` is the record's position in
   * the list you gave, from 0. Empty when every record was added cleanly.
   */
  readonly reports: readonly RecordReport[];
  /** How many of your records were added (example: `2`). */
  readonly added: number;
  /** How many of your records were left out as invalid (example: `0`). */
  readonly rejected: number;
}

/**
 * A register of the built-in consultations plus your own records, with the
 * same helpers as gcm-kit/consultations (`consultations`, `getConsultations`,
 * `getConsultationsOn`, `getConsultationsBetween`) over both. Each record is
 * validated first with {@link safeParseConsultation}: an invalid one is left
 * out and reported, never dropped in silence, and so is one whose id repeats
 * an earlier record of yours or a built-in one (the error names both).
 * Nothing is thrown for bad records; check `reports`, or `rejected === 0`.
 *
 * @param records - Your consultation records, as parsed JSON.
 * @returns The helpers, the merged `consultations` (by first day, then id,
 *   frozen) and the `reports` on your records.
 * @throws TypeError when `records` is not an array.
 *
 * @example
 * ```ts
 * import { createRegister } from 'gcm-kit/schemas';
 * const register = createRegister([
 *   {
 *     id: 'my-workshop-2026-11-20', kind: 'other', title: 'My workshop',
 *     dates: { start: '2026-11-20', end: '2026-11-20' }, format: 'online',
 *     sources: [{ title: 'My notes', publisher: 'Me' }],
 *   },
 *   { id: 'belarus-2017-05-16', kind: 'national' },
 * ]);
 * [register.added, register.rejected, register.getConsultationsOn('2026-11-20').map((c) => c.id)];
 * // => [1, 1, ['my-workshop-2026-11-20']]
 * ```
 */
export function createRegister(records: readonly unknown[]): Register {
  if (!Array.isArray(records)) {
    throw new TypeError(`createRegister: records must be an array, got ${describe(records)}`);
  }
  const repeatOf = createIdCheck();
  const added: Consultation[] = [];
  const reports: RecordReport[] = [];
  for (const [index, value] of records.entries()) {
    const result = safeParseConsultation(value);
    const id = result.success ? result.data.id : idOf(value);
    let issues: readonly ValidationIssue[] = result.issues;
    let ok = result.success;
    if (result.success) {
      const repeat = repeatOf(result.data.id, `the record at index ${index}`);
      if (repeat !== undefined) {
        ok = false;
        issues = [repeat, ...issues];
      } else added.push(result.data);
    }
    if (issues.length > 0)
      reports.push({
        index,
        ...(id !== undefined ? { id } : {}),
        status: ok ? 'valid' : 'invalid',
        issues,
      });
  }
  return {
    ...registerOf(added),
    reports: Object.freeze(reports),
    added: added.length,
    rejected: records.length - added.length,
  };
}

/**
 * The id rule of a register: a record may not repeat the id of a built-in
 * record, nor of one added before it. Returns a check that remembers each id
 * it lets through, with the words that name its record (`the record at
 * index 0`, `file.json:1:1`), and gives the error for a repeat. Internal:
 * createRegister and the CLI's --records share it.
 */
export function createIdCheck(): (id: string, place: string) => ValidationIssue | undefined {
  const builtIn = new Set(consultations.map((c) => c.id));
  const first = new Map<string, string>();
  return (id, place) => {
    const earlier = first.get(id);
    const message = builtIn.has(id)
      ? `repeats the id ${id} of a built-in record of the register (gcm-kit/consultations); choose another id`
      : earlier !== undefined
        ? `repeats the id ${id} of ${earlier}; ids must be unique`
        : undefined;
    if (message === undefined) {
      first.set(id, place);
      return undefined;
    }
    return { path: 'id', message, severity: 'error', code: 'duplicate_id' };
  };
}

/**
 * The built-in records plus valid records whose ids passed
 * {@link createIdCheck}, frozen, by first day then id, with the helpers of
 * gcm-kit/consultations over them. Internal.
 */
export function registerOf(added: readonly Consultation[]): ConsultationQueries {
  return createQueries(
    Object.freeze([...consultations, ...added.map(deepFreeze)].sort(compareConsultations)),
  );
}
