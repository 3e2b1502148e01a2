/** A lone surrogate: half of a UTF-16 pair, not a character. */
export const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Whether a text holds no lone surrogate, so it is valid Unicode text. The
 * schemas' text check and the generated fast checker both call this one
 * function. Internal.
 */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}
