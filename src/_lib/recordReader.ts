// The reader of bulk text input: splits text into records and nothing else
// (no validation). One grammar covers every layout, so no guess made on the
// first line can decide how the rest of the file is read:
//
// - The input is JSON values one after another, separated by whitespace.
//   NDJSON (one value a line) and pretty-printed objects are both that.
// - A top-level array is a list of records: its elements are the records.
//   After its `]`, reading goes on at the top level.
// - A top-level item that does not start with `{` or `[` (a scalar, or junk)
//   runs to the end of its line.
// - Resynchronisation at line starts: inside an unfinished record, a line
//   whose first non-blank character is `{` or `[`, at a column no greater
//   than the one where the record started, starts a new record; the
//   unfinished one is reported. (Nested values of a pretty-printed record are
//   indented deeper than the record, and NDJSON records start in column 0.)
//   A raw line break ends any open string, which JSON does not allow anyway.
// - Lines end at LF, CRLF or a CR alone (old Mac files), counted once each.
// - In an array, elements are separated by commas: an empty element (`[,`,
//   `,,`) and a comma before `]` are reported; a missing comma before an
//   element is reported once per array, and the element is still read.
//
// Every character belongs to one unit: a parsed value, or an error with the
// line where it starts. Array punctuation belongs to the array.

/** A unit read from text: a parsed JSON value, or why a piece of text is not one. */
export type RecordUnit =
  | {
      readonly line: number;
      /** Column of the record's first character, from 1. */
      readonly column: number;
      readonly value: unknown;
      /** The record's JSON text, which starts at `line` and `column`. */
      readonly text: string;
      readonly error?: undefined;
    }
  | {
      readonly line: number;
      readonly error: string;
      readonly column?: undefined;
      readonly value?: undefined;
      readonly text?: undefined;
    };

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

enum State {
  /** Between items at the top level. */
  Top,
  /** A top-level scalar or junk, up to the end of its line. */
  TopLine,
  /** A top-level object or array being read. */
  TopValue,
  /** In an array, where an element is expected (after `[` or `,`). */
  Element,
  /** In an array, inside an element. */
  InElement,
  /** In an array, after a complete element: a comma or `]` is expected. */
  AfterElement,
}

const isBlank = (c: number) => c === SPACE || c === LF || c === CR || c === TAB;

/** The message of a JSON.parse error, without V8's echo of the input. */
function parseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, ".*" is not valid JSON$/s, '').slice(0, 200);
}

/**
 * Splits text, given in chunks, into records: `push` each chunk, then call
 * `end`; both return the units completed so far, in input order. Holds at
 * most one record (up to `maxLength` characters) and the current chunk.
 */
export class RecordReader {
  readonly #max: number;
  #state = State.Top;
  #line = 1;
  #col = 0;
  #atLineStart = true;
  /** The last character was a CR: an LF right after it ends no second line. */
  #afterCR = false;
  #first = true;
  // The item being read.
  #depth = 0;
  #inString = false;
  #escaped = false;
  #opener = false;
  #startLine = 1;
  #startCol = 0;
  #pending = '';
  #tooLong = false;
  // The open array.
  #arrayLine = 0;
  #commaLine = 0;
  #afterComma = false;
  #missingCommaReported = false;
  #out: RecordUnit[] = [];

  constructor(maxLength: number) {
    this.#max = maxLength;
  }

  push(chunk: string): RecordUnit[] {
    let i = 0;
    if (this.#first && chunk.length > 0) {
      this.#first = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1; // a byte-order mark
    }
    let seg = 0; // where the current item's text starts in this chunk
    const n = chunk.length;
    // The next CR of the chunk, found again only once passed: one scan a chunk.
    let cr = -1;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      const state = this.#state;
      // The hot path: a whole NDJSON line that parses as one object.
      if (state === State.Top && this.#atLineStart && this.#col === 0 && c === OPEN_BRACE) {
        const nl = chunk.indexOf('\n', i);
        if (cr !== Number.POSITIVE_INFINITY && cr < i) {
          cr = chunk.indexOf('\r', i);
          if (cr === -1) cr = Number.POSITIVE_INFINITY;
        }
        // Only a line without a CR before its end (a CR alone ends a line too).
        if (nl !== -1 && nl - i <= this.#max && cr >= nl - 1) {
          let last = nl - 1;
          while (last > i && isBlank(chunk.charCodeAt(last))) last--;
          if (chunk.charCodeAt(last) === CLOSE_BRACE) {
            let value: unknown;
            let ok = true;
            const text = chunk.slice(i, nl);
            try {
              value = JSON.parse(text);
            } catch {
              ok = false;
            }
            if (ok) {
              this.#out.push({ line: this.#line, column: 1, value, text });
              this.#line++;
              this.#afterCR = false;
              i = nl + 1;
              continue;
            }
          }
        }
      }
      if (c === LF && this.#afterCR) {
        // The LF of a CRLF: the CR has ended the line.
        this.#afterCR = false;
        i++;
        continue;
      }
      this.#afterCR = c === CR;
      if (c === LF || c === CR) {
        this.#line++;
        this.#col = 0;
        this.#atLineStart = true;
        this.#inString = false;
        this.#escaped = false;
        if (state === State.TopLine) {
          this.#emit(chunk, seg, i);
          this.#state = State.Top;
        }
        i++;
        continue;
      }
      if (this.#atLineStart && !isBlank(c)) {
        this.#atLineStart = false;
        if (
          (state === State.TopValue || state === State.InElement) &&
          (c === OPEN_BRACE || c === OPEN_BRACKET) &&
          this.#col <= this.#startCol
        ) {
          // Resynchronise: the unfinished record ends before this line.
          const complete = this.#emit(chunk, seg, i, this.#line);
          if (state === State.TopValue) this.#state = State.Top;
          else {
            this.#state = State.Element;
            if (complete) this.#reportMissingComma();
            this.#afterComma = false;
          }
          continue; // read this character again in the new state
        }
      }
      this.#col++;
      switch (state) {
        case State.Top:
          if (isBlank(c)) break;
          if (c === COMMA) {
            // A comma outside any array is reported alone; what follows is read.
            this.#error(this.#line, 'is a comma outside any JSON array');
            break;
          }
          if (c === OPEN_BRACKET) {
            this.#state = State.Element;
            this.#arrayLine = this.#line;
            this.#afterComma = false;
            this.#missingCommaReported = false;
            break;
          }
          this.#start(c === OPEN_BRACE);
          seg = i;
          this.#state = c === OPEN_BRACE ? State.TopValue : State.TopLine;
          break;
        case State.TopLine:
          break;
        case State.Element:
          if (isBlank(c)) break;
          if (c === CLOSE_BRACKET) {
            if (this.#afterComma)
              this.#error(this.#commaLine, 'is empty: the array has a comma before its ]');
            this.#state = State.Top;
          } else if (c === COMMA) {
            this.#error(this.#line, 'is empty: the array has a comma with no record before it');
            this.#commaLine = this.#line;
            this.#afterComma = true;
          } else {
            this.#start(c === OPEN_BRACE || c === OPEN_BRACKET);
            seg = i;
            this.#state = State.InElement;
          }
          break;
        case State.AfterElement:
          if (isBlank(c)) break;
          if (c === COMMA) {
            this.#state = State.Element;
            this.#commaLine = this.#line;
            this.#afterComma = true;
          } else if (c === CLOSE_BRACKET) this.#state = State.Top;
          else {
            if (c === OPEN_BRACE || c === OPEN_BRACKET) this.#reportMissingComma();
            this.#start(c === OPEN_BRACE || c === OPEN_BRACKET);
            seg = i;
            this.#state = State.InElement;
          }
          break;
        default: {
          // TopValue or InElement: track strings and nesting.
          if (this.#inString) {
            if (this.#escaped) this.#escaped = false;
            else if (c === BACKSLASH) this.#escaped = true;
            else if (c === QUOTE) this.#inString = false;
            break;
          }
          if (c === QUOTE) this.#inString = true;
          else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.#depth++;
          else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            if (this.#depth > 0) {
              this.#depth--;
              if (this.#depth === 0 && this.#opener) {
                this.#emit(chunk, seg, i + 1);
                this.#state = state === State.TopValue ? State.Top : State.AfterElement;
              }
            } else if (c === CLOSE_BRACKET && state === State.InElement) {
              this.#emit(chunk, seg, i);
              this.#state = State.Top;
            }
            // A stray } in a scalar element stays part of that element.
          } else if (c === COMMA && this.#depth === 0 && state === State.InElement) {
            this.#emit(chunk, seg, i);
            this.#state = State.Element;
            this.#commaLine = this.#line;
            this.#afterComma = true;
          }
        }
      }
      i++;
    }
    // Keep the unfinished item's text, unless it is already too long.
    const s = this.#state;
    if ((s === State.TopLine || s === State.TopValue || s === State.InElement) && !this.#tooLong) {
      if (this.#pending.length + (n - seg) > this.#max) this.#tooLong = true;
      else this.#pending += chunk.slice(seg);
    }
    const out = this.#out;
    this.#out = [];
    return out;
  }

  end(): RecordUnit[] {
    const s = this.#state;
    if (s === State.TopLine || s === State.TopValue || s === State.InElement) {
      this.#emit('', 0, 0);
    }
    if (s === State.Element || s === State.AfterElement || s === State.InElement) {
      this.#error(
        this.#arrayLine,
        `is a JSON array (opened on line ${this.#arrayLine}) that is not closed`,
      );
    }
    this.#state = State.Top;
    const out = this.#out;
    this.#out = [];
    return out;
  }

  #start(opener: boolean): void {
    this.#depth = opener ? 1 : 0;
    this.#opener = opener;
    this.#inString = false;
    this.#escaped = false;
    this.#startLine = this.#line;
    this.#startCol = this.#col - 1;
    this.#pending = '';
    this.#tooLong = false;
  }

  #error(line: number, error: string): void {
    this.#out.push({ line, error });
  }

  #reportMissingComma(): void {
    if (this.#missingCommaReported) return;
    this.#missingCommaReported = true;
    this.#error(
      this.#line,
      `is missing a comma before it, in the JSON array opened on line ${this.#arrayLine}`,
    );
  }

  /**
   * Ends the current item at `end` of `chunk`; returns whether it parsed.
   * `cutAt` is the line whose `{` or `[` ended it early (resynchronisation).
   */
  #emit(chunk: string, seg: number, end: number, cutAt?: number): boolean {
    const line = this.#startLine;
    const length = this.#pending.length + (end - seg);
    if (this.#tooLong || length > this.#max) {
      this.#pending = '';
      this.#error(line, `is longer than ${this.#max} characters`);
      return false;
    }
    const text = (this.#pending + chunk.slice(seg, end)).trim();
    this.#pending = '';
    try {
      this.#out.push({ line, column: this.#startCol + 1, value: JSON.parse(text), text });
      return true;
    } catch (error) {
      this.#error(
        line,
        cutAt === undefined
          ? `is not valid JSON (${parseError(error)})`
          : `is not valid JSON: it is not finished where line ${cutAt} starts a new record (a { or [ in column ${this.#col + 1}, no further right than this record's start)`,
      );
      return false;
    }
  }
}
