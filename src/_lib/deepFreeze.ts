/**
 * Freezes a value and everything reachable from it, so that the shipped data
 * cannot be changed by a consumer (a write throws in strict mode).
 *
 * Internal: not re-exported.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
