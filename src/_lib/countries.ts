import { iso31661, iso31661Alpha2ToAlpha3 } from 'iso-3166';

// Country names and codes to alpha-3, and the fuzzy matching behind the
// suggestions, from the bundled ISO 3166-1 list: zod-free, so that the validator's suggestions
// (src/schemas/issues.ts) and the CLI's --country share one copy. Internal.

/** Values longer than this get no edit-distance search: the work per issue stays bounded. */
export const MAX_FUZZY = 64;

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** The closest entry of a list, if it is close enough to be a likely typo. */
export function closest(
  value: string,
  list: readonly string[],
  maxDistance = 2,
): string | undefined {
  const normal = value
    .trim()
    .toLowerCase()
    .replace(/organisation/g, 'organization')
    .replace(/[\s_/]+/g, '-');
  const exact = list.find((item) => item.toLowerCase() === normal);
  if (exact !== undefined || normal.length > MAX_FUZZY) return exact;
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const item of list) {
    const d = editDistance(normal, item.toLowerCase());
    if (d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** Lowercase letters and digits only, accents dropped: `"Côte d'Ivoire"` → `'cotedivoire'`. */
export function toKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A lookup by {@link toKey}, built once on first use. */
export function keyedLookup(
  build: () => Iterable<readonly [string, string]>,
): (text: string) => string | undefined {
  let map: Map<string, string> | undefined;
  return (text) => {
    if (map === undefined) {
      map = new Map();
      for (const [name, value] of build()) {
        const key = toKey(name);
        if (key !== '' && !map.has(key)) map.set(key, value);
      }
    }
    return map.get(toKey(text));
  };
}

/** The alpha-3 codes, sorted (as `countryCodes` of gcm-kit/schemas), and as a set. */
const alpha3List: readonly string[] = iso31661.map((c) => c.alpha3).sort();
const alpha3Codes: ReadonlySet<string> = new Set(alpha3List);

/**
 * Short names in common use that the ISO 3166-1 list does not carry. The
 * list's own names come first; see docs/validation.md.
 */
const COUNTRY_ALIASES: readonly (readonly [string, string])[] = [
  ['Russia', 'RUS'],
  ['Turkey', 'TUR'],
  ['Syria', 'SYR'],
  ['Laos', 'LAO'],
  ['Brunei', 'BRN'],
  ['Vatican', 'VAT'],
  ['Czech Republic', 'CZE'],
  ['Ivory Coast', 'CIV'],
  ['Cape Verde', 'CPV'],
  ['Swaziland', 'SWZ'],
  ['Macedonia', 'MKD'],
  ['Burma', 'MMR'],
  ['South Korea', 'KOR'],
  ['North Korea', 'PRK'],
  ['DR Congo', 'COD'],
  ['DRC', 'COD'],
  ['UK', 'GBR'],
  ['Great Britain', 'GBR'],
  ['United States', 'USA'],
  ['USA', 'USA'],
  ['US', 'USA'],
];

/**
 * Country names from the bundled ISO 3166-1 list (`iso-3166`): each name as
 * listed, an inverted name the other way round ("Moldova, Republic of" →
 * "Republic of Moldova") and its short form ("Moldova"), a name without its
 * bracket ("Falkland Islands"), unless two countries share the short form.
 */
function* countryNames(): Generator<readonly [string, string]> {
  const derived = new Map<string, string | null>();
  const addDerived = (name: string, code: string) => {
    const key = toKey(name);
    derived.set(key, derived.has(key) && derived.get(key) !== code ? null : code);
  };
  for (const c of iso31661) {
    yield [c.name, c.alpha3];
    const comma = /^(.+?), (.+)$/.exec(c.name);
    if (comma) {
      addDerived(`${comma[2]} ${comma[1]}`, c.alpha3);
      addDerived(comma[1] as string, c.alpha3);
    }
    const bracket = /^(.+?) \(.+\)$/.exec(c.name);
    if (bracket) addDerived(bracket[1] as string, c.alpha3);
  }
  for (const [key, code] of derived) if (code !== null) yield [key, code];
  yield* COUNTRY_ALIASES;
}
export const countryByName = keyedLookup(countryNames);

/**
 * The alpha-3 code a text means for certain: a code in any case, an alpha-2
 * code, or a name of the list or a common short name; undefined otherwise.
 */
export function findCountryCode(text: string): string | undefined {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (alpha3Codes.has(upper)) return upper;
  if (upper.length === 2)
    return (iso31661Alpha2ToAlpha3 as Record<string, string | undefined>)[upper];
  return countryByName(trimmed);
}

/** The alpha-3 code a text most likely means: {@link findCountryCode}, else a close spelling. */
export function toCountryCode(text: string): string | undefined {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  const found = findCountryCode(trimmed);
  if (found !== undefined || upper.length === 2 || trimmed.length > MAX_FUZZY) return found;
  if (upper.length === 3) return closest(upper, alpha3List, 1);
  const key = toKey(trimmed);
  if (key.length < 5) return undefined;
  // One typo in a short name, two in a long one ("Azerbaijn"). Two countries
  // as close as each other ("Nigera": Niger and Nigeria, one edit each) give
  // no suggestion: guessing one would be a wrong answer half the time.
  let best: string | undefined;
  let tied = false;
  let bestDistance = key.length < 8 ? 2 : 3;
  for (const [name, code] of keyedNames()) {
    const d = editDistance(key, name);
    if (d < bestDistance) {
      best = code;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance && best !== undefined && code !== best) tied = true;
  }
  return tied ? undefined : best;
}

let namesByKey: readonly (readonly [key: string, alpha3: string])[] | undefined;

/** The list's names by {@link toKey}, with their codes: normalised once, on first use. */
function keyedNames(): readonly (readonly [key: string, alpha3: string])[] {
  namesByKey ??= iso31661.map((c) => [toKey(c.name), c.alpha3] as const);
  return namesByKey;
}
