import type { TreatyModel } from '@treatykit/core';
import type { Heading } from 'mdast';
import { heading } from '../text.js';

/** The headline, as the page's top heading. */
export function headline(model: TreatyModel, depth: number): Heading {
  return heading(depth, model.title);
}
