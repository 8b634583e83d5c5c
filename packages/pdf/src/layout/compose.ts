import type { TreatyModel } from '@treatykit/core';
import { atAGlance } from '../parts/at-a-glance.js';
import { keyFacts } from '../parts/key-facts.js';
import { lead } from '../parts/lead.js';
import { footer, runningHeader } from '../parts/page-chrome.js';
import { sections } from '../parts/sections.js';
import { titleBand } from '../parts/title-band.js';
import { artifact, type Node, type Sheet } from './draw.js';
import { paginate, type Block, type Layout, type Strip } from './flow.js';

// The at-a-glance table takes this share of the width when it sits beside the key facts.
const TABLE_SHARE = 0.57;

/** The whole sheet laid out: where every strip goes, and how to paint each page's header and footer. */
export interface Composition extends Layout {
  /** Paints the running header (continuation pages only). */
  header(page: number): void;
  /** Paints the footer. */
  footer(page: number): void;
}

/** Builds the structure tree and lays the model out on pages (nothing is drawn yet). */
export function compose(sheet: Sheet, root: Node, model: TreatyModel): Composition {
  const { theme, pageHeight } = sheet;
  const width = sheet.pageWidth - 2 * theme.margin;

  // Parts are called in reading order: each adds its nodes to the structure tree as it is built.
  const band = titleBand(sheet, root, model, width);
  const table = atAGlance(sheet, root, model);
  const facts = keyFacts(sheet, root, model);
  const leadBlocks = lead(sheet, root, model);
  const body = sections(sheet, root, model);

  const foot = footer(sheet, model, width);
  const head = runningHeader(sheet, model, width);
  const bottom = pageHeight - theme.bottomMargin - foot.height - 12;
  const bandHeight = band.strips.reduce((h, s) => h + s.height, 0);

  const full: Block[] = [band];
  const top = facts ? sideBySide(sheet, table, facts, width) : null;
  // Side by side only while that leaves most of the first page for the lead and the body.
  if (top && theme.space.band + top.height <= (bottom - bandHeight) * 0.6) {
    full.push({ strips: [top], spaceBefore: theme.space.band });
  } else {
    // Too tall to sit side by side on the first page: stack them and let them flow.
    const stacked = [...table(width), ...(facts ? spaced(facts(width), theme.space.block) : [])];
    full.push(...spaced(stacked, theme.space.band));
  }
  if (leadBlocks) full.push(...leadBlocks(width));

  const columnWidth = (width - theme.gutter) / 2;
  const layout = paginate(full, body(columnWidth), {
    top: (page) => (page === 0 ? 0 : head.height),
    bottom,
    left: theme.margin,
    width,
    columns: 2,
    gutter: theme.gutter,
    columnGap: theme.space.block + 4,
    minColumnHeight: theme.body.leading * 4,
  });
  return {
    ...layout,
    header(page) {
      if (page > 0) head.draw();
    },
    footer(page) {
      foot.draw(page, layout.pages);
    },
  };
}

function spaced(blocks: Block[], space: number): Block[] {
  const [first, ...rest] = blocks;
  return first ? [{ ...first, spaceBefore: space }, ...rest] : [];
}

/** One strip holding the table on the left and the key facts panel on the right, top-aligned. */
function sideBySide(
  sheet: Sheet,
  table: (width: number) => Block[],
  facts: (width: number) => Block[],
  width: number,
): Strip {
  const { gutter } = sheet.theme;
  const leftWidth = Math.round((width - gutter) * TABLE_SHARE);
  const rightWidth = width - gutter - leftWidth;
  const left = table(leftWidth).flatMap((b) => b.strips);
  const right = facts(rightWidth).flatMap((b) => b.strips);
  const sum = (strips: Strip[]): number => strips.reduce((h, s) => h + s.height, 0);
  const height = Math.max(sum(left), sum(right));
  const stack = (strips: Strip[], x: number, y: number, w: number): void => {
    let top = y;
    for (const strip of strips) {
      strip.draw(x, top, w);
      top += strip.height;
    }
  };
  return {
    height,
    draw(x, y) {
      stack(left, x, y, leftWidth);
      const rightX = x + leftWidth + gutter;
      const short = height - sum(right);
      if (short > 0) {
        // The panel stretches down so that it ends level with the table.
        artifact(sheet, 'Layout', () => {
          sheet.doc.rect(rightX, y + sum(right) - 1, rightWidth, short + 1).fill(sheet.theme.color.panel);
        });
      }
      stack(right, rightX, y, rightWidth);
    },
  };
}
