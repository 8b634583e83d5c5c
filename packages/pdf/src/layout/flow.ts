/** An unbreakable horizontal slice of content: a line of text, a table row's line, a padding band. */
export interface Strip {
  height: number;
  draw(x: number, y: number, width: number): void;
}

/** A run of strips that flows as one unit of content (a paragraph, a heading, a table row). */
export interface Block {
  strips: Strip[];
  /** Space above the block, dropped at the top of a column. */
  spaceBefore: number;
  /** Move the whole block to the next column rather than split it (unless it is taller than a column). */
  keepTogether?: boolean;
  /** Never end a column with this block: it moves along with the first lines of the next block. */
  keepWithNext?: boolean;
}

/** Where a strip ended up. */
export interface Placement {
  strip: Strip;
  page: number;
  x: number;
  y: number;
  width: number;
}

/** A rectangle of a page that content is poured into, top to bottom. */
export interface Slot {
  page: number;
  x: number;
  width: number;
  top: number;
  bottom: number;
}

interface Cursor {
  block: number;
  strip: number;
}

interface Poured {
  placements: Placement[];
  cursor: Cursor;
  done: boolean;
  /** Bottom of the last strip placed in the last slot used. */
  end: number;
}

// A paragraph split across columns keeps at least this many lines on each side.
const MIN_LINES = 2;

function height(strips: readonly Strip[], from = 0, to = strips.length): number {
  let total = 0;
  for (let i = from; i < to; i++) total += (strips[i] as Strip).height;
  return total;
}

/** Fills the slots in order with the blocks from `cursor`, honouring the keep rules, and says where it stopped. */
function pour(blocks: readonly Block[], start: Cursor, slots: readonly Slot[], strict = false): Poured {
  const placements: Placement[] = [];
  const cursor = { ...start };
  let end = slots[0]?.top ?? 0;
  for (const slot of slots) {
    let y = slot.top;
    let atTop = true;
    const capacity = slot.bottom - slot.top;
    while (cursor.block < blocks.length) {
      const block = blocks[cursor.block] as Block;
      const { strips } = block;
      const space = atTop || cursor.strip > 0 ? 0 : block.spaceBefore;
      const rest = height(strips, cursor.strip);
      const next = blocks[cursor.block + 1];
      const follow =
        block.keepWithNext && next ? next.spaceBefore + height(next.strips, 0, Math.min(MIN_LINES, next.strips.length)) : 0;
      const room = slot.bottom - y - space;
      let count: number;
      if (rest + follow <= room) {
        count = strips.length - cursor.strip;
      } else if (!atTop && (block.keepWithNext || block.keepTogether) && cursor.strip === 0 && rest + follow <= capacity) {
        break;
      } else {
        let fit = 0;
        let used = 0;
        while (cursor.strip + fit < strips.length && used + (strips[cursor.strip + fit] as Strip).height <= room) {
          used += (strips[cursor.strip + fit] as Strip).height;
          fit++;
        }
        const remaining = strips.length - cursor.strip;
        if (fit >= remaining) {
          // Everything fits but what must follow does not: the block goes to the next column.
          if (!atTop) break;
          if (strict) return { placements, cursor, done: false, end: y };
          fit = remaining;
        } else {
          fit = Math.min(fit, remaining - MIN_LINES);
          if (fit < MIN_LINES || (block.keepTogether && !atTop && cursor.strip === 0 && rest <= capacity)) fit = 0;
        }
        if (fit <= 0) {
          if (!atTop) break;
          // Progress is guaranteed: an empty column always takes at least one strip. When
          // balancing (strict), needing that means the trial height is too small.
          if (strict) return { placements, cursor, done: false, end: y };
          fit = 1;
        }
        count = fit;
      }
      y += space;
      for (let i = 0; i < count; i++) {
        const strip = strips[cursor.strip + i] as Strip;
        placements.push({ strip, page: slot.page, x: slot.x, y, width: slot.width });
        y += strip.height;
      }
      atTop = false;
      cursor.strip += count;
      if (cursor.strip >= strips.length) {
        cursor.block++;
        cursor.strip = 0;
      } else {
        break;
      }
    }
    end = y;
    if (cursor.block >= blocks.length) return { placements, cursor, done: true, end };
  }
  return { placements, cursor, done: false, end };
}

/** The page geometry the flow needs. */
export interface FlowGeometry {
  /** Top of the content area of a page (page 0 starts with the title band). */
  top(page: number): number;
  bottom: number;
  left: number;
  width: number;
  columns: number;
  gutter: number;
  /** Space between the full-width part and the columns. */
  columnGap: number;
  /** The columns start on a new page when less than this is left. */
  minColumnHeight: number;
}

/** Result of laying out a whole document. */
export interface Layout {
  placements: Placement[];
  pages: number;
}

/** Lays out full-width blocks, then multi-column blocks whose last page is balanced. */
export function paginate(full: readonly Block[], columnar: readonly Block[], geo: FlowGeometry): Layout {
  const placements: Placement[] = [];
  let page = 0;
  let y = geo.top(0);
  let cursor: Cursor = { block: 0, strip: 0 };
  while (cursor.block < full.length) {
    const poured = pour(full, cursor, [{ page, x: geo.left, width: geo.width, top: y, bottom: geo.bottom }]);
    placements.push(...poured.placements);
    cursor = poured.cursor;
    y = poured.end;
    if (!poured.done) {
      page++;
      y = geo.top(page);
    }
  }
  if (columnar.length === 0) return { placements, pages: page + 1 };
  if (placements.length > 0) y += geo.columnGap;
  if (geo.bottom - y < geo.minColumnHeight) {
    page++;
    y = geo.top(page);
  }
  const columnWidth = (geo.width - geo.gutter * (geo.columns - 1)) / geo.columns;
  const slots = (top: number, bottom: number): Slot[] =>
    Array.from({ length: geo.columns }, (_, i) => ({
      page,
      x: geo.left + i * (columnWidth + geo.gutter),
      width: columnWidth,
      top,
      bottom,
    }));
  cursor = { block: 0, strip: 0 };
  for (;;) {
    const poured = pour(columnar, cursor, slots(y, geo.bottom));
    if (poured.done) {
      // Balance the last page: the shortest column height that still holds the rest.
      let best = poured;
      let low = 0;
      let high = geo.bottom - y;
      while (high - low > 0.5) {
        const mid = (low + high) / 2;
        const trial = pour(columnar, cursor, slots(y, y + mid), true);
        if (trial.done) {
          high = mid;
          best = trial;
        } else {
          low = mid;
        }
      }
      placements.push(...best.placements);
      return { placements, pages: page + 1 };
    }
    placements.push(...poured.placements);
    cursor = poured.cursor;
    page++;
    y = geo.top(page);
  }
}
