import { describe } from './describe.js';

/**
 * What a thrown value says, for an error message: its message (or the value
 * itself), quoted and cut as {@link describe} does, so a hostile message can
 * neither run on for megabytes nor break a line. Never throws, whatever was
 * thrown. Internal.
 */
export function reasonOf(error: unknown): string {
  let message: unknown;
  try {
    message = error instanceof Error ? error.message : error;
  } catch {
    message = undefined;
  }
  try {
    return typeof message === 'string' ? describe(message) : describe(error);
  } catch {
    return 'a value that cannot be printed was thrown';
  }
}
