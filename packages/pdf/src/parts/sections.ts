import type { TreatyModel } from '@treatykit/core';
import { child, textStrips, type Sheet, type Node } from '../layout/draw.js';
import { cleanText } from '../typeset.js';
import type { Block } from '../layout/flow.js';

/** "What Happened?", "Why Does it Matter?" and any other sections, as headed runs of body text. */
export function sections(sheet: Sheet, root: Node, model: TreatyModel): (width: number) => Block[] {
  const { theme } = sheet;
  const nodes = model.sections.map((section) => {
    const sect = child(sheet, root, 'Sect');
    return {
      section,
      heading: child(sheet, sect, 'H2'),
      // Keep each paragraph's index in the model (for warnings) while skipping blank ones.
      paragraphs: section.paragraphs.flatMap((text, index) =>
        cleanText(text).trim() === '' ? [] : [{ text, index, node: child(sheet, sect, 'P') }],
      ),
    };
  });
  return (width) =>
    nodes.flatMap(({ section, heading, paragraphs }, s): Block[] => [
      {
        strips: textStrips(
          sheet,
          heading,
          [{ text: section.heading, face: 'sans-bold', color: theme.color.accent, field: `/sections/${s}/heading` }],
          theme.heading,
          width,
          { padBottom: 2 },
        ),
        spaceBefore: theme.space.heading,
        keepWithNext: true,
      },
      ...paragraphs.map(
        ({ text, index, node }, p): Block => ({
          strips: textStrips(
            sheet,
            node,
            [{ text, face: theme.face.body, field: `/sections/${s}/paragraphs/${index}` }],
            theme.body,
            width,
          ),
          spaceBefore: p === 0 ? 0 : theme.space.paragraph,
        }),
      ),
    ]);
}
