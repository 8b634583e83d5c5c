import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle, type TreatyModel } from '@treatykit/core';
import type { Nodes, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const corpusDir = new URL('../../../corpus/dev/', import.meta.url);

/** One dev-corpus article: its name (file name without `.txt`), text and parsed model. */
export interface CorpusArticle {
  readonly name: string;
  readonly text: string;
  readonly model: TreatyModel;
}

/** Every article of the dev corpus, parsed. */
export function loadCorpus(): CorpusArticle[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(new URL(f, corpusDir), 'utf8');
      return { name: f.replace(/\.txt$/, ''), text, model: parseArticle(text, { path: f }) };
    });
}

/** The part of a model a round trip must keep: everything but `source` and `provenance`. */
export function withoutSource(m: TreatyModel): Omit<TreatyModel, 'source' | 'provenance'> {
  const { source: _source, provenance: _provenance, ...rest } = m;
  return rest;
}

/** Parses Markdown the way a GFM site generator reads it (with YAML frontmatter). */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown);
}

// GFM links bare web and e-mail addresses in text even when they are escaped (GitHub and remark-gfm
// alike), so such a link counts as its text; any other node means a character was read as markup.
function isAutolinkLiteral(node: Nodes): boolean {
  if (node.type !== 'link' || !node.children.every((c) => c.type === 'text')) return false;
  const label = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  return [label, `http://${label}`, `mailto:${label}`].includes(node.url);
}

function phrasing(node: Nodes): string {
  if (!('children' in node)) return `<${node.type}>`;
  return node.children
    .map((c) => (c.type === 'text' ? c.value : isAutolinkLiteral(c) ? phrasing(c) : `<${c.type}${'value' in c ? `:${c.value}` : ''}>`))
    .join('');
}

/**
 * Flattens a parsed document into tagged lines, e.g. `h1 Title`, `p Lead`, `li Fact`,
 * `row ["Signed","April 13, 1941"]`, so that a whole document is compared in one assertion.
 */
export function outline(tree: Root): string[] {
  const out: string[] = [];
  for (const node of tree.children) {
    switch (node.type) {
      case 'yaml':
        out.push('yaml');
        break;
      case 'heading':
        out.push(`h${node.depth} ${phrasing(node)}`);
        break;
      case 'paragraph':
        out.push(`p ${phrasing(node)}`);
        break;
      case 'list':
        for (const item of node.children) {
          const [only, ...more] = item.children;
          out.push(only?.type === 'paragraph' && more.length === 0 && !node.ordered && item.checked === null ? `li ${phrasing(only)}` : `<odd list item>`);
        }
        break;
      case 'table':
        for (const row of node.children) out.push(`row ${JSON.stringify(row.children.map(phrasing))}`);
        break;
      default:
        out.push(`<${node.type}>`);
    }
  }
  return out;
}

/** A hast node, as much of it as the checks below need. */
export interface HastNode {
  readonly type: string;
  readonly tagName?: string;
  readonly value?: string;
  readonly children?: readonly HastNode[];
}

/** Renders Markdown to HTML through remark-parse, remark-gfm, remark-rehype and rehype-stringify. */
export function renderHtml(markdown: string): { html: string; tree: HastNode } {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkRehype).use(rehypeStringify);
  const tree = processor.runSync(processor.parse(markdown));
  return { html: processor.stringify(tree), tree: tree as unknown as HastNode };
}

/** Every element with the tag name, in document order. */
export function elements(node: HastNode, tagName: string): HastNode[] {
  const found: HastNode[] = node.type === 'element' && node.tagName === tagName ? [node] : [];
  for (const child of node.children ?? []) found.push(...elements(child, tagName));
  return found;
}

/** The text content of a hast node. */
export function textContent(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textContent).join('');
}

/** The model's text as the package promises to write it: one line, trimmed, NUL as U+FFFD. */
export function oneLine(value: string): string {
  return value.replace(/\r\n|\r|\n/g, ' ').replace(/\0/g, '\uFFFD').trim();
}
