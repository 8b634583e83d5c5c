import type { Root, RootContent, PhrasingContent } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { BlockBuilder, type Block } from './blocks.js';

/** The article's layout: what each block is, before any facts are extracted. */
export interface ArticleLayout {
  readonly format: 'text' | 'markdown';
  readonly title: Block | null;
  readonly lead: Block | null;
  readonly keyFacts: readonly Block[];
  readonly sections: readonly { readonly heading: Block; readonly paragraphs: readonly Block[] }[];
}

/** Reading options. */
export interface ReadOptions {
  /** How to read the text; `auto` looks for Markdown headings or list items. */
  readonly format?: 'text' | 'markdown' | 'auto' | undefined;
}

const MARKDOWN_HINT = /^(#{1,6}[ \t]|[-*+][ \t]+\S|>[ \t]|```)/m;

/** Whether a text looks like Markdown (headings, bullet lists, quotes or fences). */
export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_HINT.test(text);
}

/** Reads the layout of an article; `text` must not start with a BOM. */
export function readArticle(text: string, options: ReadOptions = {}): ArticleLayout {
  const format = options.format === undefined || options.format === 'auto' ? (looksLikeMarkdown(text) ? 'markdown' : 'text') : options.format;
  const blocks = format === 'markdown' ? readMarkdownBlocks(text) : readTextBlocks(text);
  return layout(format, blocks);
}

// Plain text is read line by line rather than through remark: in the client's format every line is
// a block, and characters such as `*`, `_` or a leading `1.` are text, not markup.
function readTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const line = m[0];
    if (line.trim() === '') continue;
    const b = new BlockBuilder();
    b.append(line, m.index);
    const built = b.build(isPlainHeading(line.trim()) ? 'heading' : 'paragraph', m.index, m.index + line.length);
    blocks.push(built);
  }
  return blocks;
}

const KNOWN_HEADINGS =
  /^(what happened|why does it matter|why it matters|background|aftermath|legacy|context|consequences|significance|impact|terms|key facts|summary|overview|the treaty|the signing)\??:?$/i;

// A plain-text heading is a short line that asks a question or is a common section title.
function isPlainHeading(line: string): boolean {
  if (line.length > 80 || /[.;,]$/.test(line)) return false;
  return KNOWN_HEADINGS.test(line) || (/\?$/.test(line) && line.split(/\s+/).length <= 10);
}

// GFM as remark-gfm reads it, less autolink literals ("www.example.com", "https://...", e-mail
// addresses), in remark-gfm's order. The autolink extension is tried at every letter and digit
// and took longer than all the rest of the parse; it can only change a text that holds "@",
// "www" or "http", or a character reference (which may spell one), so only those get it.
export function remarkGfmWithoutAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
const MAY_HOLD_AUTOLINK = /@|www|http|&/i;

// GFM's other syntax needs characters of its own: a table "|", or ":-" or "-:" in the delimiter
// row of a one-column table without pipes ("Signed\n:-"), strikethrough "~", a footnote "[^", a
// task list item "[ ]" or "[x]" (a character reference never makes syntax). A text with none of
// them is read without GFM: the same tree (test/gfm-gate.test.ts), and a third less time (1.4
// instead of 2.2 ms per Markdown article of the bench corpus).
export const MAY_HOLD_GFM_SYNTAX = /[|~]|:-|-:|\[\^|\[[\sxX]\]/;

// Built once: configuring unified for every article costs more than parsing a short one.
let withAutolinks: ReturnType<typeof markdownProcessor> | undefined;
let withoutAutolinks: ReturnType<typeof markdownProcessor> | undefined;
let withoutGfm: ReturnType<typeof markdownProcessor> | undefined;
export function markdownProcessor(gfm: typeof remarkGfm | typeof remarkGfmWithoutAutolinks | null) {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
  return (gfm ? processor.use(gfm) : processor).freeze();
}

function readMarkdownBlocks(text: string): Block[] {
  // Frontmatter and GFM tables are parsed so that they can be skipped: they are generated
  // summaries (as @treatykit/markdown writes them), not the article's prose. No plugin transforms
  // the tree, so parsing is all there is to do.
  const processor = MAY_HOLD_AUTOLINK.test(text)
    ? (withAutolinks ??= markdownProcessor(remarkGfm))
    : MAY_HOLD_GFM_SYNTAX.test(text)
      ? (withoutAutolinks ??= markdownProcessor(remarkGfmWithoutAutolinks))
      : (withoutGfm ??= markdownProcessor(null));
  const tree: Root = processor.parse(text);
  const blocks: Block[] = [];
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading':
        blocks.push(phrasingBlock('heading', node.children, node, text, node.depth));
        break;
      case 'paragraph':
        blocks.push(phrasingBlock('paragraph', node.children, node, text));
        break;
      case 'list':
        for (const item of node.children) {
          for (const child of item.children) {
            if (child.type === 'paragraph') blocks.push(phrasingBlock('item', child.children, child, text));
          }
        }
        break;
      case 'blockquote':
        for (const child of node.children) visit(child);
        break;
      default:
        break;
    }
  };
  // A heading whose section holds only a table (such as "At a glance") is a summary, not a section.
  // Read from the end, so that each heading knows its section without a search.
  const summaryHeadings = new Set<RootContent>();
  let sectionNodes = 0;
  let onlyTables = true;
  for (let i = tree.children.length - 1; i >= 0; i--) {
    const node = tree.children[i];
    if (!node) continue;
    if (node.type === 'heading') {
      if (sectionNodes > 0 && onlyTables) summaryHeadings.add(node);
      sectionNodes = 0;
      onlyTables = true;
    } else {
      sectionNodes++;
      onlyTables &&= node.type === 'table' || node.type === 'thematicBreak' || node.type === 'html';
    }
  }
  for (const node of tree.children) if (!summaryHeadings.has(node)) visit(node);
  // Without a blank line after it, a headline written as plain text merges with the lead into one
  // paragraph; read that first paragraph line by line, as the plain-text format would.
  const first = blocks[0] as (Block & { readonly lines?: readonly Block[] }) | undefined;
  if (first?.kind === 'paragraph' && first.lines) blocks.splice(0, 1, ...first.lines);
  return blocks.map(({ kind, text, start, end, segments }) => ({ kind, text, start, end, segments }));
}

interface Positioned {
  readonly position?: { readonly start: { readonly offset?: number | undefined }; readonly end: { readonly offset?: number | undefined } } | undefined;
}

function phrasingBlock(
  kind: Block['kind'],
  children: readonly PhrasingContent[],
  node: Positioned,
  source: string,
  depth?: number,
): Block & { readonly depth?: number; readonly lines?: readonly Block[] } {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const builder = new BlockBuilder();
  // Line-wise builders let a paragraph that holds several plain lines be split later.
  const lineBuilders: { builder: BlockBuilder; start: number; end: number }[] = [{ builder: new BlockBuilder(), start, end: start }];
  const appendText = (value: string, offset: number | null): void => {
    builder.append(value, offset);
    let pos = 0;
    const parts = value.split(/(\r\n|\r|\n)/);
    for (const part of parts) {
      const at = offset === null ? null : offset + pos;
      if (/^(\r\n|\r|\n)$/.test(part)) {
        const current = lineBuilders.at(-1);
        if (current && at !== null) current.end = at;
        lineBuilders.push({ builder: new BlockBuilder(), start: at === null ? start : at + part.length, end: at ?? start });
      } else {
        lineBuilders.at(-1)?.builder.append(part, at);
        const current = lineBuilders.at(-1);
        if (current && at !== null) current.end = at + part.length;
      }
      pos += part.length;
    }
  };
  const walk = (nodes: readonly PhrasingContent[]): void => {
    for (const child of nodes) {
      const offset = child.position?.start.offset ?? null;
      if (child.type === 'text') {
        const raw = offset === null ? null : source.slice(offset, child.position?.end.offset ?? offset);
        if (offset === null || raw === null || raw === child.value) appendText(child.value, offset);
        else for (const run of alignRuns(child.value, raw)) appendText(run.text, offset + run.at);
      } else if (child.type === 'inlineCode') {
        appendText(child.value, offset === null ? null : offset + 1);
      } else if (child.type === 'break') {
        appendText('\n', offset);
      } else if (child.type === 'html') {
        appendText(child.value, offset);
      } else if ('children' in child) {
        walk(child.children as PhrasingContent[]);
      }
    }
  };
  walk(children);
  const block = builder.build(kind, start, end);
  const lines = lineBuilders.map((l) => l.builder.build(kind, l.start, l.end)).filter((l) => l.text !== '');
  return { ...block, ...(depth === undefined ? {} : { depth }), ...(lines.length > 1 ? { lines } : {}) };
}

// Escapes ("\\*") and character references ("&amp;") make a text node's value differ from its
// source; split the value into runs that each map to where they stand in the source.
function alignRuns(value: string, raw: string): { text: string; at: number }[] {
  const runs: { text: string; at: number }[] = [];
  let r = 0;
  let current: { text: string; at: number } | null = null;
  for (const ch of value) {
    const reference = /^&(?:#\d+|#[xX][\da-fA-F]+|\w+);/.exec(raw.slice(r, r + 40));
    if (raw.startsWith(ch, r) && !(reference && reference[0] !== ch)) {
      if (!current || current.at + current.text.length !== r) {
        current = { text: '', at: r };
        runs.push(current);
      }
      current.text += ch;
      r += ch.length;
      continue;
    }
    // An escape or a character reference stands for this character: skip it in the source.
    const escape = reference ? reference[0].length : raw[r] === '\\' ? 2 : 1;
    current = { text: ch, at: r };
    runs.push(current);
    r += escape;
  }
  return runs;
}

function layout(format: 'text' | 'markdown', blocks: readonly Block[]): ArticleLayout {
  // An index into the blocks rather than shift(), which copies the rest of a long array each time.
  let i = 0;
  let title: Block | null = null;
  const first = blocks[0];
  if (first && (first.kind !== 'item')) {
    title = first;
    i++;
  }
  let lead: Block | null = null;
  if (blocks[i]?.kind === 'paragraph') lead = blocks[i++] ?? null;
  const keyFacts: Block[] = [];
  for (let b = blocks[i]; b !== undefined && b.kind !== 'heading'; b = blocks[++i]) keyFacts.push(b);
  const sections: { heading: Block; paragraphs: Block[] }[] = [];
  for (const b of blocks.slice(i)) {
    if (b.kind === 'heading') sections.push({ heading: b, paragraphs: [] });
    else sections.at(-1)?.paragraphs.push(b);
  }
  return { format, title, lead, keyFacts, sections };
}
