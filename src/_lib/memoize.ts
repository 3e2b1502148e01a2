/**
 * Remembers the answers of a function of one string, for at most `max`
 * keys of at most `maxKeyLength` characters: checks backed by Intl cost
 * about a microsecond, and bulk data repeats a handful of values. A longer
 * key is answered without being kept, so hostile input cannot fill memory
 * (1,000 keys of 1 MB would be 1 GB); callers refuse such values first.
 */
export function memoize<T>(
  fn: (key: string) => T,
  max: number,
  maxKeyLength: number,
): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (key.length > maxKeyLength) return fn(key);
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size < max) cache.set(key, value);
    return value;
  };
}
