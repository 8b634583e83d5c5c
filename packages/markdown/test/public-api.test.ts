import type { TreatyModel } from '@treatykit/core';
import type { Root } from 'mdast';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as markdown from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(markdown).sort()).toEqual(['toMarkdown', 'toMdast']);
  });

  it('has the documented signatures', () => {
    expectTypeOf(markdown.toMarkdown).toEqualTypeOf<(model: TreatyModel, options?: markdown.MarkdownOptions) => string>();
    expectTypeOf(markdown.toMdast).toEqualTypeOf<(model: TreatyModel, options?: markdown.MarkdownOptions) => Root>();
    expectTypeOf<markdown.MarkdownOptions>().toEqualTypeOf<{
      readonly frontmatter?: boolean | undefined;
      readonly table?: boolean | undefined;
      readonly headingOffset?: number | undefined;
    }>();
  });
});
