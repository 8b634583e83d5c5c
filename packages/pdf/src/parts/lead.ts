import type { TreatyModel } from '@treatykit/core';
import { child, textStrips, type Node, type Sheet } from '../layout/draw.js';
import type { Block } from '../layout/flow.js';
import { cleanText } from '../typeset.js';

const BAR = 3;
const INDENT = 12;

/** The lead paragraph, set larger than the body beside an accent bar. */
export function lead(sheet: Sheet, root: Node, model: TreatyModel): ((width: number) => Block[]) | null {
  if (cleanText(model.summary).trim() === '') return null;
  const { theme, doc } = sheet;
  const node = child(sheet, root, 'P');
  return (width) => [
    {
      strips: textStrips(sheet, node, [{ text: model.summary, face: theme.face.body, field: '/summary' }], theme.lead, width, {
        indent: INDENT,
        background: (x, y, _w, height) => {
          doc.rect(x, y, BAR, height + 0.6).fill(theme.color.accent);
        },
      }),
      spaceBefore: theme.space.block,
    },
  ];
}
