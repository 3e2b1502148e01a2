import { formatDayNumber, parseDayNumber } from '../_lib/dayNumber.js';
import { events } from '../data/events.js';
import type { Consultation } from './consultation.js';
import { at, type InvalidTree, isInvalid } from './invalidPaths.js';
import type { ValidationIssue } from './issues.js';
import { formatPath } from './path.js';

// The warnings about a consultation record, free of zod: the fast path of
// validateMany runs them on every record whose fields and rules passed.

const dayOf = (id: string): string => {
  const event = events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`gcm-kit: no event ${id}`);
  return event.start;
};
// Days from which each code list existed, from the events data.
const themesAgreed = dayOf('modalities-agreed');
const objectivesDrafted = dayOf('zero-draft');
const objective23Drafted = dayOf('draft-rev-2');

interface Tagged {
  readonly thematicSessions?: readonly number[] | undefined;
  readonly gcmObjectives?: readonly number[] | undefined;
  readonly tagBasis?: 'source' | 'editor' | undefined;
}

/** Warnings for tags that a source of that date could not have used. */
export const NONE: readonly ValidationIssue[] = Object.freeze([]);

function tagWarnings(
  record: Consultation,
  bad: InvalidTree | undefined,
): readonly ValidationIssue[] {
  // Most records have no tag marked as stated by the source: nothing to allocate.
  const bySource = (item: Tagged) => item.tagBasis === 'source';
  const datesNode = at(bad, 'dates');
  if (isInvalid(datesNode) || at(datesNode, 'end') !== undefined) return NONE;
  const groupsNode = at(bad, 'thematicGroups');
  const outcomeNode = at(bad, 'outcome');
  const recsNode = isInvalid(outcomeNode) ? outcomeNode : at(outcomeNode, 'recommendations');
  const groups = isInvalid(groupsNode) ? [] : (record.thematicGroups ?? []);
  const recommendations = isInvalid(recsNode) ? [] : (record.outcome?.recommendations ?? []);
  if (!groups.some(bySource) && !recommendations.some(bySource)) return NONE;
  const out: ValidationIssue[] = [];
  const end = record.dates.end;
  const check = (item: Tagged, path: (string | number)[], node: InvalidTree | undefined) => {
    // Only on tags that passed their own checks, marked by a good tagBasis.
    if (item.tagBasis !== 'source' || isInvalid(node) || at(node, 'tagBasis') !== undefined) return;
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
  const out: ValidationIssue[] = [];
  const precision = record.dates.precision ?? 'day';
  // An end before the start is an error already; no warning about its span.
  if (
    record.parts === undefined &&
    precision === 'day' &&
    at(datesNode, 'precision') === undefined &&
    end - start + 1 > 31
  ) {
    out.push({
      path: 'dates',
      message: `span ${end - start + 1} days; a meeting held in separate parts is better written with parts`,
      severity: 'warning',
      code: 'long_range',
      suggestion: 'add parts: [{ id, dates, city, country, timeZone }] for each part',
    });
  }
  if (start < EARLIEST) {
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
    out.push({
      path: 'dates.end',
      message: `${record.dates.end} is more than a year after today (${formatDayNumber(latest - 366)})`,
      severity: 'warning',
      code: 'implausible_date',
    });
  }
  return out;
}

/**
 * The warnings about a record: on the raw input with `bad` the tree of the
 * paths that failed, or on a record whose fields all passed (`bad`
 * undefined). Internal.
 */
export function warningsOf(record: Consultation, bad: InvalidTree | undefined): ValidationIssue[] {
  return [...recordWarnings(record, bad), ...tagWarnings(record, bad)];
}
