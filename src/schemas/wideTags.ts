import { SDG_TARGET_CODE } from './codeLists.js';
import { migofIds as migofIdList } from './consultation.js';
import { MAX_ISSUES, type ValidationIssue } from './issues.js';
import { messages } from './messages.js';
import { formatPath } from './path.js';

// zod makes one issue for every bad element of a list before gcm-kit's cap of
// 100 issues applies. The tag lists are the only lists that can be wide by
// design (2,000 recommendations × 204 tags), so a record whose tag lists
// hold more bad values than the cap is checked here first: the first bad
// values become issues, the rest are counted, and zod sees the lists with
// their bad values left out. Internal.

const migofIds: ReadonlySet<unknown> = new Set(migofIdList);
const isInt = (v: unknown, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max;

/** Each tag list with its check and zod's message for a bad value. */
const TAG_CHECKS: Readonly<Record<string, readonly [(v: unknown) => boolean, string]>> = {
  thematicSessions: [(v) => isInt(v, 6), 'must be a thematic session number from 1 to 6'],
  gcmObjectives: [(v) => isInt(v, 23), 'must be a GCM objective number from 1 to 23'],
  migof: [(v) => migofIds.has(v), 'must be a MiGOF id such as principle-1 or objective-3'],
  sdgTargets: [
    (v) => typeof v === 'string' && v.length <= 6 && SDG_TARGET_CODE.test(v),
    messages.sdgTarget,
  ],
};

const own = (value: unknown, key: string): unknown => {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
};

/** The items that carry tags: thematic groups and recommendations, with their paths. */
function* tagged(input: unknown): Generator<readonly [unknown, (string | number)[]]> {
  const groups = own(input, 'thematicGroups');
  if (Array.isArray(groups))
    for (const [i, g] of groups.entries()) yield [g, ['thematicGroups', i]];
  const recommendations = own(own(input, 'outcome'), 'recommendations');
  if (Array.isArray(recommendations))
    for (const [i, r] of recommendations.entries()) yield [r, ['outcome', 'recommendations', i]];
}

const TAG_KEYS = Object.keys(TAG_CHECKS);

/** How many values the tag lists of a record hold, bad or good. */
function tagCount(input: unknown): number {
  let count = 0;
  const add = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const item of items)
      for (const key of TAG_KEYS) {
        const list = own(item, key);
        if (Array.isArray(list)) count += list.length;
      }
  };
  add(own(input, 'thematicGroups'));
  add(own(own(input, 'outcome'), 'recommendations'));
  return count;
}

/**
 * For a record with more bad tag values than the cap: the issues for the
 * first ones, how many more there are, and the record with every bad tag
 * value left out, for the other checks. Undefined otherwise (the usual case:
 * one cheap pass over the tags).
 */
export function wideTagIssues(
  input: unknown,
): { issues: ValidationIssue[]; more: number; rest: unknown } | undefined {
  // Most records hold at most 100 tag values, so at most 100 bad ones: zod
  // reports those within the cap, and the values need no check here.
  if (tagCount(input) <= MAX_ISSUES) return undefined;
  let bad = 0;
  for (const [item] of tagged(input))
    for (const [key, [ok]] of Object.entries(TAG_CHECKS)) {
      const list = own(item, key);
      if (Array.isArray(list)) for (const v of list) if (!ok(v)) bad++;
    }
  if (bad <= MAX_ISSUES) return undefined;
  const issues: ValidationIssue[] = [];
  const strip = (item: unknown, path: (string | number)[]) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
    for (const [key, [ok, message]] of Object.entries(TAG_CHECKS)) {
      const list = own(item, key);
      if (!Array.isArray(list)) continue;
      copy[key] = list.filter((v, j) => {
        if (ok(v)) return true;
        if (issues.length < MAX_ISSUES)
          issues.push({
            path: formatPath([...path, key, j]),
            message,
            severity: 'error',
            code: 'invalid_tag',
          });
        return false;
      });
    }
    return copy;
  };
  const rest: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  const groups = own(input, 'thematicGroups');
  if (Array.isArray(groups))
    rest.thematicGroups = groups.map((g, i) => strip(g, ['thematicGroups', i]));
  const outcome = own(input, 'outcome');
  const recommendations = own(outcome, 'recommendations');
  if (Array.isArray(recommendations))
    rest.outcome = {
      ...(outcome as Record<string, unknown>),
      recommendations: recommendations.map((r, i) => strip(r, ['outcome', 'recommendations', i])),
    };
  return { issues, more: bad - issues.length, rest };
}
