import type { TreatyModel } from '@treatykit/core';
import type { Paragraph } from 'mdast';
import { singleLine, text } from '../text.js';

/** The lead paragraph, or nothing when the article has none. */
export function lead(model: TreatyModel): Paragraph[] {
  const value = singleLine(model.summary);
  return value === '' ? [] : [{ type: 'paragraph', children: [text(value)] }];
}
