import { describe, expect, it } from 'vitest';
import { safeParseConsultation } from '../../src/schemas/safeParseConsultation.js';
import { validateMany } from '../../src/schemas/validateMany.js';

// The repeated-id rules of one record (thematic groups, recommendations),
// on few items (compared in a list) and on many (a Set), and on raw input
// where an earlier item failed its own check.

const group = (id: string) => ({ id, title: `Group ${id}` });
const rec = (id: string, thematicGroupId?: string) => ({
  id,
  text: `Recommendation ${id}.`,
  ...(thematicGroupId !== undefined ? { thematicGroupId } : {}),
});

function record(groups: unknown[], recommendations: unknown[]) {
  return {
    id: 'minsk-2017-05-16',
    kind: 'national',
    title: 'National consultation on the Global Compact for Migration',
    dates: { start: '2017-05-16', end: '2017-05-16' },
    timeZone: 'Europe/Minsk',
    country: 'BLR',
    city: 'Minsk',
    thematicGroups: groups,
    outcome: { kind: 'recommendations', recommendations },
    sources: [{ title: 'Report', publisher: 'IOM', url: 'https://www.iom.int/news/x' }],
  };
}

/** The errors of a record, as "path: message". */
function errors(value: unknown): string[] {
  return safeParseConsultation(JSON.parse(JSON.stringify(value)))
    .issues.filter((i) => i.severity === 'error')
    .map((i) => `${i.path}: ${i.message}`);
}

const many = (n: number, make: (k: number) => unknown) =>
  Array.from({ length: n }, (_, k) => make(k));

describe('repeated ids within a record', () => {
  it('flags the second group with the id of the first, and only it', () => {
    expect(errors(record([group('data'), group('return'), group('data')], []))).toEqual([
      'thematicGroups[2].id: repeats the id data',
    ]);
  });

  it('flags a recommendation id met before, on few and on many recommendations', () => {
    expect(errors(record([], [rec('r1'), rec('r2'), rec('r1')]))).toEqual([
      'outcome.recommendations[2].id: repeats the id r1',
    ]);
    const twenty = many(20, (k) => rec(`r${k}`));
    twenty[19] = rec('r5');
    expect(errors(record([], twenty))).toEqual([
      'outcome.recommendations[19].id: repeats the id r5',
    ]);
  });

  it('names each known group once when a recommendation names an unknown one, on few and on many groups', () => {
    expect(errors(record([group('a'), group('a'), group('b')], [rec('r1', 'c')]))).toEqual([
      'thematicGroups[1].id: repeats the id a',
      'outcome.recommendations[0].thematicGroupId: names no thematic group of this record (groups: a, b)',
    ]);
    const groups = many(20, (k) => group(`g${k}`));
    groups[19] = group('g0');
    const known = many(19, (k) => `g${k}`).join(', ');
    expect(errors(record(groups, [rec('r1', 'g18'), rec('r2', 'g19')]))).toEqual([
      'thematicGroups[19].id: repeats the id g0',
      `outcome.recommendations[1].thematicGroupId: names no thematic group of this record (groups: ${known})`,
    ]);
  });

  it('does not count an id that failed its own check as met, nor read an item that is not an object', () => {
    // 'R 1' is not a slug: both say so, neither is a repeat.
    expect(
      errors(record([], [rec('R 1'), rec('R 1')])).filter((e) => e.includes('repeats')),
    ).toEqual([]);
    // A null item first: the rule reads past it and still sees the repeat.
    const found = errors(record([], [null, rec('r1'), rec('r1')]));
    expect(found).toContain('outcome.recommendations[2].id: repeats the id r1');
    expect(found.some((e) => e.startsWith('outcome.recommendations[0]'))).toBe(true);
  });

  it('reports the same through validateMany, with the fast path', async () => {
    const text = `${JSON.stringify(record([], [rec('r1'), rec('r2'), rec('r1')]))}\n`;
    const summary = await validateMany(text);
    expect(summary.reports[0]?.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'outcome.recommendations[2].id: repeats the id r1',
    ]);
  });
});
