import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listColumns, type SlotRules, slotLabels, spreadOnRow } from '../../src/cli/svgLayout.js';

describe('spreadOnRow', () => {
  it('spreads three numbers wanting the same place evenly around it, in order', () => {
    const centres = spreadOnRow(
      [0, 1, 2].map(() => ({ want: 100, width: 16 })),
      0,
      880,
      3,
    );
    expect(centres).toEqual([81, 100, 119]);
  });

  it('keeps them inside the row, and says when they do not fit', () => {
    expect(spreadOnRow([{ want: 2, width: 16 }], 10, 100, 3)).toEqual([18]);
    expect(
      spreadOnRow(
        [0, 1, 2].map(() => ({ want: 50, width: 16 })),
        0,
        50,
        3,
      ),
    ).toBeUndefined();
  });

  it('keeps order and gaps and stays inside the row, for any wishes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 880, noNaN: true }), { maxLength: 40 }),
        (wants) => {
          const sorted = [...wants].sort((a, b) => a - b);
          const centres = spreadOnRow(
            sorted.map((want) => ({ want, width: 16 })),
            0,
            880,
            3,
          );
          expect(centres).toBeDefined();
          const c = centres as number[];
          for (const [k, x] of c.entries()) {
            expect(x - 8).toBeGreaterThanOrEqual(-1e-9);
            expect(x + 8).toBeLessThanOrEqual(880 + 1e-9);
            if (k > 0) expect(x - (c[k - 1] as number)).toBeGreaterThanOrEqual(19 - 1e-9);
          }
        },
      ),
    );
  });
});

describe('slotLabels', () => {
  const rules: SlotRules = {
    rows: 4,
    offset: 3,
    lo: 4,
    hi: 876,
    spacing: 8,
    reach: 60,
    rowCost: 15,
    coverCost: 10,
    bendCost: 6,
  };

  it('gives two events far apart a label each on a straight leader in the first row', () => {
    expect(
      slotLabels(
        [
          { at: 100, width: 80 },
          { at: 400, width: 80 },
        ],
        rules,
      ),
    ).toEqual([
      { row: 0, ax: 100, anchor: 'start', left: 103 },
      { row: 0, ax: 400, anchor: 'start', left: 403 },
    ]);
  });

  it('never lets labels overlap, a leader run through a label, or two leaders cross', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: 20, max: 860 }),
            width: fc.integer({ min: 30, max: 160 }),
          }),
          { maxLength: 30 },
        ),
        (raw) => {
          const items = [...raw].sort((a, b) => a.at - b.at);
          const slots = slotLabels(items, rules);
          const placed = slots.flatMap((s, i) =>
            s === undefined ? [] : [{ ...s, width: (items[i] as { width: number }).width }],
          );
          for (const [k, a] of placed.entries()) {
            expect(a.left).toBeGreaterThanOrEqual(rules.lo);
            expect(a.left + a.width).toBeLessThanOrEqual(rules.hi);
            // Leaders come down in the events' order: no two cross where they bend.
            if (k > 0)
              expect(a.ax - (placed[k - 1] as { ax: number }).ax).toBeGreaterThanOrEqual(8);
            for (const b of placed) {
              if (a === b) continue;
              if (a.row === b.row)
                expect(a.left + a.width + 6 <= b.left || b.left + b.width + 6 <= a.left).toBe(true);
              // b's leader runs down past a's row when b is lower.
              if (b.row > a.row)
                expect(b.ax <= a.left - 2 || b.ax >= a.left + a.width + 2).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe('listColumns', () => {
  it('uses as many columns as fit, numbers running down each', () => {
    // Ten entries 150 px wide with 14 px between: five columns fit 840 px.
    expect(listColumns(new Array(10).fill(150), 840, 14)).toEqual({
      lines: 2,
      lefts: [0, 164, 328, 492, 656],
    });
    // 500 + 400 + 100 with gaps is wider than 840 px: two columns, of two lines.
    expect(listColumns([500, 400, 100], 840, 14)).toEqual({ lines: 2, lefts: [0, 514] });
  });
});
