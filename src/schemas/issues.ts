import { iso31661Alpha2ToAlpha3 } from 'iso-3166';
import type * as z from 'zod';
import {
  consultationKinds,
  countryCodes,
  m49Codes,
  outcomeKinds,
  regionalCommissions,
  SDG_TARGET_CODE,
  stakeholderCategories,
  tagBases,
} from './codeLists.js';
import {
  ConsultationShape,
  ConsultationSourceSchema,
  OrganizationSchema,
  OutcomeSchema,
  RecommendationSchema,
  ThematicGroupSchema,
} from './consultation.js';

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

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_KEY_SHOWN = 40;

/**
 * Formats a path the way people write it: `outcome.recommendations[2].text`.
 * A key that is not a plain name is quoted, so `["dates.start"]` is not
 * `dates.start`, `[""]` is the empty key, and a key holding a line break or
 * an escape sequence is printed escaped; a long key is cut to a marked
 * excerpt.
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

/** Most issues given for one record; the rest are counted in one last issue. */
export const MAX_ISSUES = 100;

/** The issue that stands for the ones past {@link MAX_ISSUES}. */
export function moreIssues(
  count: number,
  severity: ValidationIssue['severity'] = 'error',
): ValidationIssue {
  return {
    path: '(record)',
    message: `and ${count} more ${severity === 'error' ? 'issue' : 'warning'}${count === 1 ? '' : 's'}, not listed`,
    severity,
    code: 'too_many_issues',
  };
}

// Suggestions are for typos: a value or key longer than this gets none, so
// the work per issue stays small whatever the input.
const MAX_SUGGESTED = 100;

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
function closest(value: string, list: readonly string[], maxDistance = 2): string | undefined {
  const normal = value
    .trim()
    .toLowerCase()
    .replace(/[\s_/]+/g, '-');
  const exact = list.find((item) => item.toLowerCase() === normal);
  if (exact !== undefined) return exact;
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

/** Every field name of a consultation record, read from the schemas, for "did you mean". */
let fieldNames: readonly string[] | undefined;
function knownFields(): readonly string[] {
  fieldNames ??= [
    ...new Set(
      [
        ConsultationShape,
        ConsultationShape.shape.dates,
        OrganizationSchema,
        ThematicGroupSchema,
        RecommendationSchema,
        OutcomeSchema,
        ConsultationSourceSchema,
      ].flatMap((schema) => Object.keys(schema.shape)),
    ),
  ];
  return fieldNames;
}

let zoneNames: readonly string[] | undefined;

/** A likely fix for a bad value, judged by the field it is in. */
function suggest(field: string | undefined, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_SUGGESTED) return undefined;
  const trimmed = value.trim();
  switch (field) {
    case 'country': {
      const upper = trimmed.toUpperCase();
      if (countryCodes.includes(upper)) return upper;
      if (upper.length === 2) return (iso31661Alpha2ToAlpha3 as Record<string, string>)[upper];
      return closest(upper, countryCodes, 1);
    }
    case 'sdgTargets': {
      const code = trimmed.replace(',', '.').toLowerCase();
      return SDG_TARGET_CODE.test(code) && code !== value ? code : undefined;
    }
    case 'gcmObjectives':
    case 'thematicSessions':
      return /^\d{1,2}$/.test(trimmed) ? String(Number(trimmed)) : undefined;
    case 'regions': {
      const upper = trimmed.toUpperCase();
      if ((regionalCommissions as readonly string[]).includes(upper)) return upper;
      const padded = trimmed.padStart(3, '0');
      return m49Codes.includes(padded) ? padded : undefined;
    }
    case 'timeZone': {
      zoneNames ??= Intl.supportedValuesOf('timeZone');
      const lower = trimmed.toLowerCase().replace(/ /g, '_');
      return (
        zoneNames.find((z) => z.toLowerCase() === lower) ??
        (lower === 'europe/geneva' ? 'Europe/Zurich' : undefined)
      );
    }
    case 'language':
      try {
        const [canonical] = Intl.getCanonicalLocales(trimmed.replace(/_/g, '-'));
        return canonical !== value ? canonical : undefined;
      } catch {
        return undefined;
      }
    case 'start':
    case 'end':
    case 'publishedOn': {
      const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
      if (ymd) return `${ymd[1]}-${ymd[2]?.padStart(2, '0')}-${ymd[3]?.padStart(2, '0')}`;
      const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(trimmed);
      if (dmy) return `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
      return undefined;
    }
    case 'migof':
      return closest(trimmed.replace(/\s+/g, '-'), [
        'principle-1',
        'principle-2',
        'principle-3',
        'objective-1',
        'objective-2',
        'objective-3',
      ]);
    case 'category':
    case 'stakeholders':
      return closest(trimmed, stakeholderCategories, 3);
    case 'kind':
      return closest(trimmed, [...consultationKinds, ...outcomeKinds], 3);
    case 'tagBasis':
      return closest(trimmed, tagBases, 2);
    default:
      return undefined;
  }
}

/** The value at a path of the raw input, or undefined when it is not there. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
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

/** Converts zod's issues into gcm-kit's, with paths people read and suggestions. */
export function toValidationIssues(error: z.ZodError, input: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  let more = 0;
  const add = (issue: ValidationIssue) => {
    // zod may fail one value twice (1e21 is neither a safe integer nor <= 23).
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(issue);
  };
  for (const issue of error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const [i, key] of issue.keys.entries()) {
        if (out.length >= MAX_ISSUES) {
          more += issue.keys.length - i;
          break;
        }
        const reserved = key === '__proto__' || key === 'constructor' || key === 'prototype';
        const suggestion =
          reserved || key.length > MAX_SUGGESTED ? undefined : closest(key, knownFields(), 3);
        add({
          path: formatPath([...path, key]),
          message: reserved ? 'is a reserved name and not allowed' : 'is not a known field',
          severity: 'error',
          code: 'unrecognized_key',
          ...(suggestion !== undefined && suggestion !== key ? { suggestion } : {}),
        });
      }
      continue;
    }
    if (out.length >= MAX_ISSUES) {
      more++;
      continue;
    }
    const field = [...path].reverse().find((k): k is string => typeof k === 'string');
    const value = valueAt(input, path);
    let message = issue.message;
    if (value === undefined && issue.code === 'invalid_type') message = 'is required';
    else if (
      (issue.code === 'too_big' || issue.code === 'too_small') &&
      field !== undefined &&
      field in RANGE_NOTES &&
      typeof value === 'number'
    ) {
      message = `${value} is out of range: ${RANGE_NOTES[field]}`;
    }
    const suggested = suggest(field, value);
    const suggestion = suggested === value ? undefined : suggested;
    add({
      path: formatPath(path) || '(record)',
      message,
      severity: 'error',
      code: issue.code,
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  }
  if (more > 0) out.push(moreIssues(more));
  return out;
}
