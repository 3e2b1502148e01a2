import type { ValidationIssue } from './issues.js';
import { safeParseConsultation } from './safeParseConsultation.js';

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
  /** Records read: non-blank lines of NDJSON, elements of a JSON array, or items (example: `100`). */
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
}

/** Options of {@link validateMany}. */
export interface ValidateManyOptions {
  /**
   * Called with every report as soon as it is made, in order, and, for text
   * input, the record's JSON text (which starts at the report's `line` and
   * `column`), to find where its issues are.
   */
  readonly onReport?: (report: RecordReport, text?: string) => void;
  /** Which reports to keep in the summary: `'problems'` (invalid, unreadable or with warnings, the default), `'all'` or `'none'`. */
  readonly keep?: 'problems' | 'all' | 'none';
  /** How many reports to keep at most (default 1000), so memory stays flat. */
  readonly maxKept?: number;
  /** Longest record in characters (default 1,048,576); a longer one is unreadable. */
  readonly maxRecordLength?: number;
}

interface Unit {
  readonly text?: string;
  readonly value?: unknown;
  readonly line?: number;
  readonly column?: number | undefined;
  readonly error?: string;
}

const decoder = () => new TextDecoder('utf-8', { fatal: false });

/** Text chunks of a source that is text; undefined when it is a sequence of records. */
async function* textChunks(source: ValidationSource): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield source;
    return;
  }
  if (source instanceof Uint8Array) {
    yield decoder().decode(source);
    return;
  }
  const dec = decoder();
  const iterable =
    typeof ReadableStream !== 'undefined' && source instanceof ReadableStream
      ? (source as unknown as AsyncIterable<unknown>)
      : (source as AsyncIterable<unknown>);
  for await (const chunk of iterable) {
    yield typeof chunk === 'string' ? chunk : dec.decode(chunk as Uint8Array, { stream: true });
  }
  const rest = dec.decode();
  if (rest) yield rest;
}

/**
 * Splits text into lines, never holding more than `max` characters of one
 * line. Yields the lines of each chunk together: one await per chunk rather
 * than per line keeps the cost of async iteration off each record.
 */
async function* lines(chunks: AsyncIterable<string>, max: number): AsyncGenerator<Unit[]> {
  let pending = '';
  let lineNo = 0;
  let overflow = false;
  for await (const chunk of chunks) {
    const batch: Unit[] = [];
    let start = 0;
    for (let nl = chunk.indexOf('\n', start); nl !== -1; nl = chunk.indexOf('\n', start)) {
      lineNo++;
      const piece = chunk.slice(start, nl);
      if (overflow || pending.length + piece.length > max) {
        batch.push({ line: lineNo, error: `is longer than ${max} characters` });
      } else {
        batch.push({ line: lineNo, column: 1, text: pending + piece });
      }
      pending = '';
      overflow = false;
      start = nl + 1;
    }
    if (!overflow) {
      pending += chunk.slice(start);
      if (pending.length > max) {
        overflow = true;
        pending = '';
      }
    }
    if (batch.length > 0) yield batch;
  }
  if (overflow) yield [{ line: lineNo + 1, error: `is longer than ${max} characters` }];
  else if (pending.length > 0) yield [{ line: lineNo + 1, column: 1, text: pending }];
}

/**
 * Splits text holding JSON values (the elements of one top-level array, or
 * values written one after another) into the text of each value, tracking
 * strings and nesting, without holding more than one value at a time.
 */
async function* jsonValues(
  chunks: AsyncIterable<string>,
  max: number,
  inArray: boolean,
): AsyncGenerator<Unit[]> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buffer = '';
  let tooLong = false;
  let line = 1;
  let column = 0;
  let valueLine = 1;
  let valueColumn: number | undefined;
  let started = !inArray; // in array mode, wait for the opening bracket
  let closed = false;
  let batch: Unit[] = [];
  const emit = (): void => {
    const text = buffer.trim();
    if (tooLong) batch.push({ line: valueLine, error: `is longer than ${max} characters` });
    else if (text.length > 0) batch.push({ line: valueLine, column: valueColumn, text });
    buffer = '';
    tooLong = false;
    valueColumn = undefined;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) {
        line++;
        column = 0;
      } else column++;
      if (closed) {
        if (c > 32) {
          batch.push({ line, error: 'has text after the end of the JSON array' });
          yield batch;
          return;
        }
        continue;
      }
      if (!started) {
        if (c === 91 /* [ */) {
          started = true;
          from = i + 1;
          valueLine = line;
        }
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92 /* \ */) escaped = true;
        else if (c === 34 /* " */) inString = false;
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) {
        if (depth === 0 && buffer.trim() === '' && chunk.slice(from, i).trim() === '') {
          valueLine = line;
          valueColumn = column;
        }
        depth++;
      } else if (c === 125 || c === 93) {
        if (depth === 0 && inArray && c === 93) {
          if (!tooLong) buffer += chunk.slice(from, i);
          emit();
          closed = true;
          continue;
        }
        depth--;
        if (depth === 0 && !inArray) {
          if (!tooLong) buffer += chunk.slice(from, i + 1);
          emit();
          from = i + 1;
          valueLine = line;
        }
      } else if (c === 44 /* , */ && depth === 0 && inArray) {
        if (!tooLong) buffer += chunk.slice(from, i);
        emit();
        from = i + 1;
        valueLine = line;
      }
    }
    if (!closed && started && !tooLong) {
      buffer += chunk.slice(from);
      if (buffer.length > max) {
        tooLong = true;
        buffer = '';
      }
    }
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  if (inArray && !closed) {
    batch.push({
      line,
      error: started ? 'ends before the JSON array is closed' : 'is not a JSON array',
    });
  } else if (!inArray) {
    emit();
  }
  if (batch.length > 0) yield batch;
}

/** Units of a text source, in batches: array mode, NDJSON lines, or pretty-printed values. */
async function* textUnits(source: ValidationSource, max: number): AsyncGenerator<Unit[]> {
  const chunks = textChunks(source);
  // Peek at the first non-blank character to choose the mode, keeping what
  // was read. (Manual next() calls: breaking out of for-await would close
  // the generator and lose the rest of the input.)
  const seen: string[] = [];
  let first = '';
  for (let step = await chunks.next(); !step.done; step = await chunks.next()) {
    seen.push(step.value);
    const m = /\S/.exec(step.value);
    if (m) {
      first = m[0];
      break;
    }
  }
  async function* replay(): AsyncGenerator<string> {
    yield* seen;
    for (let step = await chunks.next(); !step.done; step = await chunks.next()) yield step.value;
  }
  if (first === '') return;
  if (first === '[') {
    yield* jsonValues(replay(), max, true);
    return;
  }
  // NDJSON; if the first record line is not JSON and opens an object, the
  // input is pretty-printed: read it as values written one after another.
  const batches = lines(replay(), max);
  let head: Unit | undefined;
  let leftover: Unit[] = [];
  for (
    let step = await batches.next();
    !step.done && head === undefined;
    step = await batches.next()
  ) {
    const at = step.value.findIndex((unit) => unit.text === undefined || unit.text.trim() !== '');
    if (at >= 0) {
      head = step.value[at];
      leftover = step.value.slice(at + 1);
      break;
    }
  }
  if (head === undefined) return;
  const headText = head.text;
  async function* rest(): AsyncGenerator<Unit[]> {
    if (leftover.length > 0) yield leftover;
    for (let step = await batches.next(); !step.done; step = await batches.next()) yield step.value;
  }
  if (headText?.trim().startsWith('{') && !isJson(headText)) {
    const headLine = head.line ?? 1;
    async function* text(): AsyncGenerator<string> {
      yield `${headText}\n`;
      for await (const batch of rest()) for (const unit of batch) yield `${unit.text ?? ''}\n`;
    }
    for await (const batch of jsonValues(text(), max, false)) {
      yield batch.map((unit) =>
        unit.line !== undefined ? { ...unit, line: unit.line + headLine - 1 } : unit,
      );
    }
    return;
  }
  yield [head];
  // The hot path: the rest of an NDJSON input, a batch per chunk.
  for await (const batch of rest()) {
    const kept = batch.filter((unit) => unit.text === undefined || unit.text.trim() !== '');
    if (kept.length > 0) yield kept;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isTextSource(source: ValidationSource): boolean {
  return (
    typeof source === 'string' ||
    source instanceof Uint8Array ||
    (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream)
  );
}

/** Units of any source, in batches. Iterables of strings or bytes are text; of anything else, records. */
async function* units(source: ValidationSource, max: number): AsyncGenerator<Unit[]> {
  if (isTextSource(source)) {
    yield* textUnits(source, max);
    return;
  }
  if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
    throw new TypeError('validateMany: expected text, bytes, a stream or an iterable of records');
  }
  const iterator =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<unknown>)[Symbol.asyncIterator]()
      : Symbol.iterator in source
        ? (source as Iterable<unknown>)[Symbol.iterator]()
        : undefined;
  if (iterator === undefined) {
    throw new TypeError('validateMany: expected text, bytes, a stream or an iterable of records');
  }
  const it: Iterator<unknown> | AsyncIterator<unknown> = iterator;
  const firstStep = await it.next();
  if (firstStep.done) return;
  const head = firstStep.value;
  async function* all(): AsyncGenerator<unknown> {
    yield head;
    for (let step = await it.next(); !step.done; step = await it.next()) yield step.value;
  }
  if (typeof head === 'string' || head instanceof Uint8Array) {
    yield* textUnits(all() as AsyncIterable<unknown>, max);
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

/**
 * Validates many consultation records, streaming: a JSON array, NDJSON,
 * pretty-printed JSON objects one after another, or an iterable (sync or
 * async) of records; text may come as a string, bytes, a web
 * `ReadableStream` or a Node stream. Memory stays flat with the size of the
 * input: one record is held at a time, and at most `maxKept` reports.
 *
 * A line or element that is not JSON is reported as unreadable and skipped;
 * nothing is dropped silently: `valid + invalid + unreadable === read`.
 *
 * @param source - The records.
 * @param options - `onReport` to see each report as it is made; `keep`, `maxKept`, `maxRecordLength`.
 * @returns The summary.
 * @throws TypeError when `source` is none of the accepted kinds.
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
  const max = options.maxRecordLength ?? 1_048_576;
  const keep = options.keep ?? 'problems';
  const maxKept = options.maxKept ?? 1000;
  const reports: RecordReport[] = [];
  let read = 0;
  let valid = 0;
  let invalid = 0;
  let unreadable = 0;
  let warnings = 0;
  let truncated = false;

  for await (const batch of units(source, max))
    for (const unit of batch) {
      const index = read++;
      const where = unit.line !== undefined ? { line: unit.line } : {};
      const at = unit.column !== undefined ? { column: unit.column } : {};
      let report: RecordReport;
      let value = unit.value;
      let error = unit.error;
      if (unit.text !== undefined) {
        try {
          value = JSON.parse(unit.text);
        } catch (e) {
          error = `is not valid JSON (${e instanceof Error ? e.message : String(e)})`;
        }
      }
      if (error !== undefined) {
        unreadable++;
        report = {
          index,
          ...where,
          status: 'unreadable',
          issues: [{ path: '(record)', message: error, severity: 'error', code: 'unreadable' }],
        };
      } else {
        const result = safeParseConsultation(value);
        const id =
          value !== null &&
          typeof value === 'object' &&
          typeof (value as { id?: unknown }).id === 'string'
            ? { id: (value as { id: string }).id }
            : {};
        for (const issue of result.issues) if (issue.severity === 'warning') warnings++;
        if (result.success) valid++;
        else invalid++;
        report = {
          index,
          ...where,
          ...at,
          ...id,
          status: result.success ? 'valid' : 'invalid',
          issues: result.issues,
        };
      }
      options.onReport?.(report, unit.text);
      const wanted =
        keep === 'all' ||
        (keep === 'problems' && (report.status !== 'valid' || report.issues.length > 0));
      if (wanted) {
        if (reports.length < maxKept) reports.push(report);
        else truncated = true;
      }
    }
  return { read, valid, invalid, unreadable, warnings, reports, truncated };
}
