import { parseDayNumber } from '../../_lib/dayNumber.js';
import { describe } from '../../_lib/describe.js';
import { isTimeZone } from '../../_lib/isTimeZone.js';
import { instantToDayNumber } from '../../_lib/toDayNumber.js';
import { events, type GcmEvent } from '../../data/events.js';
import { type Phase, phases } from '../../data/phases.js';
import { thematicSessions } from '../../data/thematicSessions.js';
import { getLabel } from '../../labels/getLabel.js';
import type { LabelLanguage } from '../../labels/labels.js';
import { phaseProgressOnDay } from '../../timeline/getPhaseProgress.js';
import type { ReviewCyclePosition } from '../../timeline/getReviewCycleOn.js';
import { timelinePositionOnDay } from '../../timeline/getTimelinePosition.js';
import { phaseIndex } from '../../timeline/timelineIndex.js';
import { UsageError } from '../errors.js';
import { consultationPlace, dateRange, days, longDate, place, weekdayOfDay } from '../format.js';
import type { Io } from '../io.js';
import { parseLang } from '../lang.js';
import { loadRecords, recordsHelp } from '../records.js';

export const whenHelp = `Usage: gcm-kit when <date|now> [--tz ZONE] [--lang LANG] [--records PATH]... [--json]

Where a day falls in the GCM process: the phase (and any overlapping phase),
in the follow-up the review cycle and its stage, the events under way that
day, the consultations of the register held that day, and the previous and
next events.

  <date>       an ISO calendar date, YYYY-MM-DD
  now          today; in --tz ZONE, or in the system's zone (said in the output)
  --tz ZONE    an IANA time zone, such as Europe/Minsk
  --lang LANG  ar, en, es, fr, ru or zh: names of phases and session themes in
               that language where a source gives them, otherwise in English
  --json       print JSON
${recordsHelp}

Examples: gcm-kit when 2026-11-27
          gcm-kit when 2024-08-20 --records my-records/`;

const eventJson = (e: GcmEvent) => ({
  id: e.id,
  kind: e.kind,
  title: e.title,
  start: e.start,
  end: e.end,
  ...(e.venue ? { city: e.venue.city, country: e.venue.country, timeZone: e.venue.timeZone } : {}),
});

/** Day N of M of a phase, from the day number parsed once. */
const progressOf = (phase: Phase, day: number) =>
  phaseProgressOnDay(day, phaseIndex().list.indexOf(phase));

function cycleJson(at: ReviewCyclePosition) {
  const { cycle, stage } = at;
  return {
    id: cycle.id,
    number: cycle.number,
    start: cycle.start,
    end: cycle.end,
    forumYear: cycle.forumYear,
    forumEventId: cycle.forumEventId ?? null,
    forumDatedByUn: cycle.forumDatedByUn,
    sourceIds: cycle.sourceIds,
    stage: {
      id: stage.id,
      name: stage.name,
      start: stage.start,
      end: stage.end,
      day: at.dayOfStage,
      sourceIds: stage.sourceIds,
    },
  };
}

function phaseJson(phase: Phase, day: number, lang: LabelLanguage) {
  const progress = progressOf(phase, day);
  return {
    id: phase.id,
    number: phase.number,
    name: getLabel(phase, lang).text,
    start: phase.start,
    end: phase.end,
    day: progress?.day,
    totalDays: progress?.totalDays,
  };
}

export async function when(
  args: readonly string[],
  options: {
    tz?: string | undefined;
    lang?: string | undefined;
    json?: boolean | undefined;
    records?: readonly string[] | undefined;
  },
  io: Io,
): Promise<number> {
  const lang = parseLang(options.lang, 'when');
  if (args.length !== 1)
    throw new UsageError(`when: expected one date (YYYY-MM-DD) or "now", got ${args.length}`);
  const input = args[0] as string;
  const tz = options.tz;
  if (tz !== undefined && !isTimeZone(tz))
    throw new UsageError(`when: unknown time zone ${describe(tz)}`);
  // The date is parsed into a day number once, here; everything below works on that number.
  let day: number | undefined;
  let zoneNote: string | undefined;
  if (input === 'now') {
    // Intl gives undefined or Etc/Unknown when TZ names no zone it knows.
    const zone = tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone === undefined || !isTimeZone(zone)) {
      throw new UsageError(
        "when: the machine's time zone is unknown (check TZ), so today is not known; name a zone with --tz, such as --tz Europe/Minsk",
      );
    }
    day = instantToDayNumber(io.now(), zone, 'when');
    zoneNote = tz === undefined ? `today in ${zone}, the system's time zone` : `today in ${zone}`;
  } else {
    day = parseDayNumber(input);
    if (day === undefined)
      throw new UsageError(`when: invalid date ${describe(input)} (expected YYYY-MM-DD or now)`);
    if (tz !== undefined)
      io.err(
        `gcm-kit when: note: --tz only says which day "now" is; ${input} is the same calendar day in every zone`,
      );
  }
  const { queries, leftOut } = await loadRecords(options.records, 'when', io);
  // With bad records, the good ones are still shown, and the status is 1.
  const status = leftOut > 0 ? 1 : 0;
  const at = timelinePositionOnDay(day);
  const held = queries.getConsultationsOn(at.date);
  const sessionTheme = (e: GcmEvent) => {
    const session = thematicSessions.find((s) => s.id === e.id);
    return session === undefined || lang === 'en' ? undefined : getLabel(session, lang);
  };
  let fellBack = 0;
  const titleOf = (e: GcmEvent) => {
    const label = sessionTheme(e);
    if (label === undefined) return e.title;
    if (label.fallback) {
      fellBack++;
      return e.title;
    }
    return `${e.title} (${label.text})`;
  };
  const phaseName = (p: Phase) => {
    const label = getLabel(p, lang);
    if (label.fallback) fellBack++;
    return label.text;
  };

  if (options.json) {
    io.out(
      JSON.stringify(
        {
          date: at.date,
          ...(zoneNote ? { timeZone: zoneNote } : {}),
          phase: at.phase ? phaseJson(at.phase, day, lang) : null,
          phases: at.phases.map((p) => phaseJson(p, day, lang)),
          reviewCycle: at.reviewCycle ? cycleJson(at.reviewCycle) : null,
          events: at.events.map(eventJson),
          consultations: held.map((c) => ({
            id: c.id,
            kind: c.kind,
            title: c.title,
            start: c.dates.start,
            end: c.dates.end,
            ...(c.city ? { city: c.city } : {}),
            ...(c.country ? { country: c.country } : {}),
            ...(c.format ? { format: c.format } : {}),
          })),
          previous: at.previous
            ? { ...eventJson(at.previous), daysSince: at.daysSincePrevious }
            : null,
          next: at.next ? { ...eventJson(at.next), daysUntil: at.daysUntilNext } : null,
        },
        null,
        2,
      ),
    );
    return status;
  }

  const s = io.style;
  const lines: string[] = [];
  lines.push(
    s.bold(`${weekdayOfDay(day)} ${longDate(at.date)}`) + (zoneNote ? s.dim(` (${zoneNote})`) : ''),
  );
  if (at.phase === undefined) {
    // Before the first phase, name the event that opened it, from the data.
    const opening = events.find((e) => e.start === phases[0]?.start);
    lines.push(
      `Phase:    none yet: the process began on ${longDate(phases[0]?.start ?? '')}${opening ? `, ${opening.title}` : ''}`,
    );
  } else {
    const describe = (p: Phase) => {
      const progress = progressOf(p, day);
      const of = progress?.totalDays ? ` of ${progress.totalDays}` : '';
      return `${phaseName(p)} (day ${progress?.day}${of})`;
    };
    lines.push(`Phase:    ${describe(at.phase)}`);
    for (const other of at.phases.filter((p) => p !== at.phase)) {
      lines.push(`          overlaps ${describe(other)}`);
    }
  }
  if (at.reviewCycle) lines.push(...cycleLines(at.reviewCycle, day));
  if (at.events.length === 0) lines.push('Events:   none that day');
  for (const [i, e] of at.events.entries()) {
    lines.push(
      `${i === 0 ? 'Events:   ' : '          '}${titleOf(e)}${place(e) ? `, ${place(e)}` : ''} (${dateRange(e)})`,
    );
  }
  for (const [i, c] of held.entries()) {
    const where = consultationPlace(c);
    lines.push(
      `${i === 0 ? 'Held:     ' : '          '}${c.title}${where ? `, ${where}` : ''} (${c.id})`,
    );
  }
  if (at.previous) {
    lines.push(
      `Previous: ${titleOf(at.previous)}${place(at.previous) ? `, ${place(at.previous)}` : ''} (${dateRange(at.previous)}), ended ${days(at.daysSincePrevious ?? 0)} before`,
    );
  }
  if (at.next) {
    lines.push(
      `Next:     ${titleOf(at.next)}${place(at.next) ? `, ${place(at.next)}` : ''} (${dateRange(at.next)}), in ${days(at.daysUntilNext ?? 0)}`,
    );
  } else {
    lines.push('Next:     no later event in the data');
  }
  if (lang !== 'en' && fellBack > 0)
    lines.push(
      s.dim(`Labels:   ${fellBack} shown in English (no source in "${lang}" was read for it)`),
    );
  io.out(lines.join('\n'));
  return status;
}

/** The cycle, its stage, the forum and the sources, for the text output. */
function cycleLines(at: ReviewCyclePosition, day: number): string[] {
  const { cycle, stage } = at;
  const stageDays =
    (parseDayNumber(stage.end) as number) - (parseDayNumber(stage.start) as number) + 1;
  const lines = [
    `Cycle:    review cycle ${cycle.number} (${longDate(cycle.start)} – ${longDate(cycle.end)}), ending in the forum of ${cycle.forumYear}`,
    `Stage:    ${stage.name}, day ${at.dayOfStage} of ${stageDays}`,
  ];
  const forum = events.find((e) => e.id === cycle.forumEventId);
  if (forum !== undefined) {
    const start = parseDayNumber(forum.start) as number;
    const end = parseDayNumber(forum.end) as number;
    const when =
      day < start
        ? `in ${days(start - day)}`
        : day > end
          ? `${days(day - end)} before`
          : 'under way';
    const secondaryOnly = !cycle.forumDatedByUn;
    lines.push(
      `Forum:    ${forum.title}${place(forum) ? `, ${place(forum)}` : ''} (${dateRange(forum)}), ${when}${secondaryOnly ? '; dated by a secondary source only, no UN page found' : ''}`,
    );
  } else {
    lines.push(`Forum:    ${cycle.forumYear}, not dated yet`);
  }
  lines.push(
    `Sources:  stage: ${stage.sourceIds.join(', ')}; cycle: ${cycle.sourceIds.join(', ')}`,
  );
  return lines;
}
