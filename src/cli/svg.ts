import { daysFromCivil, formatDayNumber, parseDayNumber } from '../_lib/dayNumber.js';
import type { GcmEvent } from '../data/events.js';
import type { Phase } from '../data/phases.js';
import { sources } from '../data/sources.js';
import { thematicSessions } from '../data/thematicSessions.js';
import { dateRange, longDate, place } from './format.js';
import { type LabelSlot, listColumns, slotLabels, spreadOnRow } from './svgLayout.js';

// Draws the timeline as SVG, made to be read at 880 px wide (the width of a
// README on GitHub): the drawing is 880 user units wide, so a font size here
// is the size on screen, and no text is smaller than 10 px.
//
// When the range spans the dense preparatory process (2016–2018) and the
// sparse follow-up, each gets its own panel with its own axis, rather than one
// axis on which 2017 would be a few centimetres wide. In each panel: the phases
// as bands (overlapping phases on separate rows), a date axis, one mark per
// event, and for each event either a short label, in a few rows under the
// marks on a leader that may bend so that close events' labels can sit apart,
// or, in a stretch too crowded for labels, a number on a row above the marks,
// explained in a numbered list under the panel. Every mark, label, number and
// list entry carries a <title> with the event's full title and dates.

/** Width of the drawing, in px: the README's width on GitHub. */
export const SVG_WIDTH = 880;
const MARGIN = 20;
/** Font size of event labels. */
const FONT = 11;
/** The smallest font size used anywhere (ticks, notes). */
export const MIN_FONT = 10;
const ROW = FONT + 4;
/** Line height of the numbered list. */
const LIST_LINE = FONT + 3;
/** Diameter of the disc of a numbered event. */
const CHIP = 16;
/** Label rows a panel may use; events beyond them get numbers. */
const MAX_ROWS = 4;
/** Height of the channel in which leaders bend, px. */
const BEND = 14;
/** Space between a leader and the start (or end) of its label, in px. */
const LABEL_OFFSET = 3;
const BAND = 20;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Width of a text in px, estimated generously from the advance widths of
 * DejaVu Sans (one of the widest common sans-serif fonts; Arial and Helvetica
 * are narrower). test/cli/svg.test.ts measures the real rendered widths.
 */
export function labelWidth(text: string, size: number = FONT, bold = false): number {
  let em = 0;
  for (const c of text) {
    if (/[iljI.,:;'!|]/.test(c)) em += 0.32;
    else if (/[ frt()/\-–]/.test(c)) em += 0.44;
    else if (/[mwMW…]/.test(c)) em += 1.0;
    else if (/[A-Z]/.test(c)) em += 0.78;
    else em += 0.65;
  }
  return Math.ceil(em * size * (bold ? 1.12 : 1)) + 2;
}

const SHORT: Record<string, string> = {
  'new-york-declaration': 'New York Declaration',
  'modalities-agreed': 'Modalities agreed',
  'modalities-resolution': 'A/RES/71/280',
  'srsg-arbour-appointed': 'Arbour appointed',
  'united-states-withdrawal': 'US leaves process',
  'stocktaking-meeting': 'Stocktaking, Puerto Vallarta',
  'sg-report-issued': 'SG report',
  'sg-report-presented': 'SG report presented',
  'zero-draft': 'Zero draft',
  'zero-draft-plus': 'Zero draft plus',
  'final-draft': 'Final draft',
  'compact-agreed': 'Compact agreed',
  'intergovernmental-conference': 'Marrakech conference',
  'general-assembly-endorsement': 'A/RES/73/195',
  'conference-modalities-resolution': 'A/RES/72/244',
  'conference-resolution-72-308': 'A/RES/72/308',
  'imrf-modalities-resolution': 'A/RES/73/326',
  'progress-declaration-2022': 'Progress Declaration',
  'migration-mptf-launch': 'Migration MPTF',
  'stocktaking-chair-summary': "Chair's summary",
  'modalities-stakeholder-exchange': 'Stakeholder exchange',
  'modalities-elements-paper': 'Elements paper',
  'modalities-consultation-geneva': 'Modalities talks, Geneva',
  'modalities-consultation-elements': 'Elements paper talks',
  'modalities-zero-draft': 'Modalities zero draft',
  'modalities-consultation-new-york': 'Draft talks, New York',
  'gfmd-dialogue-1': 'GFMD dialogue',
  'gfmd-dialogue-2': 'GFMD dialogue 2',
  'desa-coordination-meeting-15': 'UN DESA meeting',
  'budapest-process-consultation': 'Budapest Process',
  'idm-2017-workshop-1': 'IOM dialogue 1',
  'idm-2017-workshop-2': 'IOM dialogue 2',
  'idm-2017-publication': 'IOM dialogue report',
  'gfmd-summit-10': 'GFMD summit',
  'gfmd-summit-11': 'GFMD summit',
  'arab-rcp-extraordinary-meeting': 'Arab regional process',
  'asia-civil-society-consultation': 'Asia civil society',
  'africa-civil-society-consultation': 'Africa civil society',
  'colombo-process-consultation': 'Colombo Process',
  'grcp-7': 'RCP chairs meeting',
  'sutherland-report': 'Sutherland report',
  'idm-2018-session-1': 'IOM dialogue 2018',
};

/** A label of a few words for an event. */
export function shortLabel(event: GcmEvent): string {
  const known = SHORT[event.id];
  if (known !== undefined) return known;
  const n = /-(\d+)$/.exec(event.id)?.[1];
  switch (event.kind) {
    case 'thematic-session':
      return `Session ${event.thematicSession}`;
    case 'negotiation-round':
      return `Round ${n}`;
    case 'multi-stakeholder-hearing':
      return n !== undefined && !event.id.startsWith('imrf') ? `Hearing ${n}` : 'IMRF hearing';
    case 'regional-consultation':
      return `${event.id.replace('regional-consultation-', '').toUpperCase()} consultation`;
    case 'review-forum':
      return `IMRF ${event.start.slice(0, 4)}`;
    case 'regional-review': {
      // The commission named in the title: "… (ESCAP)", "… (UNECE region)".
      const body = /\(([A-Z]+)(?: region)?\)/.exec(event.title)?.[1];
      return `${body ?? 'Regional'} review ${event.start.slice(0, 4)}`;
    }
    case 'report':
      if (event.id.startsWith('sg-report-20')) return `SG report ${event.start.slice(0, 4)}`;
      break;
    case 'draft':
      if (event.id.startsWith('draft-rev-')) return `Rev ${n}`;
      break;
    default:
      break;
  }
  const title = event.title.split(/[(,:"]/)[0]?.trim() ?? event.id;
  return title.length > 20 ? `${title.slice(0, 19)}…` : title;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );

const PHASE_COLOURS: Record<string, string> = {
  launch: '#d9e7f5',
  consultations: '#b9d9b4',
  stocktaking: '#f6d7a7',
  negotiations: '#f2b8b5',
  adoption: '#d4c4ea',
  'follow-up': '#e4e4e4',
};

/** What to draw. */
export interface SvgOptions {
  readonly events: readonly GcmEvent[];
  readonly phases: readonly Phase[];
  /** First day drawn, ISO; by default the first day of the month of the first event. */
  readonly from?: string | undefined;
  /** Last day drawn, ISO; by default the last day of the month of the last event. */
  readonly to?: string | undefined;
  /** A day to mark with a vertical line. */
  readonly mark?: string | undefined;
  /** The source line under the picture: what the data is and when it was drawn. */
  readonly source?: { readonly version: string; readonly drawnOn: string } | undefined;
}

/** One item of the key: a small drawing and its words. */
interface KeyItem {
  readonly shape: (x: number, y: number) => string;
  readonly text: string;
}

/**
 * Lays out items left to right from `top`, wrapping at the right margin;
 * returns the SVG and the y below the last line.
 */
function flow(items: readonly KeyItem[], top: number): { svg: string[]; bottom: number } {
  const svg: string[] = [];
  let x = MARGIN;
  let y = top + 12;
  for (const item of items) {
    const width = 18 + labelWidth(item.text, MIN_FONT);
    if (x > MARGIN && x + width > SVG_WIDTH - MARGIN) {
      x = MARGIN;
      y += 16;
    }
    svg.push(
      item.shape(x, y - 4),
      `<text class="key" x="${(x + 18).toFixed(1)}" y="${y}" font-size="${MIN_FONT}">${escapeXml(item.text)}</text>`,
    );
    x += width + 10;
  }
  return { svg, bottom: y + 6 };
}

/** The key: what dots, bars, leaders, the marked day and each band colour mean. */
function drawKey(phases: readonly Phase[], mark: string | undefined, top: number) {
  const swatch = (fill: string) => (x: number, y: number) =>
    `<rect x="${x}" y="${y - 5}" width="14" height="10" fill="${fill}" stroke="#888" stroke-width="0.5"/>`;
  const followUp = phases.find((p) => p.end === null);
  const items: KeyItem[] = [
    {
      shape: (x, y) => `<circle cx="${x + 7}" cy="${y}" r="3.5" fill="#1f4e79"/>`,
      text: 'event, on its first day',
    },
    {
      shape: (x, y) =>
        `<line x1="${x}" y1="${y}" x2="${x + 14}" y2="${y}" stroke="#1f4e79" stroke-width="4"/>`,
      text: 'event of several days, first to last day',
    },
    {
      shape: (x, y) =>
        `<line x1="${x + 7}" y1="${y - 6}" x2="${x + 7}" y2="${y + 6}" stroke="#9ab" stroke-width="0.75"/>`,
      text: 'line from an event to its label',
    },
    ...(mark === undefined
      ? []
      : [
          {
            shape: (x: number, y: number) =>
              `<line x1="${x + 7}" y1="${y - 6}" x2="${x + 7}" y2="${y + 6}" stroke="#c00" stroke-dasharray="4 3"/>`,
            text: 'the day asked for',
          },
        ]),
    {
      shape: (x, y) =>
        `<circle cx="${x + 7}" cy="${y}" r="6" fill="#fff" stroke="#1f4e79" stroke-width="1.25"/>`,
      text: 'numbered event: see the list under its panel',
    },
    ...phases.map((p) => ({
      shape: swatch(PHASE_COLOURS[p.id] ?? '#eee'),
      text:
        p === followUp
          ? `${p.name}, from ${longDate(p.start)} (grey sliver ending the first band row)`
          : (p.name.split(':')[p.number === null ? 0 : 1]?.trim() ?? p.name).replace(/^./, (c) =>
              c.toUpperCase(),
            ) + (p.number === null ? '' : ` (Phase ${['I', 'II', 'III'][p.number - 1]})`),
    })),
  ];
  return flow(items, top);
}

/**
 * The `<title>` of an event: its full title (with the theme, for a thematic
 * session), where it was and its dates.
 */
export function eventTooltip(event: GcmEvent): string {
  const where = place(event);
  // A session's event title names its theme in short; the tooltip gives it whole.
  const theme = thematicSessions.find((s) => s.number === event.thematicSession)?.title;
  const full = theme ? `Informal thematic session ${event.thematicSession}: ${theme}` : event.title;
  return `${full}${where && !full.includes(`(${where})`) ? ` (${where})` : ''}, ${dateRange(event)}`;
}

/**
 * The days an axis spans: `from` and `to` when given, otherwise fitted to the
 * events shown, from the first day of the month of the first event to the last
 * day of the month of the last one.
 */
export function fitRange(
  events: readonly GcmEvent[],
  from?: string,
  to?: string,
): { from: string; to: string } {
  const starts = events.map((e) => e.start).sort();
  const ends = events.map((e) => e.end).sort();
  const first = from ?? `${(starts[0] ?? to ?? '2016-09-19').slice(0, 7)}-01`;
  let last = to;
  if (last === undefined) {
    const end = ends.at(-1) ?? first;
    const [y, m] = end.split('-').map(Number) as [number, number];
    last = formatDayNumber(daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1);
  }
  // ISO dates compare as strings: the later of the two.
  return { from: first, to: [first, last].sort()[1] as string };
}

/** Where an event's label or number goes: see layoutEvents. */
interface EventLayout {
  /** Labelled events, by index: the label's row, where its leader comes down, its side and text. */
  readonly labels: Map<number, LabelSlot & { text: string }>;
  /** Numbered events, by index: the centre of the number's disc on its row. */
  readonly chipAt: Map<number, number>;
  /** Rows of numbers: 1, or 2 when numbers alternate between two rows. */
  readonly chipRows: 1 | 2;
}

/**
 * Decides which events get a label and which a number. Labels go in
 * MAX_ROWS rows under the marks, on leaders that may bend (slotLabels); an
 * event that finds no free slot near it gets a number instead. Numbers sit on
 * one row between the axis and the marks, in their events' order, spread so
 * that they keep clear of each other; should they not fit the width, the
 * bends may reach further.
 */
function layoutEvents(items: readonly { at: number; text: string }[]): EventLayout {
  const toPlace = items.map(({ at, text }) => ({ at, width: labelWidth(text) }));
  // The greedy placement sees one event at a time; a few weightings of its
  // costs are tried, and the layout that numbers the fewest events (then uses
  // the fewest rows, then bends least) is kept.
  let best: { score: number; layout: EventLayout } | undefined;
  for (const reach of [60, 100])
    for (const rowCost of [5, 15])
      for (const coverCost of [5, 10, 25, 50]) {
        const slots = slotLabels(toPlace, {
          rows: MAX_ROWS,
          offset: LABEL_OFFSET,
          lo: 4,
          hi: SVG_WIDTH - 4,
          spacing: 8,
          reach,
          rowCost,
          coverCost,
          bendCost: 6,
        });
        const chips = items.flatMap((_, i) => (slots[i] === undefined ? [i] : []));
        // One row of numbers, if they stay near their events on it; else
        // two, numbers alternating between them, so that neighbours need
        // only half a disc and a gap between them (a disc's stem passes
        // between the discs of the other row).
        const wants = chips.map((i) => (items[i] as { at: number }).at);
        const spread = (width: number, gap: number) =>
          spreadOnRow(
            wants.map((want) => ({ want, width })),
            MARGIN - CHIP / 2,
            SVG_WIDTH - MARGIN + CHIP / 2,
            gap,
          );
        const near = (c: number[] | undefined) =>
          c?.every((x, k) => Math.abs(x - (wants[k] as number)) <= CHIP) === true;
        const oneRow = spread(CHIP, 3);
        const chipRows = near(oneRow) ? 1 : 2;
        const centres = chipRows === 1 ? oneRow : spread(CHIP / 2 + 3, 0);
        if (centres === undefined) continue;
        const placed = slots.flatMap((slot, i) => (slot === undefined ? [] : [{ slot, i }]));
        const score =
          chips.length * 10_000 +
          Math.max(0, ...placed.map(({ slot }) => slot.row)) * 1000 +
          placed.reduce((sum, { slot, i }) => sum + Math.abs(slot.ax - (items[i]?.at ?? 0)), 0);
        if (best !== undefined && score >= best.score) continue;
        best = {
          score,
          layout: {
            labels: new Map(
              placed.map(({ slot, i }) => [i, { ...slot, text: items[i]?.text ?? '' }] as const),
            ),
            chipAt: new Map(chips.map((i, k) => [i, centres[k] as number])),
            chipRows,
          },
        };
      }
  if (best !== undefined) return best.layout;
  // Too many numbers for one row (not with the data of today): every event
  // is numbered, and the numbers may overlap.
  return {
    labels: new Map(),
    chipAt: new Map(items.map(({ at }, i) => [i, at])),
    chipRows: 1,
  };
}

interface Panel {
  readonly heading: string;
  readonly first: number;
  /** Last day drawn, inclusive. */
  readonly last: number;
}

/** One panel, drawn from its top at `top`; returns the SVG and the panel's height. */
function drawPanel(
  panel: Panel,
  top: number,
  events: readonly GcmEvent[],
  phases: readonly Phase[],
  mark: string | undefined,
  firstNumber: number,
): { svg: string[]; height: number; count: number } {
  const { first, last } = panel;
  const x0 = MARGIN;
  const x1 = SVG_WIDTH - MARGIN;
  const perDay = (x1 - x0) / (last + 1 - first);
  const xOf = (day: number) => x0 + (Math.min(Math.max(day, first), last + 1) - first) * perDay;
  const x = (iso: string) => xOf(parseDayNumber(iso) as number);
  const fromIso = formatDayNumber(first);
  const toIso = formatDayNumber(last);
  const out: string[] = [];
  if (panel.heading !== '')
    out.push(
      `<text class="heading" x="${x0}" y="${top + 14}" font-size="13" font-weight="bold">${escapeXml(panel.heading)}</text>`,
    );
  const markHere = mark !== undefined && mark >= fromIso && mark <= toIso;

  // Phase bands, overlapping phases on separate rows.
  const bandTop = top + (panel.heading === '' ? 0 : 24) + (markHere ? 16 : 0);
  const visible = phases.filter((p) => p.start <= toIso && (p.end === null || p.end >= fromIso));
  const rowEnds: string[] = [];
  const bandRows = visible.map((p) => {
    let row = rowEnds.findIndex((end) => end < p.start);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push('');
    }
    rowEnds[row] = p.end ?? '9999-12-31';
    return row;
  });
  for (const [i, p] of visible.entries()) {
    const left = x([p.start, fromIso].sort()[1] as string);
    const right =
      p.end === null || p.end >= toIso ? x1 : xOf((parseDayNumber(p.end) as number) + 1);
    const y = bandTop + (bandRows[i] as number) * (BAND + 3);
    const roman = p.number !== null ? `Phase ${['I', 'II', 'III'][p.number - 1]}` : null;
    const names = [
      roman ? `${roman}: ${p.id}` : p.name.split(':')[0],
      ...(roman ? [roman] : []),
    ].filter((n): n is string => n !== undefined);
    // The band's name starts at its left edge, or after the marked day's line
    // when that line would cross it.
    const xm = markHere && mark !== undefined ? x(mark) : undefined;
    const fits = (n: string, at: number) => at + labelWidth(n, MIN_FONT) + 4 <= right;
    const crosses = (n: string) =>
      xm !== undefined && xm > left && xm < left + 4 + labelWidth(n, MIN_FONT) + 2;
    const placed = names
      .map((n) => ({ n, at: crosses(n) ? (xm as number) + 4 : left + 4 }))
      .find(({ n, at }) => fits(n, at));
    out.push(
      `<g class="phase" data-id="${p.id}"><title>${escapeXml(`${p.name}: ${longDate(p.start)} to ${p.end === null ? 'open' : longDate(p.end)}`)}</title>` +
        `<rect x="${left.toFixed(1)}" y="${y}" width="${Math.max(1, right - left).toFixed(1)}" height="${BAND}" fill="${PHASE_COLOURS[p.id] ?? '#eee'}" stroke="#888" stroke-width="0.5"/>` +
        (placed !== undefined
          ? `<text x="${placed.at.toFixed(1)}" y="${y + 14}" font-size="${MIN_FONT}">${escapeXml(placed.n)}</text>`
          : '') +
        '</g>',
    );
  }
  const bandsBottom = bandTop + Math.max(1, rowEnds.length) * (BAND + 3);

  // The axis: a tick at the start of each month step, labelled with the year
  // in January (or at the left edge) and the month otherwise.
  const tickLabelY = bandsBottom + 15;
  const axisY = bandsBottom + 20;
  out.push(`<line class="axis" x1="${x0}" y1="${axisY}" x2="${x1}" y2="${axisY}" stroke="#333"/>`);
  const pxPerMonth = perDay * 30.44;
  const step = [1, 3, 6, 12].find((s) => s * pxPerMonth >= 44) ?? 12;
  const firstYear = Number(fromIso.slice(0, 4));
  // The left edge is labelled with its month and year, unless a year tick is there.
  let lastLabelEnd = -Infinity;
  if (!fromIso.endsWith('-01-01')) {
    const text = `${MONTHS[Number(fromIso.slice(5, 7)) - 1]} ${firstYear}`;
    out.push(
      `<text class="tick-label" x="${x0}" y="${tickLabelY}" font-size="${MIN_FONT}" font-weight="bold">${text}</text>`,
    );
    lastLabelEnd = x0 + labelWidth(text, MIN_FONT, true);
  }
  for (let year = firstYear; year <= Number(toIso.slice(0, 4)); year++) {
    for (let month = 1; month <= 12; month++) {
      const day = daysFromCivil(year, month, 1);
      if (day < first || day > last) continue;
      const isYear = month === 1;
      if (!isYear && (month - 1) % step !== 0) continue;
      const xt = xOf(day);
      out.push(
        `<line class="tick" x1="${xt.toFixed(1)}" y1="${axisY}" x2="${xt.toFixed(1)}" y2="${axisY + (isYear ? 6 : 4)}" stroke="#333"/>`,
      );
      const text = isYear ? String(year) : (MONTHS[month - 1] as string);
      if (xt + 2 < lastLabelEnd + 6) continue;
      out.push(
        `<text class="tick-label" x="${(xt + 2).toFixed(1)}" y="${tickLabelY}" font-size="${MIN_FONT}"${isYear ? ' font-weight="bold"' : ''}>${text}</text>`,
      );
      lastLabelEnd = xt + 2 + labelWidth(text, MIN_FONT, isYear);
    }
  }
  // Events: marks on a line under the axis; under them, a row of numbers for
  // events too crowded to label (each explained in the list under the panel),
  // then labels in rows. Marks and leaders first, labels after, so that a label
  // (with a white halo) is never crossed by another event's leader.
  const sorted = [...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const layout = layoutEvents(sorted.map((e) => ({ at: x(e.start), text: shortLabel(e) })));
  // One or two rows of numbers, the second a little lower.
  const chipRows = layout.chipRows === 1 ? [axisY + 16] : [axisY + 16, axisY + 31];
  const lowest = chipRows.at(-1) as number;
  const markY = layout.chipAt.size > 0 ? lowest + 26 : axisY + 16;
  // Leaders that bend do so between these two lines.
  const bendTop = markY + 8;
  const bendBottom = bendTop + BEND;
  const firstRowY = bendBottom + FONT;
  const marks: string[] = [];
  const texts: string[] = [];
  let number = firstNumber;
  const numbers = new Map<number, number>();
  for (const [i, e] of sorted.entries()) {
    const start = x(e.start);
    const end = xOf((parseDayNumber(e.end) as number) + 1);
    const title = `<title>${escapeXml(eventTooltip(e))}</title>`;
    const bar =
      end - start > 3
        ? `<line x1="${start.toFixed(1)}" y1="${markY}" x2="${end.toFixed(1)}" y2="${markY}" stroke="#1f4e79" stroke-width="4"/>`
        : '';
    const dot = `<circle class="event" cx="${start.toFixed(1)}" cy="${markY}" r="3.5" fill="#1f4e79"/>`;
    const leader = (x1: number, y1: number, x2: number, y2: number) =>
      `<line class="leader" x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="#9ab" stroke-width="0.75"/>`;
    const label = layout.labels.get(i);
    if (label !== undefined) {
      const ly = firstRowY + label.row * ROW;
      const { ax } = label;
      const lines =
        Math.abs(ax - start) < 0.05
          ? leader(start, markY + 4, start, ly - FONT + 2)
          : leader(start, markY + 4, start, bendTop) +
            leader(start, bendTop, ax, bendBottom) +
            leader(ax, bendBottom, ax, ly - FONT + 2);
      marks.push(`<g class="event" data-id="${e.id}">${title}${bar}${dot}${lines}</g>`);
      texts.push(
        `<g class="label" data-id="${e.id}">${title}<text x="${(label.anchor === 'end' ? ax - LABEL_OFFSET : ax + LABEL_OFFSET).toFixed(1)}" y="${ly}" text-anchor="${label.anchor}" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(label.text)}</text></g>`,
      );
      continue;
    }
    // A number: the leader runs up a little, then straight to the number's disc.
    const cx = layout.chipAt.get(i) as number;
    const n = number++;
    numbers.set(i, n);
    // Under the disc, a stem down past the second row; from the mark, a line
    // up, then a slant to the stem, below every disc, so that it crosses no
    // number.
    const r = CHIP / 2;
    const chipY = chipRows[(n - firstNumber) % chipRows.length] as number;
    const bend = markY - 6;
    const stem = lowest + r + 4;
    const slant =
      Math.abs(cx - start) < 0.05
        ? leader(start, markY - 4, cx, chipY + r + 0.5)
        : leader(start, markY - 4, start, bend) +
          leader(start, bend, cx, stem) +
          leader(cx, stem, cx, chipY + r + 0.5);
    marks.push(`<g class="event" data-id="${e.id}">${title}${bar}${dot}${slant}</g>`);
    texts.push(
      `<g class="number" data-id="${e.id}" data-number="${n}">${title}<circle cx="${cx.toFixed(1)}" cy="${chipY}" r="${r}" fill="#fff" stroke="#1f4e79" stroke-width="1.25"/><text x="${cx.toFixed(1)}" y="${chipY + 3.5}" text-anchor="middle" font-size="${MIN_FONT}" font-weight="bold" fill="#1f4e79">${n}</text></g>`,
    );
  }
  out.push(...marks);
  const rowsUsed = Math.max(0, ...[...layout.labels.values()].map((l) => l.row + 1));
  const labelsBottom = firstRowY + Math.max(0, rowsUsed - 1) * ROW;
  // The marked day's line goes under the labels, whose halo interrupts it.
  if (markHere && mark !== undefined) {
    const xm = x(mark);
    const text = longDate(mark);
    const flip = xm + 4 + labelWidth(text) > x1;
    out.push(
      `<g class="marker"><title>${escapeXml(text)}</title><line x1="${xm.toFixed(1)}" y1="${bandTop - 14}" x2="${xm.toFixed(1)}" y2="${labelsBottom + 4}" stroke="#c00" stroke-dasharray="4 3"/>` +
        `<text x="${(flip ? xm - 4 : xm + 4).toFixed(1)}" y="${bandTop - 4}" text-anchor="${flip ? 'end' : 'start'}" fill="#c00">${escapeXml(text)}</text></g>`,
    );
  }
  out.push(...texts);
  // The numbered list, in columns under the labels.
  let bottom = labelsBottom + 10;
  const listed = sorted.flatMap((e, i) => {
    const n = numbers.get(i);
    return n === undefined ? [] : [{ e, n, text: shortLabel(e) }];
  });
  if (listed.length > 0) {
    const numberWidth = labelWidth(String(number - 1), FONT, true);
    const widths = listed.map((l) => numberWidth + 4 + labelWidth(l.text));
    const { lines, lefts } = listColumns(widths, x1 - x0, 14);
    const listTop = labelsBottom + (rowsUsed > 0 ? 8 : 0) + 14;
    for (const [k, l] of listed.entries()) {
      const left = x0 + (lefts[Math.floor(k / lines)] as number);
      const y = listTop + (k % lines) * LIST_LINE;
      out.push(
        `<g class="entry" data-id="${l.e.id}" data-number="${l.n}"><title>${escapeXml(eventTooltip(l.e))}</title>` +
          `<text x="${(left + numberWidth).toFixed(1)}" y="${y}" text-anchor="end" font-weight="bold" fill="#1f4e79">${l.n}</text>` +
          `<text x="${(left + numberWidth + 4).toFixed(1)}" y="${y}">${escapeXml(l.text)}</text></g>`,
      );
    }
    bottom = listTop + (lines - 1) * LIST_LINE + 6;
  }
  const height = Math.ceil(bottom - top);
  const count = number - firstNumber;
  return { svg: out, height, count };
}

/**
 * Draws the events and phases as an SVG picture 880 px wide. A range that
 * spans the preparatory process and the follow-up is drawn as two panels.
 */
export function renderTimelineSvg({ events, phases, from, to, mark, source }: SvgOptions): string {
  const range = fitRange(events, from, to);
  const first = parseDayNumber(range.from) as number;
  const last = parseDayNumber(range.to) as number;
  // The follow-up is the phase with no end; its panel starts on 1 January of
  // the year after it began, so the preparatory panel holds whole years.
  const followUp = phases.find((p) => p.end === null);
  const split =
    followUp === undefined
      ? undefined
      : daysFromCivil(Number(followUp.start.slice(0, 4)) + 1, 1, 1);
  const dayOf = (e: GcmEvent) => parseDayNumber(e.start) as number;
  const panels: Panel[] =
    split !== undefined &&
    events.some((e) => dayOf(e) < split) &&
    events.some((e) => dayOf(e) >= split) &&
    first < split &&
    last >= split
      ? [
          {
            heading: `The preparatory process, ${monthYear(first)} – ${monthYear(split - 1)}`,
            first,
            last: split - 1,
          },
          {
            heading: `Follow-up and review, ${monthYear(split)} – ${monthYear(last)}`,
            first: split,
            last,
          },
        ]
      : [{ heading: '', first, last }];
  const ends = `${from === undefined ? monthYear(first) : longDate(range.from)} to ${to === undefined ? monthYear(last) : longDate(range.to)}`;
  const title = `The Global Compact for Migration, ${ends}`;
  const key = drawKey(phases, mark, 28);
  const out: string[] = [...key.svg];
  let y = key.bottom + 14;
  // Numbers run on from one panel to the next.
  let firstNumber = 1;
  for (const panel of panels) {
    const shown = events.filter((e) => {
      const d = dayOf(e);
      return d >= panel.first && d <= panel.last;
    });
    const drawn = drawPanel(panel, y, shown, phases, mark, firstNumber);
    firstNumber += drawn.count;
    out.push(...drawn.svg);
    y += drawn.height + 16;
  }
  if (source !== undefined) {
    const line = `Source: gcm-kit ${source.version}; every event cites documents of its sources registry (${Object.keys(sources).length} documents: gcm-kit list sources). Drawn on ${longDate(source.drawnOn)}.`;
    out.push(
      `<text class="source" x="${MARGIN}" y="${y}" font-size="${MIN_FONT}" fill="#444">${escapeXml(line)}</text>`,
    );
    y += 10;
  }
  const height = y;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${height}" viewBox="0 0 ${SVG_WIDTH} ${height}" font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif" font-size="${FONT}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${SVG_WIDTH}" height="${height}" fill="#fff"/>`,
    `<text class="title" x="${MARGIN}" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}

/** `September 2016`, from a day number. */
function monthYear(day: number): string {
  return longDate(formatDayNumber(day)).replace(/^\d+ /, '');
}
