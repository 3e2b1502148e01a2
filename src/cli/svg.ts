import { formatDayNumber, parseDayNumber } from '../_lib/dayNumber.js';
import type { GcmEvent } from '../data/events.js';
import type { Phase } from '../data/phases.js';

// Draws the timeline as SVG: phases as bands (overlapping phases on separate
// rows), a date axis, one mark per event with a short label placed so that
// no two labels overlap, and an optional marker for one day.

const WIDTH = 2400;
/** Where the scale changes, when the range spans the preparatory process and the follow-up. */
const SPLIT = '2019-01-01';
const MARGIN = 48;
const FONT = 11;
/** Width of a label, estimated generously for a sans-serif font at FONT px. */
export const labelWidth = (text: string): number => Math.ceil(text.length * FONT * 0.62) + 6;

const SHORT: Record<string, string> = {
  'new-york-declaration': 'New York Declaration',
  'modalities-agreed': 'Modalities agreed',
  'modalities-resolution': 'A/RES/71/280',
  'srsg-arbour-appointed': 'Arbour appointed',
  'united-states-withdrawal': 'US withdraws',
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
  'modalities-consultation-geneva': 'Consultation, Geneva',
  'modalities-consultation-elements': 'Consultation',
  'modalities-zero-draft': 'Modalities zero draft',
  'modalities-consultation-new-york': 'Consultation, NY',
  'gfmd-dialogue-1': 'GFMD dialogue',
  'gfmd-dialogue-2': 'GFMD dialogue 2',
  'desa-coordination-meeting-15': 'UN DESA meeting',
  'budapest-process-consultation': 'Budapest Process',
  'idm-2017-workshop-1': 'IDM workshop 1',
  'idm-2017-workshop-2': 'IDM workshop 2',
  'idm-2017-publication': 'IDM No. 27',
  'gfmd-summit-10': 'GFMD summit',
  'gfmd-summit-11': 'GFMD summit',
  'arab-rcp-extraordinary-meeting': 'Arab RCP',
  'asia-civil-society-consultation': 'Asia CSOs',
  'africa-civil-society-consultation': 'Africa CSOs',
  'colombo-process-consultation': 'Colombo Process',
  'grcp-7': 'GRCP 7',
  'sutherland-report': 'Sutherland report',
  'idm-2018-session-1': 'IDM 2018',
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
      return event.id.replace('regional-consultation-', '').toUpperCase();
    case 'review-forum':
      return `IMRF ${event.start.slice(0, 4)}`;
    case 'regional-review':
      return `Regional review ${event.start.slice(0, 4)}`;
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

export interface SvgOptions {
  readonly events: readonly GcmEvent[];
  readonly phases: readonly Phase[];
  /** First day drawn, ISO. */
  readonly from: string;
  /** Last day drawn, ISO. */
  readonly to: string;
  /** A day to mark with a vertical line. */
  readonly mark?: string | undefined;
}

/** Places labels in rows: each goes in the first row where it overlaps no other. */
export function placeLabels(items: readonly { x: number; width: number }[]): number[] {
  const rowEnds: number[] = [];
  return items.map(({ x, width }) => {
    let row = rowEnds.findIndex((end) => end + 4 <= x);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = x + width;
    return row;
  });
}

export function renderTimelineSvg({ events, phases, from, to, mark }: SvgOptions): string {
  const first = parseDayNumber(from) as number;
  const last = parseDayNumber(to) as number;
  // The preparatory process (to the end of 2018) is dense and the follow-up
  // sparse: when the range spans both, the first gets 70% of the width.
  const split = parseDayNumber(SPLIT) as number;
  const pieces: [number, number, number, number][] =
    first < split && last > split + 365
      ? [
          [first, split, MARGIN, MARGIN + 0.7 * (WIDTH - 2 * MARGIN)],
          [split, last, MARGIN + 0.7 * (WIDTH - 2 * MARGIN), WIDTH - MARGIN],
        ]
      : [[first, Math.max(last, first + 1), MARGIN, WIDTH - MARGIN]];
  const x = (iso: string) => {
    const day = Math.min(Math.max(parseDayNumber(iso) as number, first), last);
    const [d0, d1, x0, x1] =
      pieces.find(([, d1]) => day <= d1) ?? (pieces[pieces.length - 1] as (typeof pieces)[number]);
    return x0 + ((day - d0) / (d1 - d0)) * (x1 - x0);
  };
  const out: string[] = [];

  // Phase bands, overlapping phases on separate rows.
  const bandTop = 44;
  const bandHeight = 24;
  const visible = phases.filter((p) => p.start <= to && (p.end === null || p.end >= from));
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
    const x0 = x(p.start < from ? from : p.start);
    const x1 = x(p.end === null || p.end > to ? to : p.end);
    const y = bandTop + (bandRows[i] as number) * (bandHeight + 4);
    const full = p.number !== null ? `Phase ${['I', 'II', 'III'][p.number - 1]}: ${p.id}` : p.id;
    const name =
      x1 - x0 > labelWidth(full)
        ? full
        : p.number !== null
          ? `Phase ${['I', 'II', 'III'][p.number - 1]}`
          : p.id;
    out.push(
      `<g class="phase" data-id="${p.id}"><title>${escapeXml(`${p.name}: ${p.start} to ${p.end ?? 'open'}`)}</title>` +
        `<rect x="${x0.toFixed(1)}" y="${y}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${bandHeight}" fill="${PHASE_COLOURS[p.id] ?? '#eee'}" stroke="#888" stroke-width="0.5"/>` +
        (x1 - x0 > labelWidth(name)
          ? `<text x="${(x0 + 4).toFixed(1)}" y="${y + 16}">${escapeXml(name)}</text>`
          : '') +
        '</g>',
    );
  }
  const bandsBottom = bandTop + Math.max(1, rowEnds.length) * (bandHeight + 4);

  // Axis with a tick on 1 January of each year.
  const axisY = bandsBottom + 16;
  out.push(
    `<line class="axis" x1="${MARGIN}" y1="${axisY}" x2="${WIDTH - MARGIN}" y2="${axisY}" stroke="#333"/>`,
  );
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)) + 1; year++) {
    const iso = `${year}-01-01`;
    if (iso < from || iso > to) continue;
    const xt = x(iso).toFixed(1);
    out.push(
      `<line class="tick" x1="${xt}" y1="${axisY - 5}" x2="${xt}" y2="${axisY + 5}" stroke="#333"/><text class="tick-label" x="${xt}" y="${axisY - 8}" text-anchor="middle">${year}</text>`,
    );
  }

  if (pieces.length > 1) {
    const xb = x(SPLIT);
    out.push(
      `<g class="scale-change"><line x1="${(xb - 3).toFixed(1)}" y1="${axisY - 6}" x2="${(xb + 1).toFixed(1)}" y2="${axisY + 6}" stroke="#333"/><line x1="${(xb + 1).toFixed(1)}" y1="${axisY - 6}" x2="${(xb + 5).toFixed(1)}" y2="${axisY + 6}" stroke="#333"/>` +
        `<text x="${(xb + 8).toFixed(1)}" y="${axisY + 16}" fill="#666" font-size="9">scale changes: one year here is narrower</text></g>`,
    );
  }

  // Events: a mark each, labels in rows beneath.
  const markY = axisY + 18;
  const sorted = [...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const labels = sorted.map((e) => {
    const text = shortLabel(e);
    const width = labelWidth(text);
    const at = x(e.start);
    // Near the right edge a label ends at its mark instead of starting there.
    const flip = at + width > WIDTH - 4;
    return { x: flip ? at - width : at, width, text, anchor: flip ? 'end' : 'start' };
  });
  const rows = placeLabels(labels);
  const rowHeight = FONT + 5;
  for (const [i, e] of sorted.entries()) {
    const label = labels[i] as (typeof labels)[number];
    const x0 = x(e.start);
    const x1 = x(e.end);
    const ly = markY + 22 + (rows[i] as number) * rowHeight;
    out.push(
      `<g class="event-group" data-id="${e.id}"><title>${escapeXml(`${e.title}: ${e.start}${e.end !== e.start ? ` to ${e.end}` : ''}`)}</title>` +
        (x1 - x0 > 1
          ? `<line x1="${x0.toFixed(1)}" y1="${markY}" x2="${x1.toFixed(1)}" y2="${markY}" stroke="#1f4e79" stroke-width="3"/>`
          : '') +
        `<circle class="event" data-id="${e.id}" cx="${x0.toFixed(1)}" cy="${markY}" r="3.5" fill="#1f4e79"/>` +
        `<line class="leader" x1="${x0.toFixed(1)}" y1="${markY + 4}" x2="${x0.toFixed(1)}" y2="${ly - FONT + 2}" stroke="#9ab" stroke-width="0.5"/>` +
        `<text class="label" x="${x0.toFixed(1)}" y="${ly}" text-anchor="${label.anchor}" data-left="${label.x.toFixed(1)}" data-width="${label.width}">${escapeXml(label.text)}</text></g>`,
    );
  }
  const labelRows = Math.max(0, ...rows.map((r) => r + 1));
  let height = markY + 30 + labelRows * rowHeight;

  if (mark !== undefined) {
    const xm = x(mark).toFixed(1);
    out.push(
      `<g class="marker"><line x1="${xm}" y1="${bandTop - 10}" x2="${xm}" y2="${height - 10}" stroke="#c00" stroke-dasharray="4 3"/>` +
        `<text x="${xm}" y="${bandTop - 14}" text-anchor="middle" fill="#c00">${escapeXml(mark)}</text></g>`,
    );
  }
  height = Math.ceil(height);
  const title = `The GCM process, ${formatDayNumber(first)} to ${formatDayNumber(last)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="${FONT}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="${MARGIN}" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
