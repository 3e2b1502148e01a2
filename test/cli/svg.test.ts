import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderTimelineSvg } from '../../src/cli/svg.js';
import { events } from '../../src/data/events.js';
import { phases } from '../../src/data/phases.js';
import { getEventsBetween } from '../../src/timeline/getEventsBetween.js';

const lastEnd =
  events
    .map((e) => e.end)
    .sort()
    .at(-1) ?? '';
const draw = (from: string, to: string, mark?: string) =>
  renderTimelineSvg({ events: getEventsBetween(from, to), phases, from, to, mark });

interface Label {
  '@_x': string;
  '@_y': string;
  '@_data-left': string;
  '@_data-width': string;
  '#text': string;
}

function parse(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['g', 'text', 'line', 'circle', 'rect'].includes(name),
  }).parse(svg);
  const groups: { '@_class'?: string; circle?: { '@_class': string }[]; text?: Label[] }[] =
    doc.svg.g ?? [];
  const eventGroups = groups.filter((g) => g['@_class'] === 'event-group');
  return {
    marks: eventGroups.flatMap((g) => g.circle ?? []).filter((c) => c['@_class'] === 'event'),
    labels: eventGroups.flatMap((g) => g.text ?? []),
    phaseBands: groups.filter((g) => g['@_class'] === 'phase').length,
    markers: groups.filter((g) => g['@_class'] === 'marker').length,
  };
}

describe('the timeline picture', () => {
  it('parses as XML and has one mark per event, from 2016 to the latest event', () => {
    const { marks, phaseBands } = parse(draw('2016-09-19', lastEnd));
    expect(marks).toHaveLength(events.length);
    expect(phaseBands).toBe(6);
  });

  it('has one mark per event in a narrower range, and the marker of the day asked for', () => {
    const { marks, markers, phaseBands } = parse(draw('2017-04-01', '2017-11-30', '2017-05-16'));
    expect(marks).toHaveLength(getEventsBetween('2017-04-01', '2017-11-30').length);
    expect(markers).toBe(1);
    expect(phaseBands).toBe(2); // Phase I and, from November, Phase II
  });

  it('draws the November 2017 overlap: Phases I and II on separate rows', () => {
    const svg = draw('2017-09-01', '2018-01-31');
    const y = (id: string) =>
      new RegExp(`data-id="${id}"><title>[^<]*</title><rect [^>]*y="(\\d+)"`).exec(svg)?.[1];
    expect(y('consultations')).toBeDefined();
    expect(y('consultations')).not.toBe(y('stocktaking'));
  });

  it('places labels so that no two overlap', () => {
    const { labels } = parse(draw('2016-09-19', lastEnd));
    const boxes = labels.map((l) => ({
      y: l['@_y'],
      left: Number(l['@_data-left']),
      right: Number(l['@_data-left']) + Number(l['@_data-width']),
    }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (a.y === b.y)
          expect(
            a.right <= b.left || b.right <= a.left,
            `${JSON.stringify(a)} ${JSON.stringify(b)}`,
          ).toBe(true);
      }
    }
  });

  it('is the picture in docs/timeline.svg (run npm run docs:svg after a data change)', () => {
    const onDisk = readFileSync(new URL('../../docs/timeline.svg', import.meta.url), 'utf8');
    expect(onDisk.trimEnd()).toBe(draw('2016-09-19', lastEnd, '2017-05-16').trimEnd());
  });
});
