let loneSurrogate: RegExp | undefined;

/**
 * The pattern of a lone surrogate: half of a UTF-16 pair, not a character.
 * Made on first use: a `\p{…}` pattern is compiled with the runtime's
 * Unicode tables when it is made, which cost every import at start-up
 * (issue 16: 1.4 million instructions of `import('gcm-kit')`). Internal.
 */
export function loneSurrogatePattern(): RegExp {
  loneSurrogate ??= /\p{Cs}/u;
  return loneSurrogate;
}

/** The same answer by the pattern: where the runtime has no `String.prototype.isWellFormed`. */
export function isWellFormedByPattern(value: string): boolean {
  return !loneSurrogatePattern().test(value);
}

// ES2024; Node 20 has it. Asked once. The pattern is the fallback for older
// runtimes (and browsers), and then compiled only when first used.
const hasNative =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function';

/**
 * Whether a text holds no lone surrogate, so it is valid Unicode text. The
 * schemas' text check and the generated fast checker both call this one
 * function. Uses the runtime's `String.prototype.isWellFormed` where there is
 * one (issue 16: it needs no regular expression compiled at start-up), else
 * {@link isWellFormedByPattern}. Internal.
 */
export function isWellFormedText(value: string): boolean {
  return hasNative
    ? (value as string & { isWellFormed(): boolean }).isWellFormed()
    : isWellFormedByPattern(value);
}
