// Everything gcm-kit prints from its input goes through here, so a file
// name, a key or a value cannot start a new line that looks like a
// diagnostic, nor send escape sequences to the terminal.

// C0 and C1 controls (line breaks, ESC, CSI), DEL, the Unicode line and
// paragraph separators, and the bidirectional overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same, less the C0 controls, which JSON.stringify already escapes.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text from the input, safe to print on one line: `a\u000ab` for a line break. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/** JSON text with every control and direction character escaped; still valid JSON. */
export function printableJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSAFE_IN_JSON, escaped);
}
