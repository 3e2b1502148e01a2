import { isWellFormedText } from '../_lib/isWellFormedText.js';

/**
 * First components of a symbol that mark a document of the UN's official
 * document system: the General Assembly, the Security Council, the Economic
 * and Social Council and the Secretariat, as the Dag Hammarskjöld Library's
 * guide lists them (https://research.un.org/en/docs/symbols). Press releases
 * (`GA/…`, `DEV/…`) and IOM Council documents (`C/…`) are not in it.
 */
const UN_DOCUMENT_SERIES: ReadonlySet<string> = new Set(['A', 'S', 'E', 'ST']);

const NOT_A_PART: ReadonlySet<string> = new Set(['', '.', '..']);

/**
 * Gives the address of a UN document in the UN's official document system,
 * from its symbol: `https://undocs.org/` followed by the symbol, as the
 * Vanderbilt University Libraries' guide gives it and the UN's Ask DAG FAQ
 * 14438 describes it ("adding the document symbol to" a base address).
 *
 * Only symbols of the General Assembly (`A/`), the Security Council (`S/`), the
 * Economic and Social Council (`E/`) and the Secretariat (`ST/`) get one;
 * press-release symbols such as `GA/11902` and IOM's `C/106/54/Rev.1` do not.
 * The symbol's slashes are kept; any other character that is not safe in a
 * path segment is percent-encoded.
 *
 * @param symbol - A document symbol as printed on the document (example: `'A/RES/73/195'`).
 * @returns The address, or `undefined` when the symbol is not a UN
 *   document-system symbol: not a string, another series, an empty part, a
 *   part that is `.` or `..`, or a lone surrogate. Never throws.
 *
 * @example
 * ```ts
 * import { toOfficialUrl } from 'gcm-kit';
 * toOfficialUrl('A/RES/73/195');
 * // => 'https://undocs.org/A/RES/73/195'
 * toOfficialUrl('GA/11902');
 * // => undefined (a press release)
 * ```
 */
export function toOfficialUrl(symbol: string): string | undefined {
  if (typeof symbol !== 'string') return undefined;
  // A lone surrogate cannot be percent-encoded (encodeURIComponent throws).
  if (!isWellFormedText(symbol)) return undefined;
  const parts = symbol.trim().split('/');
  // No part is empty, and none is a dot segment, which a URL resolves to
  // another path (`A/../evil` to `/evil`); no UN symbol has either.
  if (parts.length < 2 || parts.some((part) => NOT_A_PART.has(part.trim()))) return undefined;
  if (!UN_DOCUMENT_SERIES.has(parts[0] as string)) return undefined;
  return `https://undocs.org/${parts.map((part) => encodeURIComponent(part)).join('/')}`;
}
