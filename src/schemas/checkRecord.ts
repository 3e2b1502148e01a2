import { formatDayNumber, parseDayNumber } from '../_lib/dayNumber.js';
import type { ConsultationDates, ParticipantCount } from '../consultations/types.js';
import type { ConsultationShape } from './consultation.js';
import { eventDates } from './eventDates.generated.js';
import { at, type InvalidTree, isInvalid } from './invalidPaths.js';
import { formatPath } from './path.js';
import { USER_ASSIGNED_ALPHA3 } from './userAssignedAlpha3.js';

// The cross-field rules of a consultation record, kept free of zod (the
// schema's type is imported as a type only): the CLI and validateMany run
// them on every record that passes the generated field check, without
// loading zod.

type Shape = import('zod').output<typeof ConsultationShape>;

function hasTags(item: {
  thematicSessions?: unknown;
  gcmObjectives?: unknown;
  migof?: unknown;
  sdgTargets?: unknown;
}) {
  // No array built: it runs on every group and recommendation of a bulk file.
  const nonEmpty = (list: unknown) => Array.isArray(list) && list.length > 0;
  return (
    nonEmpty(item.thematicSessions) ||
    nonEmpty(item.gcmObjectives) ||
    nonEmpty(item.migof) ||
    nonEmpty(item.sdgTargets)
  );
}

/** Reports a cross-field problem at a path. */
export type AddIssue = (path: (string | number)[], message: string, input?: unknown) => void;

type TagList = 'thematicSessions' | 'gcmObjectives' | 'migof' | 'sdgTargets';

/**
 * Index of the first value of a list that repeats an earlier one, or -1.
 * Values that failed their own check (nodes of `bad`) are left out.
 */
function firstRepeat(list: readonly unknown[] | undefined, bad?: InvalidTree): number {
  if (list === undefined || list.length < 2) return -1;
  if (bad === undefined) {
    // A short list (nearly all of them) is compared pair by pair, which
    // builds no Set; SameValueZero, as a Set compares.
    if (list.length <= 16) {
      for (let i = 1; i < list.length; i++) {
        const a = list[i];
        for (let k = 0; k < i; k++) {
          const b = list[k];
          if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return i;
        }
      }
      return -1;
    }
    if (new Set(list).size === list.length) return -1;
  }
  const seen = new Set<unknown>();
  for (let i = 0; i < list.length; i++) {
    if (at(bad, i) !== undefined) continue;
    if (seen.has(list[i])) return i;
    seen.add(list[i]);
  }
  return -1;
}

// Paths that do not change from record to record, made once: a rule builds
// a path of its own only for a problem.
const TOP: readonly string[] = [];
const DATES: readonly string[] = ['dates'];
const PARTICIPANTS: readonly string[] = ['participants'];
const ORGANIZATIONS: readonly string[] = ['organizations'];
const SPEAKERS: readonly string[] = ['speakers'];
const PARTS: readonly string[] = ['parts'];
const COUNTRY: readonly string[] = ['country'];

/**
 * Cross-field rules; each problem is reported through `add` at the path it
 * concerns. Internal: the schema runs it through zod's superRefine, and
 * safeParseConsultation calls it directly after parsing the fields, which is
 * faster in bulk.
 *
 * On a record whose fields all passed their own checks, `bad` is undefined.
 * Otherwise `record` is the raw input and `bad` the tree of the paths that
 * failed: a rule runs only when every value it reads passed, so one bad
 * field does not hide the problems of the others, and no rule reports on a
 * value that already has an error.
 *
 * It runs on every record of a bulk file, so paths are built only when a
 * rule fails.
 */
export function checkRecord(record: Shape, add: AddIssue, bad?: InvalidTree): void {
  if (isInvalid(bad)) return;
  uniqueList(record.regions, 'regions', bad, add);
  uniqueList(record.stakeholders, 'stakeholders', bad, add);
  uniqueList(record.coveredCountries, 'coveredCountries', bad, add);
  const datesNode = at(bad, 'dates');
  if (!isInvalid(datesNode)) {
    checkDates(record.dates, DATES, add, datesNode);
    if (
      record.dates.basis === 'inferred' &&
      at(datesNode, 'basis') === undefined &&
      record.notes === undefined
    ) {
      add(['notes'], "is required when dates.basis is 'inferred': say how the dates were inferred");
    }
  }
  // A user-assigned code is allowed by a flag: no country rule without a good flag.
  const flagOk = at(bad, 'userAssignedCountryCode') === undefined;
  checkParts(record, add, bad, flagOk);
  if (flagOk && at(bad, 'country') === undefined)
    checkCountry(record.country, record.userAssignedCountryCode, COUNTRY, add);
  const covered = at(bad, 'coveredCountries');
  if (flagOk && !isInvalid(covered)) {
    const codes = record.coveredCountries ?? [];
    for (let i = 0; i < codes.length; i++)
      if (at(covered, i) === undefined)
        checkCountry(codes[i], record.userAssignedCountryCode, ['coveredCountries', i], add);
  }
  // An online meeting has no venue, so no venue's country (version 3).
  if (
    record.kind === 'national' &&
    at(bad, 'kind') === undefined &&
    record.country === undefined &&
    !(record.format === 'online' && at(bad, 'format') === undefined)
  ) {
    add(
      ['country'],
      "is required for a national consultation held in person or hybrid (the venue's country)",
    );
  }
  // Indexes into sources mean something only when sources is a good list.
  const sourceCount = isInvalid(at(bad, 'sources')) ? undefined : record.sources.length;
  const orgs = at(bad, 'organizations');
  if (!isInvalid(orgs)) {
    const organizations = record.organizations ?? [];
    for (let i = 0; i < organizations.length; i++) {
      const org = organizations[i] as (typeof organizations)[number];
      const node = at(orgs, i);
      if (isInvalid(node)) continue;
      const roles = at(node, 'roles');
      if (!isInvalid(roles)) {
        const j = firstRepeat(org.roles, roles);
        if (j >= 0)
          add(['organizations', i, 'roles', j], `repeats ${JSON.stringify(org.roles[j])}`);
      }
      checkSourceIndexes(org.sources, ORGANIZATIONS, i, 'sources', sourceCount, add, node);
    }
  }
  const speakers = at(bad, 'speakers');
  if (!isInvalid(speakers)) {
    const list = record.speakers ?? [];
    for (let i = 0; i < list.length; i++) {
      const speaker = list[i] as (typeof list)[number];
      const node = at(speakers, i);
      if (!isInvalid(node))
        checkSourceIndexes(speaker.sources, SPEAKERS, i, 'sources', sourceCount, add, node);
    }
  }
  checkSourceIndexes(record.venueSources, TOP, undefined, 'venueSources', sourceCount, add, bad);
  checkCounts(record.participants, PARTICIPANTS, sourceCount, add, at(bad, 'participants'));
  const eventOk = record.eventId !== undefined && at(bad, 'eventId') === undefined;
  if (eventOk && !isEventId(record.eventId as string)) {
    add(['eventId'], 'names no event of the gcm-kit timeline (see `events`)', record.eventId);
  }
  checkRelatedEvents(record, add, bad, eventOk);
  checkTags(record, add, bad);
}

/** No value of the record's list `key` repeats. */
function uniqueList(
  list: readonly unknown[] | undefined,
  key: 'regions' | 'stakeholders' | 'coveredCountries',
  bad: InvalidTree | undefined,
  add: AddIssue,
): void {
  if (list === undefined) return;
  const node = at(bad, key);
  if (isInvalid(node)) return;
  const i = firstRepeat(list, node);
  if (i >= 0) add([key, i], `repeats ${JSON.stringify(list[i])}`, list[i]);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A list of indexes into the record's `sources`, at `key` of the item `i`
 * of the list at `prefix` (or at `key` of `prefix` itself when `i` is
 * undefined), `parent` being that item's node: each names a source, none
 * repeats. `sourceCount` is undefined when the record's sources failed
 * their own check. The path is built only for a problem.
 */
function checkSourceIndexes(
  indexes: readonly number[] | undefined,
  prefix: readonly (string | number)[],
  i: number | undefined,
  key: string,
  sourceCount: number | undefined,
  add: AddIssue,
  parent: InvalidTree | undefined,
): void {
  if (indexes === undefined) return;
  const node = at(parent, key);
  if (isInvalid(node)) return;
  for (let j = 0; j < indexes.length; j++) {
    const index = indexes[j] as number;
    if (sourceCount !== undefined && index >= sourceCount && at(node, j) === undefined)
      add(
        [...pathOf(prefix, i, key), j],
        `names source ${index}, but the record has ${plural(sourceCount, 'source')} (indexes from 0)`,
        index,
      );
  }
  const j = firstRepeat(indexes, node);
  if (j >= 0) add([...pathOf(prefix, i, key), j], `repeats ${indexes[j]}`);
}

/** `prefix`, then `i` unless undefined, then `key`. */
function pathOf(
  prefix: readonly (string | number)[],
  i: number | undefined,
  key: string,
): (string | number)[] {
  return i === undefined ? [...prefix, key] : [...prefix, i, key];
}

/**
 * Participant counts: their source indexes, and a number unless the source
 * gives none, which is said with qualifier 'indefinite' and its words.
 */
function checkCounts(
  counts: readonly ParticipantCount[] | undefined,
  path: readonly (string | number)[],
  sourceCount: number | undefined,
  add: AddIssue,
  node: InvalidTree | undefined,
): void {
  if (counts === undefined || isInvalid(node)) return;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as ParticipantCount;
    const countNode = at(node, i);
    if (isInvalid(countNode)) continue;
    checkSourceIndexes(count.sources, path, i, 'sources', sourceCount, add, countNode);
    if (at(countNode, 'count') !== undefined || at(countNode, 'qualifier') !== undefined) continue;
    const indefinite = count.qualifier === 'indefinite';
    if (count.count === undefined && !indefinite) {
      add(
        [...path, i, 'count'],
        "is required, unless the source gives no number: then set qualifier 'indefinite' and asStated to the source's words",
      );
    } else if (count.count !== undefined && indefinite) {
      add(
        [...path, i, 'qualifier'],
        "'indefinite' is for a count the source gives without a number: drop count, or say exact, about, over or under",
        count.qualifier,
      );
    } else if (
      indefinite &&
      count.asStated === undefined &&
      at(countNode, 'asStated') === undefined
    ) {
      add(
        [...path, i, 'asStated'],
        "is required with qualifier 'indefinite': the source's own words, such as \"several dozen\"",
      );
    }
  }
}

/** relatedEventIds: known events, no repeats, not the record's own eventId. */
function checkRelatedEvents(
  record: Shape,
  add: AddIssue,
  bad: InvalidTree | undefined,
  eventOk: boolean,
): void {
  const related = record.relatedEventIds;
  const node = at(bad, 'relatedEventIds');
  if (related === undefined || isInvalid(node)) return;
  for (let i = 0; i < related.length; i++) {
    const id = related[i] as string;
    if (at(node, i) !== undefined) continue;
    if (!isEventId(id))
      add(['relatedEventIds', i], 'names no event of the gcm-kit timeline (see `events`)', id);
    else if (eventOk && id === record.eventId)
      add(
        ['relatedEventIds', i],
        `repeats eventId (${id}): eventId is the event the meeting is, relatedEventIds the others it fed or belonged to`,
        id,
      );
  }
  const j = firstRepeat(related, node);
  if (j >= 0) add(['relatedEventIds', j], `repeats ${JSON.stringify(related[j])}`, related[j]);
}

// Made on the first record that names an event, not at load (issue 16).
let eventIds: ReadonlySet<string> | undefined;
function isEventId(id: string): boolean {
  if (eventIds === undefined) eventIds = new Set<string>(eventDates.map((e) => e.id));
  return eventIds.has(id);
}

/** End not before start, and a month or year precision that spans whole months or years. */
function checkDates(
  dates: ConsultationDates,
  path: readonly (string | number)[],
  add: AddIssue,
  bad?: InvalidTree,
): void {
  if (at(bad, 'start') !== undefined || at(bad, 'end') !== undefined) return;
  const start = parseDayNumber(dates.start);
  const end = parseDayNumber(dates.end);
  if (start === undefined || end === undefined) return;
  if (start > end) {
    add(
      [...path, 'end'],
      `must not be before ${formatPath([...path, 'start'])} (${dates.start})`,
      dates.end,
    );
    return;
  }
  if (
    (dates.precision === 'month' || dates.precision === 'year') &&
    at(bad, 'precision') === undefined
  ) {
    const unit = dates.precision;
    const first =
      unit === 'month' ? dates.start.slice(8) === '01' : dates.start.slice(5) === '01-01';
    const last =
      unit === 'month' ? formatDayNumber(end + 1).endsWith('-01') : dates.end.slice(5) === '12-31';
    if (!first)
      add(
        [...path, 'start'],
        `must be the first day of a ${unit} with precision '${unit}'`,
        dates.start,
      );
    if (!last)
      add(
        [...path, 'end'],
        `must be the last day of a ${unit} with precision '${unit}'`,
        dates.end,
      );
  }
}

/** Whether both ends of some dates passed their own checks. Internal. */
export const datesOk = (node: InvalidTree | undefined) =>
  !isInvalid(node) && at(node, 'start') === undefined && at(node, 'end') === undefined;

/** Parts: unique ids, their own dates, and inside the record's dates. */
function checkParts(
  record: Shape,
  add: AddIssue,
  bad: InvalidTree | undefined,
  flagOk: boolean,
): void {
  const partsNode = at(bad, 'parts');
  if (isInvalid(partsNode)) return;
  const parts = record.parts;
  // Most records have no parts: nothing is made or parsed for them.
  if (parts === undefined || parts.length === 0) return;
  const sourceCount = isInvalid(at(bad, 'sources')) ? undefined : record.sources.length;
  const ids = new Set<string>();
  const recordDatesOk = datesOk(at(bad, 'dates'));
  const start = recordDatesOk ? parseDayNumber(record.dates.start) : undefined;
  const end = recordDatesOk ? parseDayNumber(record.dates.end) : undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as (typeof parts)[number];
    const node = at(partsNode, i);
    if (isInvalid(node)) continue;
    if (at(node, 'id') === undefined) {
      if (ids.has(part.id)) add(['parts', i, 'id'], `repeats the id ${part.id}`, part.id);
      ids.add(part.id);
    }
    const datesNode = at(node, 'dates');
    if (!isInvalid(datesNode)) checkDates(part.dates, ['parts', i, 'dates'], add, datesNode);
    if (flagOk && at(node, 'country') === undefined)
      checkCountry(part.country, record.userAssignedCountryCode, ['parts', i, 'country'], add);
    const stakeholdersNode = at(node, 'stakeholders');
    if (!isInvalid(stakeholdersNode)) {
      const j = firstRepeat(part.stakeholders, stakeholdersNode);
      if (j >= 0)
        add(
          ['parts', i, 'stakeholders', j],
          `repeats ${JSON.stringify(part.stakeholders?.[j])}`,
          part.stakeholders?.[j],
        );
    }
    checkSourceIndexes(part.venueSources, PARTS, i, 'venueSources', sourceCount, add, node);
    checkCounts(
      part.participants,
      ['parts', i, 'participants'],
      sourceCount,
      add,
      at(node, 'participants'),
    );
    if (!datesOk(datesNode)) continue;
    const partStart = parseDayNumber(part.dates.start);
    const partEnd = parseDayNumber(part.dates.end);
    if (
      start === undefined ||
      end === undefined ||
      partStart === undefined ||
      partEnd === undefined
    )
      continue;
    if (partStart < start || partEnd > end) {
      add(
        ['parts', i, 'dates'],
        `(${part.dates.start} to ${part.dates.end}) must lie within the record's dates (${record.dates.start} to ${record.dates.end})`,
      );
    }
  }
}

function checkCountry(
  code: string | undefined,
  userAssigned: boolean | undefined,
  path: readonly (string | number)[],
  add: AddIssue,
): void {
  if (typeof code === 'string' && USER_ASSIGNED_ALPHA3.test(code) && userAssigned !== true) {
    add(
      [...path],
      `${code} is a user-assigned code, not an assigned ISO 3166-1 code; set userAssignedCountryCode: true to use it`,
      code,
    );
  }
}

const GROUPS_PATH = ['thematicGroups'] as const;
const RECOMMENDATIONS_PATH = ['outcome', 'recommendations'] as const;

/** No tag list of a group or recommendation repeats a value. */
function checkTagRepeats(
  items: readonly {
    thematicSessions?: readonly unknown[] | undefined;
    gcmObjectives?: readonly unknown[] | undefined;
    migof?: readonly unknown[] | undefined;
    sdgTargets?: readonly unknown[] | undefined;
  }[],
  prefix: readonly string[],
  node: InvalidTree | undefined,
  add: AddIssue,
): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as (typeof items)[number];
    const itemNode = at(node, i);
    if (isInvalid(itemNode)) continue;
    // Each list read by its name: a loop over the names would make the
    // engine look each one up, on every group of every record of a file.
    tagRepeat(item.thematicSessions, 'thematicSessions', itemNode, prefix, i, add);
    tagRepeat(item.gcmObjectives, 'gcmObjectives', itemNode, prefix, i, add);
    tagRepeat(item.migof, 'migof', itemNode, prefix, i, add);
    tagRepeat(item.sdgTargets, 'sdgTargets', itemNode, prefix, i, add);
  }
}

/** A repeat in the tag list `key` of the item at `prefix`, `i`. */
function tagRepeat(
  list: readonly unknown[] | undefined,
  key: TagList,
  itemNode: InvalidTree | undefined,
  prefix: readonly string[],
  i: number,
  add: AddIssue,
): void {
  if (list === undefined) return;
  const listNode = at(itemNode, key);
  if (isInvalid(listNode)) return;
  const j = firstRepeat(list, listNode);
  if (j >= 0) add([...prefix, i, key, j], `repeats ${JSON.stringify(list[j])}`, list[j]);
}

/** Thematic groups and recommendations: unique ids, known groups, tagBasis with tags, no repeated tags. */
function checkTags(record: Shape, add: AddIssue, bad: InvalidTree | undefined): void {
  const groupsNode = at(bad, 'thematicGroups');
  const outcomeNode = at(bad, 'outcome');
  const recsNode = isInvalid(outcomeNode) ? outcomeNode : at(outcomeNode, 'recommendations');
  const groups = isInvalid(groupsNode) ? [] : (record.thematicGroups ?? []);
  const recommendations = isInvalid(recsNode) ? [] : (record.outcome?.recommendations ?? []);
  checkTagRepeats(groups, GROUPS_PATH, groupsNode, add);
  checkTagRepeats(recommendations, RECOMMENDATIONS_PATH, recsNode, add);
  // A recommendation's group can be checked only when every group id passed.
  let groupIdsOk = !isInvalid(groupsNode);
  // The ids that passed, each once, in order. A record has a few groups and
  // recommendations: their ids are compared in a list, without a Set each,
  // unless there are many.
  const groupIds: string[] = [];
  const groupIdSet = groups.length > 16 ? new Set<string>() : undefined;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as (typeof groups)[number];
    const node = at(groupsNode, i);
    if (isInvalid(node) || at(node, 'id') !== undefined) {
      groupIdsOk = false;
      continue;
    }
    if (seenBefore(groupIds, groupIdSet, group.id))
      add(['thematicGroups', i, 'id'], `repeats the id ${group.id}`, group.id);
    if (hasTags(group) && group.tagBasis === undefined && at(node, 'tagBasis') === undefined) {
      add(
        ['thematicGroups', i, 'tagBasis'],
        "is required with tags: 'source' if the source states them, 'editor' if added later",
      );
    }
  }
  // Only the ids that passed are kept: a repeat of a bad id is not a repeat.
  const recommendationIds: string[] = [];
  const recommendationIdSet = recommendations.length > 16 ? new Set<string>() : undefined;
  for (let i = 0; i < recommendations.length; i++) {
    const rec = recommendations[i] as (typeof recommendations)[number];
    const node = at(recsNode, i);
    if (isInvalid(node)) continue;
    if (at(node, 'id') === undefined && seenBefore(recommendationIds, recommendationIdSet, rec.id))
      add(['outcome', 'recommendations', i, 'id'], `repeats the id ${rec.id}`, rec.id);
    if (
      rec.thematicGroupId !== undefined &&
      groupIdsOk &&
      at(node, 'thematicGroupId') === undefined &&
      !hasId(groupIds, groupIdSet, rec.thematicGroupId)
    ) {
      const known = groupIds.join(', ') || 'none';
      add(
        ['outcome', 'recommendations', i, 'thematicGroupId'],
        `names no thematic group of this record (groups: ${known})`,
        rec.thematicGroupId,
      );
    }
    if (hasTags(rec) && rec.tagBasis === undefined && at(node, 'tagBasis') === undefined) {
      add(
        ['outcome', 'recommendations', i, 'tagBasis'],
        "is required with tags: 'source' if the source states them, 'editor' if added later",
      );
    }
  }
}

/** Whether `id` is in `list`, looked up in `set` when there is one (a long list). */
function hasId(list: readonly string[], set: ReadonlySet<string> | undefined, id: string): boolean {
  return set !== undefined ? set.has(id) : list.includes(id);
}

/**
 * Whether `id` was met before in `list` (and `set`, kept beside a long
 * list); if not, it is added to both.
 */
function seenBefore(list: string[], set: Set<string> | undefined, id: string): boolean {
  if (hasId(list, set, id)) return true;
  list.push(id);
  set?.add(id);
  return false;
}
