import { describe, expect, it } from 'vitest';
import { paginate, type Block, type FlowGeometry, type Strip } from '../src/layout/flow.js';

const geometry: FlowGeometry = {
  top: (page) => (page === 0 ? 0 : 20),
  bottom: 200,
  left: 10,
  width: 210,
  columns: 2,
  gutter: 10,
  columnGap: 10,
  minColumnHeight: 30,
};

function strips(count: number, label: string, height = 10): Strip[] {
  return Array.from({ length: count }, (_, i) => Object.assign({ height, draw: () => {} }, { label: `${label}${i}` }));
}

const label = (s: Strip): string => (s as Strip & { label: string }).label;

describe('paginate', () => {
  it('fills the full-width part, then balances the columns of the last page', () => {
    const full: Block[] = [{ strips: strips(5, 'band'), spaceBefore: 0 }];
    const body: Block[] = [{ strips: strips(10, 'p'), spaceBefore: 0 }];
    const { placements, pages } = paginate(full, body, geometry);
    expect(pages).toBe(1);
    const columns = placements.filter((p) => label(p.strip).startsWith('p'));
    const left = columns.filter((p) => p.x === 10);
    const right = columns.filter((p) => p.x > 10);
    expect([left.length, right.length]).toEqual([5, 5]);
    expect(left[0]?.y).toBe(60);
  });

  it('never leaves a heading alone at the foot of a column', () => {
    const body: Block[] = [
      { strips: strips(17, 'a'), spaceBefore: 0 },
      { strips: strips(1, 'h'), spaceBefore: 0, keepWithNext: true },
      { strips: strips(6, 'b'), spaceBefore: 0 },
    ];
    const { placements } = paginate([], body, geometry);
    const heading = placements.find((p) => label(p.strip) === 'h0');
    const firstLine = placements.find((p) => label(p.strip) === 'b0');
    expect(heading?.x).toBe(firstLine?.x);
    expect(heading?.page).toBe(firstLine?.page);
  });

  it('keeps at least two lines of a paragraph on each side of a break', () => {
    const body: Block[] = [
      { strips: strips(19, 'a'), spaceBefore: 0 },
      { strips: strips(3, 'b'), spaceBefore: 0 },
    ];
    const { placements } = paginate([], body, geometry);
    const columnsOf = (prefix: string): Set<string> =>
      new Set(placements.filter((p) => label(p.strip).startsWith(prefix)).map((p) => `${p.page}:${p.x}`));
    expect(columnsOf('b').size).toBe(1);
  });

  it('moves on to new pages, below the running header, and places every strip once', () => {
    const body: Block[] = Array.from({ length: 30 }, (_, i) => ({ strips: strips(7, `p${i}-`), spaceBefore: 4 }));
    const { placements, pages } = paginate([{ strips: strips(3, 'band'), spaceBefore: 0 }], body, geometry);
    expect(pages).toBeGreaterThan(3);
    expect(placements).toHaveLength(3 + 30 * 7);
    for (const p of placements) {
      expect(p.y + p.strip.height).toBeLessThanOrEqual(geometry.bottom);
      if (p.page > 0) expect(p.y).toBeGreaterThanOrEqual(20);
    }
  });
});
