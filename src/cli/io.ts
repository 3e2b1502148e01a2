import type { Style } from './style.js';

/** What a command may touch: output streams, the clock, standard input. Tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly style: Style;
  now(): Date;
  readonly stdin: NodeJS.ReadableStream;
}
