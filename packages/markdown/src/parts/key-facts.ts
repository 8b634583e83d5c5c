import type { TreatyModel } from '@treatykit/core';
import type { List } from 'mdast';
import { singleLine, text } from '../text.js';

/** The key facts as a tight bullet list, or nothing when there are none. */
export function keyFacts(model: TreatyModel): List[] {
  // A fact that is only whitespace has nothing to show and would read back as no item at all.
  const facts = model.keyFacts.map(singleLine).filter((f) => f !== '');
  if (facts.length === 0) return [];
  return [
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: facts.map((f) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(f)] }] })),
    },
  ];
}
