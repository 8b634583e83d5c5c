import { readFileSync } from 'node:fs';
import { parseArticle, type TreatyModel } from '@treatykit/core';
import type { Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatDate } from '../src/dates.js';
import { toMarkdown, toMdast } from '../src/index.js';
import { elements, outline, parseMarkdown, renderHtml, textContent, withoutSource } from './helpers.js';

const text = readFileSync(new URL('../../../corpus/dev/00-ussr-japan-neutrality-pact.txt', import.meta.url), 'utf8');
const pact = parseArticle(text, { path: '00-ussr-japan-neutrality-pact.txt' });

describe('toMarkdown layout', () => {
  const md = toMarkdown(pact);

  it('starts with YAML frontmatter, then the headline as the only level-1 heading', () => {
    expect(md.startsWith('---\ntitle: "USSR and Japan Sign Neutrality Pact"\n')).toBe(true);
    expect(md).toContain('\n---\n\n# USSR and Japan Sign Neutrality Pact\n\n');
    expect(md.match(/^# /gm)).toHaveLength(1);
  });

  it('writes the key facts as a "-" list before the "At a glance" table and the sections', () => {
    const facts = md.indexOf('- Established a five-year non-aggression agreement\n- Allowed Japan');
    const glance = md.indexOf('## At a glance');
    const section = md.indexOf('## What Happened?');
    expect(facts).toBeGreaterThan(0);
    expect(glance).toBeGreaterThan(facts);
    expect(section).toBeGreaterThan(glance);
  });

  it('fills the table with the signing, parties, signatories with roles, type, duration and expiry', () => {
    expect(md).toContain(
      [
        '| Fact | Detail |',
        '| - | - |',
        '| Signed | April 13, 1941 |',
        '| Place | Moscow |',
        '| Parties | Soviet Union, Japan |',
        '| Signatories | Vyacheslav Molotov, Soviet Foreign Minister (Soviet Union); Kichisaburo Nomura, Japanese Ambassador to the USSR (Japan) |',
        '| Type | neutrality, non-aggression |',
        '| Duration | 5 years |',
        '| Expires | April 13, 1946 |',
      ].join('\n'),
    );
  });

  it('says "not stated" for facts the article does not give', () => {
    const bare: TreatyModel = { ...pact, signed: { ...pact.signed, place: null }, signatories: [], types: [], duration: null, expires: null };
    const rows = outline(parseMarkdown(toMarkdown(bare))).filter((l) => l.startsWith('row '));
    for (const label of ['Place', 'Signatories', 'Type', 'Duration', 'Expires']) expect(rows).toContain(`row ${JSON.stringify([label, 'not stated'])}`);
  });

  it('writes the computed expiry in the style of the signing date', () => {
    const dayFirst: TreatyModel = { ...pact, signed: { ...pact.signed, date: { ...pact.signed.date, text: '13 April 1941' } } };
    expect(toMarkdown(dayFirst)).toContain('| Signed | 13 April 1941 |\n');
    expect(toMarkdown(dayFirst)).toContain('| Expires | 13 April 1946 |\n');
  });
});

describe('frontmatter', () => {
  const yaml = (toMdast(pact).children[0] as Yaml).value;

  it('holds the fields a static-site generator wants, as data', () => {
    expect(parseYaml(yaml)).toEqual({
      title: 'USSR and Japan Sign Neutrality Pact',
      slug: 'ussr-and-japan-sign-neutrality-pact',
      treaty: null,
      signed: { date: '1941-04-13', precision: 'day', text: 'April 13, 1941', place: 'Moscow', placeWikidata: 'Q649' },
      parties: [
        { id: 'soviet-union', name: 'Soviet Union', wikidata: 'Q15180' },
        { id: 'japan', name: 'Japan', wikidata: 'Q17' },
      ],
      signatories: [
        { name: 'Vyacheslav Molotov', role: 'Soviet Foreign Minister', party: 'soviet-union' },
        { name: 'Kichisaburo Nomura', role: 'Japanese Ambassador to the USSR', party: 'japan' },
      ],
      types: ['neutrality', 'non-aggression'],
      duration: { years: 5, iso: 'P5Y', text: 'five-year non-aggression agreement' },
      expires: { date: '1946-04-13', precision: 'day' },
      sourceSha256: pact.source.sha256,
    });
  });

  it('quotes dates so that YAML 1.1 readers do not turn them into timestamps', () => {
    expect(yaml).toContain('  date: "1941-04-13"\n');
    expect(yaml).toContain('  - "neutrality"\n');
  });

  it('keeps a title with quotes, colons and a "---" line inside the frontmatter', () => {
    const tricky: TreatyModel = { ...pact, title: 'Pact: "the\n---\nend" # not a comment' };
    const first = parseMarkdown(toMarkdown(tricky)).children[0] as Yaml;
    expect(first.type).toBe('yaml');
    expect((parseYaml(first.value) as { title: string }).title).toBe(tricky.title);
  });

  it('can be left out', () => {
    const md = toMarkdown(pact, { frontmatter: false });
    expect(md.startsWith('# USSR and Japan Sign Neutrality Pact\n')).toBe(true);
    expect(md).not.toContain('sourceSha256');
  });
});

describe('escaping', () => {
  const hostile: TreatyModel = {
    ...pact,
    title: 'The *Pact* of _Steel_ #1',
    summary: '<script>alert(1)</script> was {{x}} and [a](b) & &amp; ~~c~~',
    keyFacts: ['1. Not an ordered list', '# Not a heading', '> not a quote', '| not | a | table |'],
    parties: [{ ...pact.parties[0]!, name: 'Soviet | Union' }, ...pact.parties.slice(1)],
    sections: [{ heading: 'What *really* happened?', paragraphs: ['1. x', '- y', '---', '<b>bold</b> `code`'] }],
  };
  const md = toMarkdown(hostile);

  it('writes markup characters so that they stay text', () => {
    expect(md).toContain('# The \\*Pact\\* of \\_Steel\\_ #1\n');
    expect(md).toContain('\\<script>alert(1)\\</script>');
    expect(md).toContain('- 1\\. Not an ordered list\n- \\# Not a heading\n- \\> not a quote\n');
    expect(md).toContain('| Parties | Soviet \\| Union, Japan |');
    expect(md).toContain('\n1\\. x\n\n\\- y\n\n\\---\n');
  });

  it('reads back as the same strings, with no HTML, list, heading or emphasis nodes', () => {
    expect(outline(parseMarkdown(md)).filter((l) => !l.startsWith('row ') && l !== 'yaml')).toEqual([
      'h1 The *Pact* of _Steel_ #1',
      'p <script>alert(1)</script> was {{x}} and [a](b) & &amp; ~~c~~',
      'li 1. Not an ordered list',
      'li # Not a heading',
      'li > not a quote',
      'li | not | a | table |',
      'h2 At a glance',
      'h2 What *really* happened?',
      'p 1. x',
      'p - y',
      'p ---',
      'p <b>bold</b> `code`',
    ]);
  });

  it('renders to HTML that shows the text and runs no script', () => {
    const { html, tree } = renderHtml(md);
    expect(elements(tree, 'script')).toEqual([]);
    expect(html).not.toMatch(/<(script|b|em|strong|del|code|ol|blockquote|hr|a)\b/);
    expect(html).toContain('<p>&#x3C;script>alert(1)&#x3C;/script> was {{x}} and [a](b) &#x26; &#x26;amp; ~~c~~</p>');
    expect(elements(tree, 'h1').map(textContent)).toEqual(['The *Pact* of _Steel_ #1']);
    expect(elements(tree, 'td').map(textContent)).toContain('Soviet | Union, Japan');
  });

  it('leaves template engines nothing to run, in the body or the frontmatter, and reads back the same', () => {
    const templated: TreatyModel = {
      ...pact,
      title: 'The {{template}} Pact',
      summary: 'It said {% include x %}, {{ page.title }}, {#c#}, ${process.env.HOME} and {x}.',
      signatories: [{ name: '{{name}}', role: '${role}', party: null }],
    };
    const md = toMarkdown(templated);
    expect(md).toContain('# The \\{\\{template\\}\\} Pact\n');
    expect(md).toContain('It said \\{\\% include x %\\}, \\{\\{ page.title \\}\\}, \\{\\#c#\\}, $\\{process.env.HOME\\} and \\{x\\}.');
    expect(md).toContain('title: "The \\x7B\\x7Btemplate\\x7D\\x7D Pact"');
    expect(md).toContain('role: "$\\x7Brole\\x7D"');
    expect(md).not.toMatch(/\{[{%#]|\$\{/);
    const { tree } = renderHtml(md);
    expect(elements(tree, 'h1').map(textContent)).toEqual(['The {{template}} Pact']);
    expect(elements(tree, 'p').map(textContent)[0]).toBe(templated.summary);
    expect(outline(parseMarkdown(md)).filter((l) => l.startsWith('row ["Signatories"'))).toEqual(['row ["Signatories","{{name}}, ${role}"]']);
    const again = parseArticle(md);
    expect([again.title, again.summary]).toEqual([templated.title, templated.summary]);
  });

  it('writes a line break inside a field as a space, as parseArticle reads it', () => {
    const broken: TreatyModel = { ...pact, keyFacts: ['first line\nsecond line', '  padded  '] };
    expect(toMarkdown(broken)).toContain('\n- first line second line\n- padded\n');
  });
});

describe('options', () => {
  it('leaves out the table and its heading with table: false', () => {
    const md = toMarkdown(pact, { table: false });
    expect(md).not.toContain('At a glance');
    expect(md).not.toContain('|');
  });

  it('shifts headings by headingOffset, down to level 6', () => {
    const depths = (offset: number): string[] =>
      outline(parseMarkdown(toMarkdown(pact, { headingOffset: offset }))).flatMap((l) => (/^h\d /.test(l) ? [l.slice(0, 2)] : []));
    expect(depths(0)).toEqual(['h1', 'h2', 'h2', 'h2']);
    expect(depths(2)).toEqual(['h3', 'h4', 'h4', 'h4']);
    expect(depths(4)).toEqual(['h5', 'h6', 'h6', 'h6']);
    expect(depths(5)).toEqual(['h6', 'h6', 'h6', 'h6']);
  });

  it.each([-1, 6, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for headingOffset %s', (headingOffset) => {
    expect(() => toMarkdown(pact, { headingOffset })).toThrow(RangeError);
    expect(() => toMdast(pact, { headingOffset })).toThrow(/headingOffset must be an integer from 0 to 5, found/);
  });

  it('treats undefined options as the defaults', () => {
    expect(toMarkdown(pact, { frontmatter: undefined, table: undefined, headingOffset: undefined })).toBe(toMarkdown(pact));
  });
});

describe('toMdast', () => {
  it('gives the tree that toMarkdown writes, for embedding in a larger document', () => {
    const tree = toMdast(pact, { headingOffset: 1 });
    expect(tree.children.map((n) => n.type)).toEqual(['yaml', 'heading', 'paragraph', 'list', 'heading', 'table', 'heading', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    const written = unified().use(remarkFrontmatter).use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-' }).stringify(tree);
    expect(written).toBe(toMarkdown(pact, { headingOffset: 1 }));
  });

  it('returns a new tree each time, so callers may change it', () => {
    const a = toMdast(pact);
    a.children.length = 0;
    expect(toMdast(pact).children.length).toBeGreaterThan(0);
  });
});

describe('formatDate', () => {
  it.each([
    [{ iso: '1941-04-13', precision: 'day' }, 'April 13, 1941'],
    [{ iso: '1941-04', precision: 'month' }, 'April 1941'],
    [{ iso: '1648', precision: 'year' }, '1648'],
    [{ iso: '-1258', precision: 'year' }, '1259 BC'],
    [{ iso: '0000-03-01', precision: 'day' }, 'March 1, 1 BC'],
    [{ iso: '0800-12-25', precision: 'day' }, 'December 25, 800'],
  ] as const)('formats %o as %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });

  it('writes the day first when asked', () => {
    expect(formatDate({ iso: '1918-03-03', precision: 'day' }, 'day-first')).toBe('3 March 1918');
  });
});

describe('round trip', () => {
  it('parses an edited article with markup characters in a key fact back to the same model', () => {
    // Text-only edits of a real article: the model parseArticle finds must survive toMarkdown.
    const edited = text.replace('Allowed Japan to focus on Pacific expansion', '1. Allowed *Japan* to focus on <Pacific> | expansion');
    const model = parseArticle(edited, { format: 'text' });
    expect(model.keyFacts[1]).toBe('1. Allowed *Japan* to focus on <Pacific> | expansion');
    expect(withoutSource(parseArticle(toMarkdown(model)))).toEqual(withoutSource(model));
  });
});
