import { describe } from '../../_lib/describe.js';
import { type EventKind, eventKinds, events } from '../../data/events.js';
import { phases } from '../../data/phases.js';
import { getEventsBetween } from '../../timeline/getEventsBetween.js';
import { isIsoDate } from '../../timeline/isIsoDate.js';
import { UsageError } from '../errors.js';
import { place } from '../format.js';
import type { Io } from '../io.js';
import { stdoutStream } from '../stdout.js';
import { renderTimelineSvg } from '../svg.js';
import { packageVersion } from '../version.js';

export const timelineHelp = `Usage: gcm-kit timeline [--from D] [--to D] [--kind K]... [--format text|json|ics|svg|png] [--mark D]

Lists the events of the GCM process, or draws them.

  --from D     first day (default: the first day of the first phase)
  --to D       last day (default: the end of the last event)
  --kind K     only events of kind K; repeat for several kinds
  --format F   text (default), json, ics (iCalendar), svg (a picture) or png
               (the picture at 1760 px wide; needs the optional package
               @resvg/resvg-js)
  --mark D     with svg or png: mark day D with a vertical line

With svg, the axis spans --from and --to when given, otherwise the months of
the events drawn; a range spanning 2016–2018 and the follow-up is drawn as
two panels, one for each. Events too crowded to label get a number, and the
list under their panel names them.

Example: gcm-kit timeline --format svg --mark 2017-05-16 > timeline.svg`;

export interface TimelineOptions {
  from?: string | undefined;
  to?: string | undefined;
  kind?: string[] | undefined;
  format?: string | undefined;
  mark?: string | undefined;
}

/**
 * Renders the SVG to a PNG twice its size (1760 px wide, sharp in a report)
 * with @resvg/resvg-js, an optional package loaded only here, and writes it to
 * standard output.
 */
async function writePng(svg: string): Promise<void> {
  // A variable name keeps the bundler from resolving the optional package.
  const name = '@resvg/resvg-js';
  let resvg: typeof import('@resvg/resvg-js');
  try {
    resvg = (await import(name)) as typeof import('@resvg/resvg-js');
  } catch {
    throw new UsageError(
      'timeline: --format png needs the optional package @resvg/resvg-js (npm install @resvg/resvg-js); without it, write an SVG (--format svg > timeline.svg) and convert it, as docs/timeline.md shows',
    );
  }
  const png = new resvg.Resvg(svg, { fitTo: { mode: 'width', value: 1760 } }).render().asPng();
  await new Promise<void>((resolve, reject) =>
    stdoutStream().write(png, (error) => (error ? reject(error) : resolve())),
  );
}

export async function timeline(
  args: readonly string[],
  options: TimelineOptions,
  io: Io,
): Promise<number> {
  if (args.length > 0) throw new UsageError(`timeline: unexpected argument ${describe(args[0])}`);
  const lastEnd =
    events
      .map((e) => e.end)
      .sort()
      .at(-1) ?? '';
  for (const [flag, value] of [
    ['--from', options.from],
    ['--to', options.to],
    ['--mark', options.mark],
  ] as const) {
    if (value !== undefined && !isIsoDate(value))
      throw new UsageError(`timeline: ${flag} ${describe(value)} is not a date (YYYY-MM-DD)`);
    // Four-digit years, as ISO 8601 and iCalendar write them.
    if (value !== undefined && value < '1000-01-01')
      throw new UsageError(`timeline: ${flag} ${value} is before the year 1000`);
  }
  // A bound that was not given follows the one that was: --from 2030-01-01
  // alone means from that day on, not an error about a --to never given.
  // (ISO dates compare as strings.)
  const firstStart = phases[0]?.start ?? lastEnd;
  const from = options.from ?? [firstStart, options.to ?? firstStart].sort()[0] ?? firstStart;
  const to = options.to ?? [lastEnd, from].sort()[1] ?? lastEnd;
  if (to < from) throw new UsageError(`timeline: --to ${to} is before --from ${from}`);
  for (const kind of options.kind ?? []) {
    if (!(eventKinds as readonly string[]).includes(kind)) {
      throw new UsageError(
        `timeline: unknown kind ${describe(kind)}; expected one of ${eventKinds.join(', ')}`,
      );
    }
  }
  const format = options.format ?? 'text';
  if (!['text', 'json', 'ics', 'svg', 'png'].includes(format)) {
    throw new UsageError(
      `timeline: unknown format ${describe(format)}; expected text, json, ics, svg or png`,
    );
  }
  if (options.mark !== undefined && format !== 'svg' && format !== 'png')
    throw new UsageError('timeline: --mark goes with --format svg or png');
  if (format === 'png' && process.stdout.isTTY)
    throw new UsageError(
      'timeline: a PNG is binary; send it to a file: --format png > timeline.png',
    );
  const kinds = options.kind as EventKind[] | undefined;
  const selected = getEventsBetween(from, to, kinds && kinds.length > 0 ? { kind: kinds } : {});

  if (format === 'json') io.out(JSON.stringify(selected, null, 2));
  else if (format === 'ics') {
    const { toICalendar } = await import('../../ics/toICalendar.js');
    // io.out adds the \n of the last CRLF.
    io.out(toICalendar(selected).slice(0, -1));
  } else if (format === 'svg' || format === 'png') {
    // The axis fits what is shown: the days asked for, or else the events drawn.
    const svg = renderTimelineSvg({
      events: selected,
      phases,
      from: options.from,
      to: options.to,
      mark: options.mark,
      // The day it is drawn, in UTC: the same on every machine at that instant.
      source: { version: packageVersion(), drawnOn: io.now().toISOString().slice(0, 10) },
    }).trimEnd();
    if (format === 'svg') io.out(svg);
    else await writePng(svg);
  } else {
    const width = Math.max(...selected.map((e) => e.kind.length), 4);
    io.out(
      selected
        .map(
          (e) =>
            `${e.start}  ${e.end}  ${e.kind.padEnd(width)}  ${e.title}${place(e) ? ` (${place(e)})` : ''}`,
        )
        .join('\n') || `no events between ${from} and ${to}`,
    );
  }
  return 0;
}
