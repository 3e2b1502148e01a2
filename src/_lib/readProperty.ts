import { reasonOf } from './reasonOf.js';

/**
 * Reads `object[key]` for a public function, so that a getter or a Proxy
 * trap that throws becomes a TypeError that says what was being read, with
 * the caller's error as its `cause`, instead of escaping unexplained.
 */
export function readProperty(object: object, key: string, where: string, holder: string): unknown {
  try {
    return (object as Record<string, unknown>)[key];
  } catch (error) {
    throw new TypeError(`${where}: reading ${holder}.${key} threw: ${reasonOf(error)}`, {
      cause: error,
    });
  }
}
