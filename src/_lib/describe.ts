/**
 * A short description of a value for an error message: `"2017-5-16"`,
 * `number 42`, `a Date`. A long string is cut to a marked excerpt,
 * `"Mars/Olympus/xxxxxxxxxxxxxxxxxxxxxxxxxxx…" (1,000,012 characters)`, so a
 * message never echoes a whole hostile input; JSON quoting escapes line
 * breaks and control characters.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isDate(value)) return 'a Date';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    if (value.length <= 40) return JSON.stringify(value);
    return `${JSON.stringify(`${value.slice(0, 40)}…`)} (${value.length.toLocaleString('en')} characters)`;
  }
  if (typeof value === 'symbol') return 'a symbol';
  return typeof value === 'object' || typeof value === 'function'
    ? `${typeof value === 'function' ? 'a function' : 'an object'}`
    : `${typeof value} ${String(value)}`;
}

const getTime = Date.prototype.getTime;

/**
 * Whether a value is a Date by its brand, as `Object.prototype.toString`
 * cannot be fooled into and `instanceof` misses: a Date from another realm
 * (`vm`, an iframe) is one; an object that merely inherits from
 * `Date.prototype` is not.
 */
export function isDate(value: unknown): value is Date {
  if (value === null || typeof value !== 'object') return false;
  try {
    getTime.call(value);
    return true;
  } catch {
    return false;
  }
}

/** The time value of a Date, read by the built-in method, not an override. */
export function timeOf(date: Date): number {
  return getTime.call(date);
}
