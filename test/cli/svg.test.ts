import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  eventTooltip,
  fitRange,
  renderTimelineSvg,
  SVG_WIDTH,
  shortLabel,
} from '../../src/cli/svg.js';
import { type EventKind, events } from '../../src/data/events.js';
import { phases } from '../../src/data/phases.js';
import { getEventsBetween } from '../../src/timeline/getEventsBetween.js';

const lastEnd =
  events
    .map((e) => e.end)
    .sort()
    .at(-1) ?? '';
const draw = (from: string, to: string, mark?: string, kind?: EventKind) =>
  renderTimelineSvg({
    events: getEventsBetween(from, to, kind ? { kind } : {}),
    phases,
    from,
    to,
    mark,
  });
/** The picture in the README: `gcm-kit timeline --format svg --mark 2017-05-16`. */
const readmePicture = () =>
  renderTimelineSvg({
    events: getEventsBetween(phases[0]?.start ?? '', lastEnd),
    phases,
    mark: '2017-05-16',
  });
/**
 * What `gcm-kit timeline --format svg [--mark D]` draws: every event, the
 * axis fitted to them, and the source line.
 */
const cliPicture = (mark?: string) =>
  renderTimelineSvg({
    events: getEventsBetween(phases[0]?.start ?? '', lastEnd),
    phases,
    mark,
    source: { version: '0.3.0', drawnOn: '2026-12-05' },
  });

interface Group {
  '@_class'?: string;
  '@_data-id'?: string;
  '@_data-number'?: string;
  title?: string;
  circle?: { '@_cx': string }[];
  text?: { '#text': string }[];
}

function parse(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['g', 'text', 'line', 'circle', 'rect'].includes(name),
  }).parse(svg);
  const groups: Group[] = doc.svg.g ?? [];
  const of = (kind: string) => groups.filter((g) => g['@_class'] === kind);
  return {
    marks: of('event'),
    labels: of('label'),
    numbers: of('number'),
    entries: of('entry'),
    phaseBands: of('phase').length,
    markers: of('marker').length,
    headings: (doc.svg.text as { '@_class'?: string; '#text': string }[])
      .filter((t) => t['@_class'] === 'heading')
      .map((t) => t['#text']),
  };
}

// The renderer. Text is measured with DejaVu Sans, loaded from the
// dejavu-fonts-ttf package (not from the machine, so every machine measures
// the same): it is one of the widest common sans-serif fonts, so a layout
// that fits with it fits with Arial or Helvetica too.
const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const font = {
  loadSystemFonts: false,
  fontFiles: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')],
  defaultFontFamily: 'DejaVu Sans',
  sansSerifFamily: 'DejaVu Sans',
};
const README_WIDTH = 880;

interface Box {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  fontPx: number;
}

/**
 * Every text of a picture as resvg draws it at 880 px wide: its font size in
 * screen px, and the bounding box of its glyphs, measured by rendering the
 * text alone (with the root's font attributes) and asking resvg for the box of
 * what it drew.
 */
function measure(svg: string): Box[] {
  const root = /<svg [^>]*>/.exec(svg)?.[0] ?? '';
  const viewBoxWidth = Number(/viewBox="0 0 ([\d.]+) /.exec(root)?.[1]);
  const scale = README_WIDTH / viewBoxWidth;
  const rootSize = Number(/font-size="([\d.]+)"/.exec(root)?.[1]);
  // Texts take their font from the root or from their own attributes only.
  expect(svg).not.toMatch(/<g [^>]*font-/);
  return [...svg.matchAll(/<text [^>]*>[^<]*<\/text>/g)].map(([element]) => {
    const own = /font-size="([\d.]+)"/.exec(element)?.[1];
    const alone = new Resvg(`${root}${element}</svg>`, {
      font,
      fitTo: { mode: 'width', value: README_WIDTH },
    });
    const box = alone.getBBox();
    const text = />([^<]*)</.exec(element)?.[1] ?? '';
    expect(box, `resvg drew nothing for ${text}: is the font loaded?`).toBeDefined();
    const b = box as NonNullable<typeof box>;
    return {
      text,
      left: b.x * scale,
      top: b.y * scale,
      right: (b.x + b.width) * scale,
      bottom: (b.y + b.height) * scale,
      fontPx: Number(own ?? rootSize) * scale,
    };
  });
}

function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      if (!apart) found.push(`${a.text} / ${b.text}`);
    }
  }
  return found;
}

/**
 * Whether the segment from (x1, y1) to (x2, y2) passes through the inside of
 * a box (Liang–Barsky clipping: the part of the segment inside each slab).
 */
function segmentCrossesBox(
  [x1, y1, x2, y2]: readonly [number, number, number, number],
  box: Box,
): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  for (const [p, q] of [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
  }
  return t0 < t1;
}

/**
 * Places where a leader (a line from an event's mark to its label or its
 * number; a leader that bends is drawn as several lines) crosses the box of
 * a text as resvg draws it.
 */
function crossings(svg: string, boxes: readonly Box[]): string[] {
  const found: string[] = [];
  for (const [line] of svg.matchAll(/<line class="leader" [^>]*>/g)) {
    const segment = ['x1', 'y1', 'x2', 'y2'].map((a) =>
      Number(new RegExp(` ${a}="([\\d.-]+)"`).exec(line)?.[1]),
    ) as [number, number, number, number];
    expect(segment.every(Number.isFinite), line).toBe(true);
    for (const box of boxes)
      if (segmentCrossesBox(segment, box)) found.push(`x=${segment[0]} ${box.text}`);
  }
  return found;
}

/** The height the root element gives, in px. */
const heightOf = (svg: string) => Number(/<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);

describe('the timeline picture', () => {
  it('parses as XML and has one mark and one label or number per event, from 2016 to the latest event', () => {
    const { marks, labels, numbers, phaseBands } = parse(draw('2016-09-19', lastEnd));
    expect(marks).toHaveLength(events.length);
    const named = [...labels, ...numbers].map((g) => g['@_data-id']).sort();
    expect(named).toEqual(events.map((e) => e.id).sort());
    // Six phases in the first panel (the follow-up begins on 20 December
    // 2018), and the follow-up again in its own panel.
    expect(phaseBands).toBe(7);
  });

  it('gives the preparatory process and the follow-up a panel each', () => {
    expect(parse(readmePicture()).headings).toEqual([
      'The preparatory process, September 2016 – December 2018',
      'Follow-up and review, January 2019 – May 2026',
    ]);
    expect(parse(draw('2017-04-01', '2017-11-30')).headings).toEqual([]);
  });

  it('has a key: dots, bars, leaders, the marked day and every phase colour, the grey follow-up named', () => {
    const keys = [...readmePicture().matchAll(/<text class="key"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(keys).toEqual([
      'event, on its first day',
      'event of several days, first to last day',
      'line from an event to its label',
      'the day asked for',
      'numbered event: see the list under its panel',
      'Launch',
      'Consultations (Phase I)',
      'Stocktaking (Phase II)',
      'Intergovernmental negotiations (Phase III)',
      'Adoption',
      'Follow-up and review, from 20 December 2018 (grey sliver ending the first band row)',
    ]);
  });

  it('gives every mark, label, number and list entry a title: the full title of the event and its dates', () => {
    const { marks, labels, numbers, entries } = parse(readmePicture());
    expect(numbers.length).toBeGreaterThan(0);
    for (const group of [...marks, ...labels, ...numbers, ...entries]) {
      const event = events.find((e) => e.id === group['@_data-id']);
      expect(event).toBeDefined();
      expect(group.title).toBe(eventTooltip(event as (typeof events)[number]));
    }
    const session1 = marks.find((g) => g['@_data-id'] === 'thematic-session-1');
    expect(session1?.title).toBe(
      'Informal thematic session 1: Human rights of all migrants, social inclusion, cohesion and all forms of discrimination, including racism, xenophobia and intolerance (Geneva), 8–9 May 2017',
    );
  });

  it('has one mark per event in a narrower range, and the marker of the day asked for', () => {
    const { marks, markers, phaseBands } = parse(draw('2017-04-01', '2017-11-30', '2017-05-16'));
    expect(marks).toHaveLength(getEventsBetween('2017-04-01', '2017-11-30').length);
    expect(markers).toBe(1);
    expect(phaseBands).toBe(2); // Phase I and, from November, Phase II
  });

  it('fits the axis to the events shown: the six thematic sessions fill the width', () => {
    const sessions = events.filter((e) => e.kind === 'thematic-session');
    expect(fitRange(sessions)).toEqual({ from: '2017-05-01', to: '2017-10-31' });
    const svg = renderTimelineSvg({ events: sessions, phases });
    const xs = parse(svg).marks.map((g) => Number(g.circle?.[0]?.['@_cx']));
    expect(xs).toHaveLength(6);
    // May 8 and October 12 in a May–October axis: from near the left edge to
    // more than three quarters of the way across.
    expect(Math.min(...xs)).toBeLessThan(0.1 * SVG_WIDTH);
    expect(Math.max(...xs)).toBeGreaterThan(0.75 * SVG_WIDTH);
  });

  it('keeps --from and --to as given', () => {
    expect(fitRange(events, '2017-01-01', '2017-12-31')).toEqual({
      from: '2017-01-01',
      to: '2017-12-31',
    });
  });

  it('draws the November 2017 overlap: Phases I and II on separate rows', () => {
    const svg = draw('2017-09-01', '2018-01-31');
    const y = (id: string) =>
      new RegExp(`data-id="${id}"><title>[^<]*</title><rect [^>]*y="(\\d+)"`).exec(svg)?.[1];
    expect(y('consultations')).toBeDefined();
    expect(y('consultations')).not.toBe(y('stocktaking'));
  });

  it.each([
    ['without --mark', undefined],
    ['with --mark 2017-05-16', '2017-05-16'],
  ])(
    'is at most 800 px tall at 880 px wide, %s (it was 1,468 px with straight leaders only)',
    (_, mark) => {
      const svg = cliPicture(mark);
      expect(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1]).toBe(String(SVG_WIDTH));
      expect(heightOf(svg)).toBeLessThanOrEqual(800);
      // Nothing is cut off: every text ends above the bottom edge.
      for (const box of measure(svg))
        expect(box.bottom, box.text).toBeLessThanOrEqual(heightOf(svg));
    },
  );

  it('gives every numbered event exactly one list entry, with its number, its label and its title', () => {
    for (const svg of [cliPicture(), cliPicture('2017-05-16')]) {
      const { numbers, entries, labels } = parse(svg);
      // Crowded stretches of both panels are numbered; the rest is labelled.
      expect(numbers.length).toBeGreaterThan(0);
      expect(labels.length).toBeGreaterThan(0);
      // Numbers run 1, 2, 3 … in the order of the events' first days.
      const numbered = numbers.map((g) => Number(g['@_data-number']));
      expect(numbered).toEqual(numbered.map((_, i) => i + 1));
      const starts = numbers.map((g) => events.find((e) => e.id === g['@_data-id'])?.start ?? '');
      expect(starts).toEqual([...starts].sort());
      for (const number of numbers) {
        const event = events.find((e) => e.id === number['@_data-id']);
        expect(event).toBeDefined();
        const e = event as (typeof events)[number];
        expect(number.text?.[0]?.['#text']).toBe(Number(number['@_data-number']));
        const same = entries.filter((g) => g['@_data-number'] === number['@_data-number']);
        expect(same, `entry ${number['@_data-number']}`).toHaveLength(1);
        const entry = same[0] as Group;
        expect(entry['@_data-id']).toBe(e.id);
        expect(entry.title).toBe(eventTooltip(e));
        expect(entry.title).toContain(e.title.split(' (')[0]);
        expect(entry.text?.map((t) => t['#text'])).toEqual([
          Number(number['@_data-number']),
          shortLabel(e),
        ]);
      }
      expect(entries).toHaveLength(numbers.length);
    }
  });

  it('draws event labels and list entries at 11 px or more (resvg at 880 px wide)', () => {
    const svg = cliPicture('2017-05-16');
    const root = /<svg [^>]*>/.exec(svg)?.[0] ?? '';
    const labelTexts = [
      ...svg.matchAll(
        /<g class="(?:label|entry)"[^>]*>(?:<title>[^<]*<\/title>)?((?:<text [^>]*>[^<]*<\/text>)+)<\/g>/g,
      ),
    ].map((m) => m[1] as string);
    expect(labelTexts.length).toBeGreaterThan(40);
    const boxes = measure(`${root}${labelTexts.join('')}</svg>`);
    expect(Math.min(...boxes.map((b) => b.fontPx))).toBeGreaterThanOrEqual(11);
  });

  const pictures: [string, () => string][] = [
    ['the README picture', readmePicture],
    ['gcm-kit timeline --format svg (no --mark)', () => cliPicture()],
    ['--kind thematic-session', () => draw('2016-09-19', lastEnd, undefined, 'thematic-session')],
    ['--kind negotiation-round', () => draw('2016-09-19', lastEnd, undefined, 'negotiation-round')],
    [
      '--from 2017-04-01 --to 2017-11-30 --mark 2017-11-30',
      () => draw('2017-04-01', '2017-11-30', '2017-11-30'),
    ],
  ];

  describe.each(pictures)('%s, rendered by resvg at 880 px wide', (_, picture) => {
    const boxes = measure(picture());

    it('has no text under 10 px', () => {
      expect(boxes.length).toBeGreaterThan(0);
      const smallest = Math.min(...boxes.map((b) => b.fontPx));
      expect(smallest).toBeGreaterThanOrEqual(10);
    });

    it('has no leader crossing a text', () => {
      expect(crossings(picture(), boxes)).toEqual([]);
    });

    it('has no two texts overlapping, and every text inside the picture', () => {
      expect(overlaps(boxes)).toEqual([]);
      for (const box of boxes) {
        expect(box.left, box.text).toBeGreaterThanOrEqual(0);
        expect(box.right, box.text).toBeLessThanOrEqual(README_WIDTH);
      }
    });
  });

  it('the overlap check finds overlapping labels (it can fail)', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="880" height="40" viewBox="0 0 880 40" font-family="sans-serif" font-size="11"><text x="10" y="20">Session 1</text><text x="40" y="22">Session 2</text><text x="200" y="20" font-size="8">small</text></svg>`;
    const boxes = measure(svg);
    expect(overlaps(boxes)).toEqual(['Session 1 / Session 2']);
    expect(boxes.map((b) => b.fontPx)).toEqual([11, 11, 8]);
  });

  it('the crossing count can fail: a leader through a label counts once, a bent one too', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="880" height="60" viewBox="0 0 880 60" font-family="sans-serif" font-size="11"><line class="leader" x1="40" y1="0" x2="40" y2="50"/><line class="leader" x1="5" y1="0" x2="5" y2="50"/><line class="leader" x1="0" y1="30" x2="100" y2="5"/><line class="leader" x1="0" y1="60" x2="100" y2="40"/><text x="10" y="20">Session 1</text></svg>`;
    expect(crossings(svg, measure(svg))).toEqual(['x=40 Session 1', 'x=0 Session 1']);
  });

  it('gcm-kit timeline --format png writes a PNG 1760 px wide (the built CLI)', () => {
    const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
    const png = spawnSync(process.execPath, [cli, 'timeline', '--format', 'png'], {
      maxBuffer: 64 * 1024 * 1024,
    }).stdout;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The width is the first field of the IHDR chunk.
    expect(png.readUInt32BE(16)).toBe(1760);
  });

  it('is the picture in docs/timeline.svg (run npm run docs:svg after a data change)', () => {
    const onDisk = readFileSync(new URL('../../docs/timeline.svg', import.meta.url), 'utf8');
    // The source line names the version and the day it was drawn.
    const line = /<text class="source"[^>]*>([^<]*)<\/text>/.exec(onDisk)?.[1] ?? '';
    expect(line).toMatch(
      /^Source: gcm-kit \d+\.\d+\.\d+; every event cites documents of its sources registry \(\d+ documents: gcm-kit list sources\)\. Drawn on \d{1,2} [A-Z][a-z]+ \d{4}\.$/,
    );
    const withoutSource = (svg: string) =>
      svg
        .replace(/<text class="source"[^>]*>[^<]*<\/text>\n/, '')
        .replace(/ height="\d+"| viewBox="[^"]*"/g, '')
        .replace(/<rect width="880" height="\d+"/, '<rect width="880"')
        .trimEnd();
    expect(withoutSource(onDisk)).toBe(withoutSource(readmePicture()));
  });
});
