const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_KEY_SHOWN = 40;

/**
 * Formats a path the way people write it: `outcome.recommendations[2].text`.
 * A key that is not a plain name is quoted, so `["dates.start"]` is not
 * `dates.start`, `[""]` is the empty key, and a key holding a line break or
 * an escape sequence is printed escaped; a long key is cut to a marked
 * excerpt. Internal.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key) && key.length <= MAX_KEY_SHOWN)
      out += out === '' ? key : `.${key}`;
    else {
      const name = String(key);
      const shown =
        name.length > MAX_KEY_SHOWN
          ? `${name.slice(0, MAX_KEY_SHOWN)}… (${name.length} characters)`
          : name;
      out += `[${JSON.stringify(shown)}]`;
    }
  }
  return out;
}
