import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArticle } from '@treatykit/core';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../src/index.js';
import { expectedOutline, expectedRows } from './expected.js';
import { elements, loadCorpus, outline, parseMarkdown, renderHtml, textContent, withoutSource } from './helpers.js';

const corpus = loadCorpus();
const fixtures = new URL('./fixtures/', import.meta.url);

describe.each(corpus)('$name', ({ name, model }) => {
  const markdown = toMarkdown(model);

  it('matches its golden file (written when missing, rewritten with UPDATE=1)', () => {
    const file = new URL(`${name}.md`, fixtures);
    if (process.env['UPDATE'] === '1' || !existsSync(file)) {
      mkdirSync(fixtures, { recursive: true });
      writeFileSync(file, markdown);
    }
    expect(markdown).toBe(readFileSync(file, 'utf8'));
  });

  it('parses back to the same model', () => {
    expect(withoutSource(parseArticle(markdown))).toEqual(withoutSource(model));
  });

  it('parses back to the same model without frontmatter or table, and with headings shifted', () => {
    for (const options of [{ frontmatter: false }, { table: false }, { frontmatter: false, table: false, headingOffset: 2 }, { headingOffset: 5 }]) {
      expect(withoutSource(parseArticle(toMarkdown(model, options)))).toEqual(withoutSource(model));
    }
  });

  it('has the documented outline', () => {
    expect(outline(parseMarkdown(markdown))).toEqual(expectedOutline(model));
  });

  it('renders on a GFM pipeline to one h1, the key facts list, the table and every section', () => {
    const { html, tree } = renderHtml(markdown);
    expect(elements(tree, 'h1').map(textContent)).toEqual([model.title]);
    expect(elements(tree, 'h2').map(textContent)).toEqual(['At a glance', ...model.sections.map((s) => s.heading)]);
    const [list, ...otherLists] = elements(tree, 'ul');
    expect(otherLists).toEqual([]);
    expect(elements(list ?? { type: 'root' }, 'li').map(textContent)).toEqual(model.keyFacts);
    const [table, ...otherTables] = elements(tree, 'table');
    expect(otherTables).toEqual([]);
    const rows = elements(table ?? { type: 'root' }, 'tr').map((tr) => [...elements(tr, 'th'), ...elements(tr, 'td')].map(textContent));
    expect(rows).toEqual(expectedRows(model));
    expect(rows.map((r) => r[0])).toEqual(['Fact', 'Signed', 'Place', 'Parties', 'Signatories', 'Type', 'Duration', 'Expires']);
    expect(elements(tree, 'p').map(textContent)).toEqual([model.summary, ...model.sections.flatMap((s) => s.paragraphs)]);
    // The frontmatter is data for the site generator, not page content.
    expect(html).not.toContain('sourceSha256');
    expect(html).not.toMatch(/<(script|em|strong|a|code|pre|hr|ol)\b/);
  });
});

it('covers the whole dev corpus', () => {
  expect(corpus.map((c) => c.name)).toHaveLength(13);
});
