import { describe } from '../../_lib/describe.js';
import { isTimeZone } from '../../_lib/isTimeZone.js';
import { events, type GcmEvent } from '../../data/events.js';
import { type Phase, phases } from '../../data/phases.js';
import { getPhaseProgress } from '../../timeline/getPhaseProgress.js';
import { getTimelinePosition, type TimelinePosition } from '../../timeline/getTimelinePosition.js';
import { isIsoDate } from '../../timeline/isIsoDate.js';
import { UsageError } from '../errors.js';
import { dateRange, days, longDate, place, weekday } from '../format.js';
import type { Io } from '../io.js';

export const whenHelp = `Usage: gcm-kit when <date|now> [--tz ZONE] [--json]

Where a day falls in the GCM process: the phase (and any overlapping phase),
the events under way that day, and the previous and next events.

  <date>       an ISO calendar date, YYYY-MM-DD
  now          today; in --tz ZONE, or in the system's zone (said in the output)
  --tz ZONE    an IANA time zone, such as Europe/Minsk
  --json       print JSON

Example: gcm-kit when 2017-05-16`;

const eventJson = (e: GcmEvent) => ({
  id: e.id,
  kind: e.kind,
  title: e.title,
  start: e.start,
  end: e.end,
  ...(e.venue ? { city: e.venue.city, country: e.venue.country, timeZone: e.venue.timeZone } : {}),
});

function phaseJson(phase: Phase, date: string) {
  const progress = getPhaseProgress(date, { phaseId: phase.id });
  return {
    id: phase.id,
    number: phase.number,
    name: phase.name,
    start: phase.start,
    end: phase.end,
    day: progress?.day,
    totalDays: progress?.totalDays,
  };
}

export function when(
  args: readonly string[],
  options: { tz?: string | undefined; json?: boolean | undefined },
  io: Io,
): number {
  if (args.length !== 1)
    throw new UsageError(`when: expected one date (YYYY-MM-DD) or "now", got ${args.length}`);
  const input = args[0] as string;
  const tz = options.tz;
  if (tz !== undefined && !isTimeZone(tz))
    throw new UsageError(`when: unknown time zone ${describe(tz)}`);
  let at: TimelinePosition;
  let zoneNote: string | undefined;
  if (input === 'now') {
    // Intl gives undefined or Etc/Unknown when TZ names no zone it knows.
    const zone = tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone === undefined || !isTimeZone(zone)) {
      throw new UsageError(
        "when: the machine's time zone is unknown (check TZ), so today is not known; name a zone with --tz, such as --tz Europe/Minsk",
      );
    }
    at = getTimelinePosition(io.now(), { timeZone: zone });
    zoneNote = tz === undefined ? `today in ${zone}, the system's time zone` : `today in ${zone}`;
  } else {
    if (!isIsoDate(input))
      throw new UsageError(`when: invalid date ${describe(input)} (expected YYYY-MM-DD or now)`);
    if (tz !== undefined)
      io.err(
        `gcm-kit when: note: --tz only says which day "now" is; ${input} is the same calendar day in every zone`,
      );
    at = getTimelinePosition(input);
  }

  if (options.json) {
    io.out(
      JSON.stringify(
        {
          date: at.date,
          ...(zoneNote ? { timeZone: zoneNote } : {}),
          phase: at.phase ? phaseJson(at.phase, at.date) : null,
          phases: at.phases.map((p) => phaseJson(p, at.date)),
          events: at.events.map(eventJson),
          previous: at.previous
            ? { ...eventJson(at.previous), daysSince: at.daysSincePrevious }
            : null,
          next: at.next ? { ...eventJson(at.next), daysUntil: at.daysUntilNext } : null,
        },
        null,
        2,
      ),
    );
    return 0;
  }

  const s = io.style;
  const lines: string[] = [];
  lines.push(
    s.bold(`${weekday(at.date)} ${longDate(at.date)}`) + (zoneNote ? s.dim(` (${zoneNote})`) : ''),
  );
  if (at.phase === undefined) {
    // Before the first phase, name the event that opened it, from the data.
    const opening = events.find((e) => e.start === phases[0]?.start);
    lines.push(
      `Phase:    none yet: the process began on ${longDate(phases[0]?.start ?? '')}${opening ? `, ${opening.title}` : ''}`,
    );
  } else {
    const describe = (p: Phase) => {
      const progress = getPhaseProgress(at.date, { phaseId: p.id });
      const of = progress?.totalDays ? ` of ${progress.totalDays}` : '';
      return `${p.name} (day ${progress?.day}${of})`;
    };
    lines.push(`Phase:    ${describe(at.phase)}`);
    for (const other of at.phases.filter((p) => p !== at.phase)) {
      lines.push(`          overlaps ${describe(other)}`);
    }
  }
  if (at.events.length === 0) lines.push('Events:   none that day');
  for (const [i, e] of at.events.entries()) {
    lines.push(
      `${i === 0 ? 'Events:   ' : '          '}${e.title}${place(e) ? `, ${place(e)}` : ''} (${dateRange(e)})`,
    );
  }
  if (at.previous) {
    lines.push(
      `Previous: ${at.previous.title}${place(at.previous) ? `, ${place(at.previous)}` : ''} (${dateRange(at.previous)}), ended ${days(at.daysSincePrevious ?? 0)} before`,
    );
  }
  if (at.next) {
    lines.push(
      `Next:     ${at.next.title}${place(at.next) ? `, ${place(at.next)}` : ''} (${dateRange(at.next)}), in ${days(at.daysUntilNext ?? 0)}`,
    );
  } else {
    lines.push('Next:     no later event in the data');
  }
  io.out(lines.join('\n'));
  return 0;
}
