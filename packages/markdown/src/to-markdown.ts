import type { TreatyModel } from '@treatykit/core';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified, type Processor } from 'unified';
import { frontmatter } from './parts/frontmatter.js';
import { glance } from './parts/glance.js';
import { headline } from './parts/headline.js';
import { keyFacts } from './parts/key-facts.js';
import { lead } from './parts/lead.js';
import { sections } from './parts/sections.js';
import { templateSafe } from './text.js';

/** Options for {@link toMarkdown} and {@link toMdast}. */
export interface MarkdownOptions {
  /** Write the YAML frontmatter block (default `true`). */
  readonly frontmatter?: boolean | undefined;
  /** Write the "At a glance" heading and table (default `true`). */
  readonly table?: boolean | undefined;
  /** Shift every heading down by this many levels, 0 to 5 (default `0`): the headline is depth `1 + offset`, sections `2 + offset`, at most 6. */
  readonly headingOffset?: number | undefined;
}

function resolveOffset(value: number | undefined): number {
  if (value === undefined) return 0;
  if (!Number.isInteger(value) || value < 0 || value > 5) {
    throw new RangeError(`headingOffset must be an integer from 0 to 5, found ${String(value)}`);
  }
  return value;
}

/** Builds the mdast tree of an article for a treaty model, for embedding in a larger document. */
export function toMdast(model: TreatyModel, options: MarkdownOptions = {}): Root {
  const offset = resolveOffset(options.headingOffset);
  // The table sits after the key facts under its own heading, so a reader of the body still finds
  // headline, lead, key facts and sections where the article format puts them.
  return {
    type: 'root',
    children: [
      ...(options.frontmatter === false ? [] : [frontmatter(model)]),
      headline(model, 1 + offset),
      ...lead(model),
      ...keyFacts(model),
      ...(options.table === false ? [] : glance(model, 2 + offset)),
      ...sections(model, 2 + offset),
    ],
  };
}

let processor: Processor<undefined, undefined, undefined, Root, string> | undefined;


// Built on first use so that importing the package costs nothing until it converts.
function markdownProcessor(): Processor<undefined, undefined, undefined, Root, string> {
  processor ??= unified()
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-', fences: true, handlers: { text: (node, _parent, state, info) => templateSafe(state.safe(node.value, info)) } })
    .freeze();
  return processor;
}

/** Writes a treaty model as a Markdown article with YAML frontmatter that `parseArticle` reads back to the same model. */
export function toMarkdown(model: TreatyModel, options: MarkdownOptions = {}): string {
  return markdownProcessor().stringify(toMdast(model, options));
}
