import { describe } from '../_lib/describe.js';
import { IdIndex } from '../_lib/idIndex.js';
import { idOf, idOfParsed } from '../_lib/idOf.js';
import { isSlug } from '../_lib/patterns.js';
import { RecordReader, type RecordUnit } from '../_lib/recordReader.js';
import { utf8Decoder } from '../_lib/utf8Decoder.js';
import { fastVerdict } from './isCleanRecord.js';
import type { ValidationIssue } from './issues.js';

/** What {@link validateMany} reads. */
export type ValidationSource =
  | string
  | Uint8Array
  | Iterable<unknown>
  | AsyncIterable<unknown>
  | ReadableStream<Uint8Array | string>;

/** The verdict on one record. */
export interface RecordReport {
  /** Position of the record in the input, from 0 (example: `2`). */
  readonly index: number;
  /** Line where the record starts, from 1, for text input (example: `3`). */
  readonly line?: number;
  /** Column where the record starts on that line, from 1, for text input (example: `3`). */
  readonly column?: number;
  /** `valid`, `invalid` (parsed as JSON but breaks the rules) or `unreadable` (not JSON, or too long). */
  readonly status: 'valid' | 'invalid' | 'unreadable';
  /** The record's `id`, when it has a string one (example: `'belarus-2017-05-16'`). */
  readonly id?: string;
  /** Errors and warnings (empty for a clean record). */
  readonly issues: readonly ValidationIssue[];
}

/** Counts over the whole input, and the reports that were kept. */
export interface ValidationSummary {
  /** Reports made: records (NDJSON lines, array elements, values, items) and unreadable pieces of text (example: `100`). */
  readonly read: number;
  /** Valid records, with or without warnings (example: `97`). */
  readonly valid: number;
  /** Records that parsed as JSON but are not valid (example: `2`). */
  readonly invalid: number;
  /** Records that could not be read as JSON, or were too long (example: `1`). */
  readonly unreadable: number;
  /** Warnings over all records (example: `4`). */
  readonly warnings: number;
  /** The kept reports (see `keep`), in input order. */
  readonly reports: readonly RecordReport[];
  /** Whether more reports would have been kept but for `maxKept`. */
  readonly truncated: boolean;
  /**
   * Set when the repeated-id rule stopped remembering ids, to how many it
   * remembers (`maxIds`): a later repeat of an id it did not remember is not
   * flagged (example: `1000000`).
   */
  readonly idCheckStoppedAt?: number;
}

/** Options of {@link validateMany}. */
export interface ValidateManyOptions {
  /** Called with every report as soon as it is made, in order. */
  readonly onReport?: (report: RecordReport, text?: string) => void;
  /** Which reports to keep in the summary: `'problems'` (invalid, unreadable or with warnings, the default), `'all'` or `'none'`. */
  readonly keep?: 'problems' | 'all' | 'none';
  /** How many reports to keep at most (default 1000), so memory stays flat. */
  readonly maxKept?: number;
  /** Longest record in characters (default 1,048,576); a longer one is unreadable. */
  readonly maxRecordLength?: number;
  /** How many ids of valid records the repeated-id rule remembers (default 1,000,000, about 100 MB at most). */
  readonly maxIds?: number;
}

/** Text chunks of a text source: a string, bytes, or an (async) iterable of either. */
async function* textChunks(
  source: string | Uint8Array | AsyncIterable<unknown>,
): AsyncGenerator<string> {
  // A whole text is read in slices, like a stream, so that the records of
  // one slice, not of the whole text, are held at a time.
  const SLICE = 65_536;
  if (typeof source === 'string') {
    for (let i = 0; i < source.length; i += SLICE) yield source.slice(i, i + SLICE);
    return;
  }
  if (source instanceof Uint8Array) {
    const dec = utf8Decoder();
    for (let i = 0; i < source.length; i += SLICE) yield dec.write(source.subarray(i, i + SLICE));
    const rest = dec.end();
    if (rest) yield rest;
    return;
  }
  const dec = utf8Decoder();
  let item = 0;
  for await (const chunk of source) {
    item++;
    if (typeof chunk === 'string') yield chunk;
    else if (chunk instanceof Uint8Array) yield dec.write(chunk);
    else {
      throw new TypeError(
        `validateMany: item ${item} of a text source is ${describe(chunk)}; give text chunks (strings or bytes) or records, not both`,
      );
    }
  }
  const rest = dec.end();
  if (rest) yield rest;
}

/**
 * The same text, in pieces that end at a line break where the chunk has
 * one: the reader then meets every NDJSON line whole, on its fast path,
 * instead of reading a line cut by a chunk's end character by character.
 * The reader gives the same units however the text is cut; this only
 * moves the cuts. What is held back is at most one chunk's tail.
 */
async function* lineAligned(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let tail = '';
  for await (const chunk of chunks) {
    const last = chunk.lastIndexOf('\n');
    if (last === -1) {
      // No line ends here: hand on what is held and this chunk as they are.
      if (tail !== '') yield tail;
      tail = '';
      yield chunk;
      continue;
    }
    if (tail !== '') {
      const first = chunk.indexOf('\n');
      yield tail + chunk.slice(0, first + 1);
      if (first < last) yield chunk.slice(first + 1, last + 1);
    } else yield chunk.slice(0, last + 1);
    tail = chunk.slice(last + 1);
  }
  if (tail !== '') yield tail;
}

/** Units of a text source, a batch per chunk: one await per chunk, not per record. */
async function* textUnits(
  source: string | Uint8Array | AsyncIterable<unknown>,
  max: number,
): AsyncGenerator<readonly RecordUnit[]> {
  const reader = new RecordReader(max);
  for await (const chunk of lineAligned(textChunks(source))) {
    const batch = reader.push(chunk);
    if (batch.length > 0) yield batch;
  }
  const last = reader.end();
  if (last.length > 0) yield last;
}

const NOT_A_SOURCE = 'validateMany: expected text, bytes, a stream or an iterable of records';

/** Units of any source, in batches. Iterables of strings or bytes are text; of anything else, records. */
async function* units(source: ValidationSource, max: number): AsyncGenerator<readonly Unit[]> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield* textUnits(source, max);
    return;
  }
  if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
    throw new TypeError(`${NOT_A_SOURCE}, got ${describe(source)}`);
  }
  const iterator =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<unknown>)[Symbol.asyncIterator]()
      : Symbol.iterator in source
        ? (source as Iterable<unknown>)[Symbol.iterator]()
        : undefined;
  if (iterator === undefined) throw new TypeError(`${NOT_A_SOURCE}, got ${describe(source)}`);
  const it: Iterator<unknown> | AsyncIterator<unknown> = iterator;
  const firstStep = await it.next();
  if (firstStep.done) return;
  const head = firstStep.value;
  async function* all(): AsyncGenerator<unknown> {
    yield head;
    for (let step = await it.next(); !step.done; step = await it.next()) yield step.value;
  }
  if (typeof head === 'string' || head instanceof Uint8Array) {
    yield* textUnits(all(), max);
    return;
  }
  let batch: Unit[] = [];
  for await (const value of all()) {
    batch.push({ value });
    if (batch.length === 256) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

type Unit =
  | RecordUnit
  | {
      readonly value: unknown;
      readonly line?: undefined;
      readonly column?: undefined;
      readonly text?: undefined;
      readonly error?: undefined;
    };

const isCount = (n: unknown, min: number): n is number =>
  typeof n === 'number' && (Number.isSafeInteger(n) || n === Number.POSITIVE_INFINITY) && n >= min;

function checkOptions(options: unknown): Required<Omit<ValidateManyOptions, 'onReport'>> & {
  onReport: ((report: RecordReport, text?: string) => void) | undefined;
} {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`validateMany: options must be an object, got ${describe(options)}`);
  }
  const {
    onReport,
    keep = 'problems',
    maxKept = 1000,
    maxRecordLength = 1_048_576,
    maxIds = 1_000_000,
  } = options as ValidateManyOptions;
  if (onReport !== undefined && typeof onReport !== 'function') {
    throw new TypeError(
      `validateMany: options.onReport must be a function, got ${describe(onReport)}`,
    );
  }
  if (keep !== 'problems' && keep !== 'all' && keep !== 'none') {
    throw new RangeError(
      `validateMany: options.keep must be 'problems', 'all' or 'none', got ${describe(keep)}`,
    );
  }
  if (!isCount(maxKept, 0)) {
    throw new RangeError(
      `validateMany: options.maxKept must be a whole number, 0 or more, got ${describe(maxKept)}`,
    );
  }
  if (!isCount(maxRecordLength, 1) || maxRecordLength === Number.POSITIVE_INFINITY) {
    throw new RangeError(
      `validateMany: options.maxRecordLength must be a whole number of characters, 1 or more, got ${describe(maxRecordLength)}`,
    );
  }
  if (!isCount(maxIds, 0)) {
    throw new RangeError(
      `validateMany: options.maxIds must be a whole number, 0 or more, got ${describe(maxIds)}`,
    );
  }
  return { onReport, keep, maxKept, maxRecordLength, maxIds };
}

/**
 * Validates many consultation records, streaming: a JSON array, NDJSON,
 * pretty-printed JSON objects one after another, or an iterable (sync or
 * async) of records; text may come as a string, bytes, a web
 * `ReadableStream` or a Node stream. Memory stays flat with the size of the
 * input: one record is held at a time, and at most `maxKept` reports.
 *
 * Every character of text input belongs to exactly one report or valid
 * record: a line, element or value that is not JSON, is too long, or is a
 * malformed part of an array (`,,`, `,]`) is reported as unreadable with its
 * line, and reading goes on; `valid + invalid + unreadable === read`. The
 * validation guide states how text is split into records.
 *
 * @param source - The records.
 * @param options - `onReport` to see each report as it is made; `keep`, `maxKept`, `maxRecordLength`, `maxIds`.
 * @returns The summary.
 * @throws TypeError when `source` is none of the accepted kinds, or a text
 *   source yields something other than text or bytes; RangeError or
 *   TypeError for a bad option, naming it.
 *
 * @example
 * ```ts
 * import { validateMany } from 'gcm-kit/schemas';
 * const ndjson = '{"id":"a"}\nnot json\n';
 * const summary = await validateMany(ndjson);
 * [summary.read, summary.valid, summary.invalid, summary.unreadable];
 * // => [2, 0, 1, 1]
 * ```
 */
export async function validateMany(
  source: ValidationSource,
  options: ValidateManyOptions = {},
): Promise<ValidationSummary> {
  const { onReport, keep, maxKept, maxRecordLength, maxIds } = checkOptions(options);
  // zod is loaded when the first record fails the fast check, not before.
  let full: FullCheck | undefined;
  let worded: typeof import('./fieldIssues.js') | undefined;
  const reports: RecordReport[] = [];
  let read = 0;
  let valid = 0;
  let invalid = 0;
  let unreadable = 0;
  let warnings = 0;
  let truncated = false;
  let idCheckStoppedAt: number | undefined;
  // Where the id of each valid record was first seen, so that a repeat names
  // both places: the line for text input, else -(index + 1). Invalid records
  // are errors already, and remembering only valid ones keeps a file of
  // invalid records from growing memory.
  const seen = new IdIndex();
  const place = (at: number) => (at > 0 ? `the record at line ${at}` : `record ${-at}`);

  for await (const batch of units(source, maxRecordLength))
    for (const unit of batch) {
      const index = read++;
      let report: RecordReport;
      if (unit.error !== undefined) {
        unreadable++;
        report = {
          index,
          line: unit.line,
          status: 'unreadable',
          issues: [
            { path: '(record)', message: unit.error, severity: 'error', code: 'unreadable' },
          ],
        };
      } else {
        const value = unit.value;
        // Records read from text are plain JSON values: the fast path
        // reports a record whose fields pass (valid, or breaking only a
        // rule) without zod, and says where the fields of any other fail:
        // the common mistakes it words itself, so that zod is loaded only
        // for the others, and parses only the values that fail. Its reports
        // are the full parse's (test/schemas/isCleanRecord.test.ts).
        let ok: boolean;
        let issues: readonly ValidationIssue[];
        const fast =
          unit.text !== undefined && fastPath ? fastVerdict(value, unit.text) : undefined;
        let verdict = fast !== undefined && 'ok' in fast ? fast : undefined;
        if (verdict === undefined && fast !== undefined && 'failures' in fast) {
          worded ??= await import('./fieldIssues.js');
          verdict = worded.issuesOfFailures(value, fast.failures, unit.text);
        }
        if (verdict !== undefined) {
          ok = verdict.ok;
          issues = verdict.issues;
        } else {
          full ??= await loadFullCheck();
          const result =
            (fast !== undefined && 'failures' in fast
              ? full.safeParseFailures(value, fast.failures)
              : undefined) ?? full.safeParseConsultation(value);
          ok = result.success;
          issues = result.issues;
        }
        const id = unit.text === undefined ? idOf(value) : idOfParsed(value);
        if (id !== undefined && isSlug(id)) {
          const first = seen.get(id);
          const here = unit.line !== undefined ? unit.line : -(index + 1);
          if (first !== undefined) {
            ok = false;
            issues = [
              {
                path: 'id',
                message: `repeats the id ${id} of ${place(first)}; ids must be unique in a batch (this is ${place(here)})`,
                severity: 'error',
                code: 'duplicate_id',
              },
              ...issues,
            ];
          } else if (ok) {
            if (seen.size < maxIds) seen.set(id, here);
            else idCheckStoppedAt ??= maxIds;
          }
        }
        if (issues.length > 0)
          for (const issue of issues) if (issue.severity === 'warning') warnings++;
        if (ok) valid++;
        else invalid++;
        // A clean record's report is built only for someone who reads it.
        if (ok && issues.length === 0 && onReport === undefined && keep !== 'all') continue;
        report = {
          index,
          ...(unit.line !== undefined ? { line: unit.line } : {}),
          ...(unit.column !== undefined ? { column: unit.column } : {}),
          ...(id !== undefined ? { id } : {}),
          status: ok ? 'valid' : 'invalid',
          issues,
        };
      }
      onReport?.(report, unit.text);
      const wanted =
        keep === 'all' ||
        (keep === 'problems' && (report.status !== 'valid' || report.issues.length > 0));
      if (wanted) {
        if (reports.length < maxKept) reports.push(report);
        else truncated = true;
      }
    }
  return {
    read,
    valid,
    invalid,
    unreadable,
    warnings,
    reports,
    truncated,
    ...(idCheckStoppedAt !== undefined ? { idCheckStoppedAt } : {}),
  };
}

/** Whether validateMany tries the fast check first; tests turn it off to compare. Internal. */
let fastPath = true;

/** Turns the fast check of validateMany on or off, for the test that compares both. Internal. */
export function setFastPath(on: boolean): void {
  fastPath = on;
}

type FullCheck = typeof import('./safeParseConsultation.js');

/** The full check, with zod, loaded once. */
async function loadFullCheck(): Promise<FullCheck> {
  return import('./safeParseConsultation.js');
}
