import type { TreatyModel } from '@treatykit/core';
import { artifact, baseline, child, drawLine, lineStrips, spacer, tagged, type Node, type Sheet } from '../layout/draw.js';
import type { Block, Strip } from '../layout/flow.js';
import { cleanText } from '../typeset.js';
import { sectionHeading } from './at-a-glance.js';

const INSET = 10;
const BULLET = 12;

/** The key facts as a bulleted list on a tinted panel. */
export function keyFacts(sheet: Sheet, root: Node, model: TreatyModel): ((width: number) => Block[]) | null {
  const facts = model.keyFacts.flatMap((fact, index) => (cleanText(fact).trim() === '' ? [] : [{ fact, index }]));
  if (facts.length === 0) return null;
  const { theme, doc } = sheet;
  const section = child(sheet, root, 'Sect');
  const heading = child(sheet, section, 'H2');
  const list = child(sheet, section, 'L');
  const items = facts.map(({ fact, index }) => {
    const li = child(sheet, list, 'LI');
    return { fact, index, label: child(sheet, li, 'Lbl'), body: child(sheet, li, 'LBody') };
  });
  const panel = (x: number, y: number, width: number, height: number): void => {
    doc.rect(x, y, width, height + 0.6).fill(theme.color.panel);
  };
  const style = theme.facts;

  return (width) => {
    const inner = width - 2 * INSET;
    const noRule = (): void => {};
    const title = sectionHeading(sheet, heading, 'Key facts', inner, noRule);
    const blocks: Block[] = [
      {
        strips: [spacer(sheet, INSET - 2, panel), ...title.strips.map((strip) => inset(sheet, strip, panel))],
        spaceBefore: 0,
        keepWithNext: true,
      },
    ];
    const bullet = sheet.typesetter.lines([{ text: '•', face: 'sans-bold', color: theme.color.accent }], style.size, BULLET)[0];
    items.forEach(({ fact, index, label, body }, i) => {
      const lines = sheet.typesetter.lines([{ text: fact, face: theme.face.text, field: `/keyFacts/${index}` }], style.size, inner - BULLET);
      const strips = lineStrips(sheet, body, lines, style, {
        indent: BULLET,
        padTop: i === 0 ? 0 : 3,
        first(x, y) {
          if (bullet) tagged(sheet, label, () => drawLine(sheet, bullet, x, y + baseline(style), style.size));
        },
      }).map((strip) => inset(sheet, strip, panel));
      if (i === items.length - 1) strips.push(spacer(sheet, INSET, panel));
      blocks.push({ strips, spaceBefore: 0, keepTogether: true });
    });
    return blocks;
  };
}

/** Paints the panel behind a strip and draws the strip inset from the panel's edges. */
function inset(sheet: Sheet, strip: Strip, panel: (x: number, y: number, w: number, h: number) => void): Strip {
  return {
    height: strip.height,
    draw(x, y, width) {
      artifact(sheet, 'Layout', () => panel(x, y, width, strip.height));
      strip.draw(x + INSET, y, width - 2 * INSET);
    },
  };
}
