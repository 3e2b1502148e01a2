/**
 * Remembers the answers of a function of one string, up to `max` of them:
 * checks backed by Intl cost about a microsecond, and bulk data repeats a
 * handful of values.
 */
export function memoize<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size < max) cache.set(key, value);
    return value;
  };
}
