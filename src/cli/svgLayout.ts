// Layout helpers of the timeline picture (src/cli/svg.ts) that need no SVG:
// where labels go (and so which events get a number instead), where the
// numbers sit on their row, and how the numbered list is cut into columns.

/** Something on a row: where it wants its centre, and its width. */
export interface RowItem {
  readonly want: number;
  readonly width: number;
}

/**
 * Centres for items on one row, in the order given (their events' order, so
 * that lines from the events to them do not cross), as near as can be to where
 * each wants to be, with `gap` px between neighbours and everything inside
 * [lo, hi]. Items that would overlap are merged into a block centred on the
 * mean of their wishes (the classic way of spreading labels along a line).
 * Returns undefined when they do not fit between lo and hi.
 */
export function spreadOnRow(
  items: readonly RowItem[],
  lo: number,
  hi: number,
  gap: number,
): number[] | undefined {
  const total = items.reduce((s, it) => s + it.width, 0) + gap * Math.max(0, items.length - 1);
  if (total > hi - lo) return undefined;
  // Blocks of consecutive items: first index, count, total width, the sum of
  // the block starts its items wish for, and the block's left edge.
  interface Block {
    first: number;
    count: number;
    width: number;
    wish: number;
    left: number;
  }
  const blocks: Block[] = [];
  const place = (b: Block) => {
    b.left = Math.min(Math.max(b.wish / b.count, lo), hi - b.width);
  };
  for (const [i, it] of items.entries()) {
    const b: Block = { first: i, count: 1, width: it.width, wish: it.want - it.width / 2, left: 0 };
    place(b);
    blocks.push(b);
    for (;;) {
      const last = blocks.at(-1) as Block;
      const a = blocks.at(-2);
      if (a === undefined || a.left + a.width + gap <= last.left) break;
      // Merge: each of last's items wishes the block to start where it
      // wants to be, less the width of what comes before it in the block.
      let offset = a.width + gap;
      for (let k = last.first; k < last.first + last.count; k++) {
        const item = items[k] as RowItem;
        a.wish += item.want - item.width / 2 - offset;
        offset += item.width + gap;
      }
      a.count += last.count;
      a.width += gap + last.width;
      place(a);
      blocks.pop();
    }
  }
  const centres: number[] = [];
  for (const b of blocks) {
    let left = b.left;
    for (let k = b.first; k < b.first + b.count; k++) {
      const item = items[k] as RowItem;
      centres.push(left + item.width / 2);
      left += item.width + gap;
    }
  }
  return centres;
}

/**
 * Cuts a list of entries into as many columns as fit `width` px (numbers run
 * down each column, then on to the next): returns the columns' first entries'
 * indexes, the left edge of each column and the number of lines.
 */
export function listColumns(
  widths: readonly number[],
  width: number,
  gap: number,
): { lines: number; lefts: number[] } {
  for (let columns = Math.max(1, widths.length); columns > 1; columns--) {
    const lines = Math.ceil(widths.length / columns);
    const used = Math.ceil(widths.length / lines);
    const lefts: number[] = [];
    let x = 0;
    for (let c = 0; c < used; c++) {
      lefts.push(x);
      x += Math.max(...widths.slice(c * lines, (c + 1) * lines)) + gap;
    }
    if (x - gap <= width) return { lines, lefts };
  }
  return { lines: widths.length, lefts: [0] };
}

/** A label to place under a mark: its event's x and its width. */
export interface LabelToPlace {
  readonly at: number;
  readonly width: number;
}

/**
 * Where a label goes: its row, the x where its leader comes down to it (the
 * label starts just right of that line, or with `end`, ends just left of it)
 * and the left edge of its box.
 */
export interface LabelSlot {
  readonly row: number;
  readonly ax: number;
  readonly anchor: 'start' | 'end';
  readonly left: number;
}

/** How labels are laid out: see slotLabels. */
export interface SlotRules {
  /** Rows a label may take. */
  readonly rows: number;
  /** Space between a leader and its label, px. */
  readonly offset: number;
  /** Labels' boxes stay within [lo, hi]. */
  readonly lo: number;
  readonly hi: number;
  /** Least distance between two leaders where they come down to the rows, px. */
  readonly spacing: number;
  /** How far a leader may bend away from its event, px. */
  readonly reach: number;
  /** What a row lower costs, in px of bending. */
  readonly rowCost: number;
  /**
   * What a label costs for each event still to place that it reaches over, in
   * px of bending: such a label takes the room of the events to come.
   */
  readonly coverCost: number;
  /** What any bend costs, in px: a straight leader reads best. */
  readonly bendCost: number;
}

/**
 * Places labels, left to right, each in the cheapest free slot. A leader runs
 * down from its event at `at`, bends in a channel above the first row to `ax`
 * and runs down again to its label's row, so the labels of close events can
 * sit apart. Leaders come down in the events' order (`ax` grows with `at`), so
 * no two cross in the channel; a slot is free when its label overlaps no label
 * of its row (6 px apart), no leader that runs down past its row crosses it,
 * and its own leader crosses no label of the rows above. Each slot costs how
 * far its leader bends plus `rowCost` a row; an event with no free slot
 * within `reach` gets undefined (the caller numbers it).
 */
export function slotLabels(
  items: readonly LabelToPlace[],
  rules: SlotRules,
): (LabelSlot | undefined)[] {
  const slots: (LabelSlot | undefined)[] = items.map(() => undefined);
  const placed: (LabelSlot & { width: number })[] = [];
  /** The cheapest free slot for item i whose leader comes down in [lo, hi]. */
  const cheapest = (i: number, lo: number, hi: number): LabelSlot | undefined => {
    const { at, width } = items[i] as LabelToPlace;
    let best: (LabelSlot & { cost: number }) | undefined;
    for (let ax = Math.ceil(lo); ax <= Math.floor(hi); ax++) {
      const bend = Math.abs(ax - at);
      for (let row = 0; row < rules.rows; row++) {
        for (const anchor of ['start', 'end'] as const) {
          const left = anchor === 'start' ? ax + rules.offset : ax - rules.offset - width;
          let covered = 0;
          for (let j = i + 1; j < items.length; j++) {
            const next = (items[j] as LabelToPlace).at;
            if (next > left + width + 2) break;
            if (next > left - 2 && slots[j] === undefined) covered++;
          }
          const cost =
            bend +
            (bend > 0 ? rules.bendCost : 0) +
            row * rules.rowCost +
            covered * rules.coverCost;
          if (best !== undefined && cost >= best.cost) continue;
          if (left < rules.lo || left + width > rules.hi) continue;
          const free = placed.every((p) => {
            if (p.row === row) return p.left >= left + width + 6 || left >= p.left + p.width + 6;
            // The leader of the lower label runs down past the upper label.
            if (p.row > row) return p.ax <= left - 2 || p.ax >= left + width + 2;
            return ax <= p.left - 2 || ax >= p.left + p.width + 2;
          });
          if (free) best = { row, ax, anchor, left, cost };
        }
      }
    }
    if (best === undefined) return undefined;
    const { cost: _, ...slot } = best;
    return slot;
  };
  const take = (i: number, slot: LabelSlot | undefined) => {
    if (slot === undefined) return;
    slots[i] = slot;
    placed.push({ ...slot, width: (items[i] as LabelToPlace).width });
  };
  // Left to right, each in the cheapest slot after the leaders before it.
  let lastAx = -Infinity;
  for (const [i, { at }] of items.entries()) {
    take(i, cheapest(i, Math.max(lastAx + rules.spacing, at - rules.reach), at + rules.reach));
    lastAx = slots[i]?.ax ?? lastAx;
  }
  // Then each event left without a label is tried again between the leaders
  // of its labelled neighbours: a label placed later may have left room.
  for (const [i, { at }] of items.entries()) {
    if (slots[i] !== undefined) continue;
    const before = slots
      .slice(0, i)
      .filter((s) => s !== undefined)
      .at(-1);
    const after = slots.slice(i + 1).find((s) => s !== undefined);
    take(
      i,
      cheapest(
        i,
        Math.max((before?.ax ?? -Infinity) + rules.spacing, at - rules.reach),
        Math.min((after?.ax ?? Infinity) - rules.spacing, at + rules.reach),
      ),
    );
  }
  return slots;
}
