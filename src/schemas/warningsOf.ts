import { formatDayNumber, parseDayNumber } from '../_lib/dayNumber.js';
import { datesOk } from './checkRecord.js';
import type { Consultation } from './consultation.js';
import { type EventDates, eventDates } from './eventDates.generated.js';
import { at, type InvalidTree, isInvalid } from './invalidPaths.js';
import type { ValidationIssue } from './issues.js';
import { formatPath } from './path.js';

// The warnings about a consultation record, free of zod: the fast path of
// validateMany runs them on every record whose fields and rules passed.

const dayOf = (id: string): string => {
  const event = eventDates.find((e) => e.id === id);
  if (event === undefined) throw new Error(`gcm-kit: no event ${id}`);
  return event.start;
};
// Days from which each code list existed, from the events' dates: read on the
// first record with a tag marked as stated by its source, not at load (issue 16).
let codeListDays:
  | { themesAgreed: string; objectivesDrafted: string; objective23Drafted: string }
  | undefined;
function getCodeListDays() {
  if (codeListDays === undefined)
    codeListDays = {
      themesAgreed: dayOf('modalities-agreed'),
      objectivesDrafted: dayOf('zero-draft'),
      objective23Drafted: dayOf('draft-rev-2'),
    };
  return codeListDays;
}

interface Tagged {
  readonly thematicSessions?: readonly number[] | undefined;
  readonly gcmObjectives?: readonly number[] | undefined;
  readonly tagBasis?: 'source' | 'editor' | undefined;
}

/** Whether a group or recommendation marks its tags as stated by its source (null: it failed its own check). */
const bySource = (item: Tagged | null) => item?.tagBasis === 'source';

/** Warnings for tags that a source of that date could not have used. */
export const NONE: readonly ValidationIssue[] = Object.freeze([]);

function tagWarnings(
  record: Consultation,
  bad: InvalidTree | undefined,
): readonly ValidationIssue[] {
  // Most records have no tag marked as stated by the source: nothing to allocate.
  // A group that is not an object (null) failed its own check: no tags to read.
  const datesNode = at(bad, 'dates');
  if (isInvalid(datesNode) || at(datesNode, 'end') !== undefined) return NONE;
  const groupsNode = at(bad, 'thematicGroups');
  const outcomeNode = at(bad, 'outcome');
  const recsNode = isInvalid(outcomeNode) ? outcomeNode : at(outcomeNode, 'recommendations');
  const groups = isInvalid(groupsNode) ? [] : (record.thematicGroups ?? []);
  const recommendations = isInvalid(recsNode) ? [] : (record.outcome?.recommendations ?? []);
  if (!groups.some(bySource) && !recommendations.some(bySource)) return NONE;
  const { themesAgreed, objectivesDrafted, objective23Drafted } = getCodeListDays();
  const out: ValidationIssue[] = [];
  const end = record.dates.end;
  const check = (item: Tagged | null, path: (string | number)[], node: InvalidTree | undefined) => {
    // Only on tags that passed their own checks, marked by a good tagBasis.
    if (item?.tagBasis !== 'source' || isInvalid(node) || at(node, 'tagBasis') !== undefined)
      return;
    const objectivesOk = at(node, 'gcmObjectives') === undefined;
    const sessionsOk = at(node, 'thematicSessions') === undefined;
    const warn = (field: string, message: string) =>
      out.push({
        path: formatPath([...path, field]),
        message,
        severity: 'warning',
        code: 'anachronistic_tag',
        suggestion: "set tagBasis to 'editor'",
      });
    if (!objectivesOk) {
      // said as an error already
    } else if ((item.gcmObjectives?.length ?? 0) > 0 && end < objectivesDrafted) {
      warn(
        'gcmObjectives',
        `are marked as stated by the source, but the GCM objectives were first drafted on ${objectivesDrafted}, after this record (${end})`,
      );
    } else if (item.gcmObjectives?.includes(23) && end < objective23Drafted) {
      warn(
        'gcmObjectives',
        `objective 23 is marked as stated by the source, but it was added in draft Rev 2 on ${objective23Drafted}, after this record (${end})`,
      );
    }
    if (sessionsOk && (item.thematicSessions?.length ?? 0) > 0 && end < themesAgreed) {
      warn(
        'thematicSessions',
        `are marked as stated by the source, but the six themes were agreed on ${themesAgreed}, after this record (${end})`,
      );
    }
  };
  for (const [i, group] of groups.entries()) check(group, ['thematicGroups', i], at(groupsNode, i));
  for (const [i, rec] of recommendations.entries()) {
    check(rec, ['outcome', 'recommendations', i], at(recsNode, i));
  }
  return out;
}

/** The earliest plausible day of a GCM consultation record: 2016-01-01. */
const EARLIEST = parseDayNumber('2016-01-01') as number;
const MS_PER_DAY = 86_400_000;

/** Warnings about the record as a whole: a long range without parts, implausible dates. */
function recordWarnings(
  record: Consultation,
  bad: InvalidTree | undefined,
): readonly ValidationIssue[] {
  const datesNode = at(bad, 'dates');
  if (isInvalid(datesNode)) return NONE;
  const startOk = at(datesNode, 'start') === undefined;
  const endOk = at(datesNode, 'end') === undefined;
  const start = startOk ? (parseDayNumber(record.dates.start) as number) : Number.NaN;
  const end = endOk ? (parseDayNumber(record.dates.end) as number) : Number.NaN;
  // Nearly every record has none of these: the array is made for the first.
  let out: ValidationIssue[] | undefined;
  const precision = record.dates.precision ?? 'day';
  // An end before the start is an error already; no warning about its span.
  if (
    record.parts === undefined &&
    precision === 'day' &&
    at(datesNode, 'precision') === undefined &&
    end - start + 1 > 31
  ) {
    out ??= [];
    out.push({
      path: 'dates',
      message: `span ${end - start + 1} days; a meeting held in separate parts is better written with parts`,
      severity: 'warning',
      code: 'long_range',
      suggestion: 'add parts: [{ id, dates, city, country, timeZone }] for each part',
    });
  }
  if (start < EARLIEST) {
    out ??= [];
    out.push({
      path: 'dates.start',
      message: `${record.dates.start} is before 2016-01-01, earlier than any consultation on the GCM`,
      severity: 'warning',
      code: 'implausible_date',
    });
  }
  // "Today" is the UTC day: a one-year margin makes the zone irrelevant.
  const latest = Math.floor(Date.now() / MS_PER_DAY) + 366;
  if (end > latest) {
    out ??= [];
    out.push({
      path: 'dates.end',
      message: `${record.dates.end} is more than a year after today (${formatDayNumber(latest - 366)})`,
      severity: 'warning',
      code: 'implausible_date',
    });
  }
  return out ?? NONE;
}

// Made on the first record with an eventId, not at load (issue 16).
let eventsById: ReadonlyMap<string, EventDates> | undefined;
function eventById(id: string): EventDates | undefined {
  if (eventsById === undefined) eventsById = new Map(eventDates.map((e) => [e.id, e]));
  return eventsById.get(id);
}

/** A warning when the event the record says it is was held on other days than the record. */
function eventWarnings(
  record: Consultation,
  bad: InvalidTree | undefined,
): readonly ValidationIssue[] {
  const event = record.eventId === undefined ? undefined : eventById(record.eventId);
  if (event === undefined || at(bad, 'eventId') !== undefined || !datesOk(at(bad, 'dates')))
    return NONE;
  // Both are calendar dates, zero-padded: they compare as strings.
  if (event.start <= record.dates.end && record.dates.start <= event.end) return NONE;
  return [
    {
      path: 'eventId',
      message: `names ${event.id}, held ${event.start === event.end ? `on ${event.start}` : `from ${event.start} to ${event.end}`}, which does not overlap the record's dates (${record.dates.start} to ${record.dates.end}): check the dates, or move it to relatedEventIds if the meeting only fed that event`,
      severity: 'warning',
      code: 'event_dates',
    },
  ];
}

/**
 * A warning for each string that holds U+FFFD, the replacement character:
 * what a decoder writes for bytes that are not UTF-8 (`FF FE C3`), so the
 * text is no longer what its source says. Walks the record with a stack, not
 * recursion; paths as formatPath writes them.
 */
function replacementWarnings(
  record: Consultation,
  text: string | undefined,
): readonly ValidationIssue[] {
  // Nearly every record holds none: its text, when known, says so at once;
  // else find it out without building paths.
  if (text !== undefined ? !textMayHoldReplacement(text) : !holdsReplacement(record)) return NONE;
  const out: ValidationIssue[] = [];
  const stack: [unknown, PropertyKey[]][] = [[record, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, PropertyKey[]];
    if (typeof value === 'string') {
      const at = value.indexOf('\uFFFD');
      if (at !== -1)
        out.push({
          path: formatPath(path),
          message: `holds U+FFFD, the replacement character (at character ${at + 1}), which a decoder writes for bytes that are not UTF-8: check the file's encoding and the text against its source`,
          severity: 'warning',
          code: 'replacement_character',
        });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i]]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push([child, [...path, key]]);
      }
    }
  }
  return out;
}

/**
 * Whether the value parsed from a JSON text may hold U+FFFD: only if the
 * text holds the character itself or its escape (`\\uFFFD`, any case). A
 * one-byte string cannot hold it, so the first search is free for most
 * records.
 */
function textMayHoldReplacement(text: string): boolean {
  // A search for one character is quicker than for two: most texts have no backslash.
  return text.includes('\uFFFD') || (text.includes('\\') && /\\u[Ff]{3}[Dd]/.test(text));
}

/** Whether any string in a value holds U+FFFD; a stack of values, no paths. */
function holdsReplacement(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.includes('\uFFFD')) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) stack.push(child);
    }
  }
  return false;
}

/**
 * The warnings about a record: on the raw input with `bad` the tree of the
 * paths that failed, or on a record whose fields all passed (`bad`
 * undefined). `text`, when given, is the JSON text the record was parsed
 * from, which spares the search for U+FFFD in most records. Internal.
 */
export function warningsOf(
  record: Consultation,
  bad: InvalidTree | undefined,
  text?: string,
): readonly ValidationIssue[] {
  // Nearly every record has no warning: no array is built for it.
  const a = recordWarnings(record, bad);
  const b = eventWarnings(record, bad);
  const c = tagWarnings(record, bad);
  const d = replacementWarnings(record, text);
  if (a.length + b.length + c.length + d.length === 0) return NONE;
  return [...a, ...b, ...c, ...d];
}
