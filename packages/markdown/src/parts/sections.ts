import type { TreatyModel } from '@treatykit/core';
import type { Heading, Paragraph } from 'mdast';
import { heading, singleLine, text } from '../text.js';

/** Every section of the body: its heading, then its paragraphs. */
export function sections(model: TreatyModel, depth: number): (Heading | Paragraph)[] {
  return model.sections.flatMap((section) => [
    heading(depth, section.heading),
    ...section.paragraphs
      .map(singleLine)
      .filter((p) => p !== '')
      .map((p): Paragraph => ({ type: 'paragraph', children: [text(p)] })),
  ]);
}
