import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, parseArticle, safeParseArticle, type TreatyModel } from '../src/index.js';

const example = readFileSync(new URL('./fixtures/example.txt', import.meta.url), 'utf8');

function withoutSource(m: TreatyModel): Omit<TreatyModel, 'source' | 'provenance'> {
  const { source: _s, provenance: _p, ...rest } = m;
  return rest;
}

function toMarkdown(text: string): string {
  const lines = text.split('\n');
  const [title, lead, ...rest] = lines;
  const out = [`# ${title}`, '', lead, ''];
  let inFacts = true;
  for (const line of rest) {
    if (/\?$/.test(line)) {
      inFacts = false;
      out.push('', `## ${line}`, '');
    } else if (inFacts) out.push(`- ${line}`);
    else out.push(line, '');
  }
  return out.join('\n');
}

describe('parseArticle on the client example', () => {
  const model = parseArticle(example, { path: 'example.txt' });

  it('reads the layout: headline, lead, four key facts and two sections', () => {
    expect(model.title).toBe('USSR and Japan Sign Neutrality Pact');
    expect(model.summary.startsWith('A pact of neutrality was signed')).toBe(true);
    expect(model.keyFacts).toHaveLength(4);
    expect(model.sections.map((s) => s.heading)).toEqual(['What Happened?', 'Why Does it Matter?']);
    expect(model.sections[0]?.paragraphs).toHaveLength(3);
  });

  it('extracts the signing, parties, signatories, term and types', () => {
    expect(model.signed.date).toEqual({ iso: '1941-04-13', precision: 'day', text: 'April 13, 1941' });
    expect(model.signed.place?.name).toBe('Moscow');
    expect(model.parties.map((p) => [p.id, p.name, p.wikidata])).toEqual([
      ['soviet-union', 'Soviet Union', 'Q15180'],
      ['japan', 'Japan', 'Q17'],
    ]);
    expect(model.parties[0]?.mentions).toEqual(expect.arrayContaining(['USSR', 'Soviet']));
    expect(model.signatories).toEqual([
      { name: 'Vyacheslav Molotov', role: 'Soviet Foreign Minister', party: 'soviet-union' },
      { name: 'Kichisaburo Nomura', role: 'Japanese Ambassador to the USSR', party: 'japan' },
    ]);
    expect(model.duration).toEqual({ years: 5, iso: 'P5Y', text: 'five-year non-aggression agreement' });
    expect(model.expires).toEqual({ iso: '1946-04-13', precision: 'day', text: '5 years after April 13, 1941', derived: true });
    expect(model.types).toEqual(['neutrality', 'non-aggression']);
    expect(model.name).toBeNull();
  });

  it('records the source and a stable id', () => {
    expect(model.id).toBe('ussr-and-japan-sign-neutrality-pact');
    expect(model.source).toEqual({ path: 'example.txt', format: 'text', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('points every provenance span at the text it came from', () => {
    const at = (pointer: string): string[] => (model.provenance[pointer] ?? []).map((s) => example.slice(s.start.offset, s.end.offset));
    expect(at('/signed/date')).toEqual(['April 13, 1941']);
    expect(at('/signed/place')).toEqual(['Moscow']);
    expect(at('/title')).toEqual([model.title]);
    expect(at('/signatories/0/role')).toEqual(['Soviet Foreign Minister']);
    expect(at('/parties/1')).toContain('Japan');
    const date = model.provenance['/signed/date']?.[0];
    expect(date?.start.line).toBe(2);
    expect(example.split('\n')[1]?.slice((date?.start.column ?? 0) - 1).startsWith('April 13, 1941')).toBe(true);
  });
});

describe('input variants', () => {
  const base = withoutSource(parseArticle(example));

  it('gives the same model for CRLF line endings, a BOM and extra blank lines', () => {
    expect(withoutSource(parseArticle(example.replace(/\n/g, '\r\n')))).toEqual(base);
    expect(withoutSource(parseArticle('\uFEFF' + example))).toEqual(base);
    expect(withoutSource(parseArticle('\n\n' + example.replace(/\n/g, '\n\n\n')))).toEqual(base);
  });

  it('gives the same model for the article written as Markdown', () => {
    const md = toMarkdown(example);
    const result = parseArticle(md);
    expect(result.source.format).toBe('markdown');
    expect(withoutSource(result)).toEqual(base);
  });

  it('skips YAML frontmatter and an "At a glance" table section in Markdown', () => {
    const md = toMarkdown(example).replace(
      /^(# .*\n)/,
      '---\ntitle: Something else\nparties: [Narnia]\n---\n\n$1',
    ).replace('\n## What Happened?', '\n## At a glance\n\n| Signed | Place |\n| --- | --- |\n| 1 January 1900 | Narnia |\n\n## What Happened?');
    expect(withoutSource(parseArticle(md))).toEqual(base);
  });

  // Text that cannot hold GFM syntax is read without GFM's extensions (read-article.ts): each of
  // these must still be read as GFM.
  it('reads GFM task list items, footnotes and strikethrough as GFM', () => {
    const tasks = toMarkdown(example).replace(/^- /gm, '- [x] ');
    expect(withoutSource(parseArticle(tasks))).toEqual(base);
    const footnote = `${toMarkdown(example)}\n[^1]: A note the article does not need.\n`;
    expect(withoutSource(parseArticle(footnote))).toEqual(base);
    const struck = toMarkdown(example).replace('marked a significant moment', 'marked a ~~small~~ significant moment');
    expect(struck).toContain('~~small~~');
    expect(JSON.stringify(parseArticle(struck).sections)).not.toContain('~');
  });

  it('keeps Markdown positions: spans point into the Markdown source', () => {
    const md = toMarkdown(example);
    const model = parseArticle(md);
    const span = model.provenance['/signed/date']?.[0];
    expect(md.slice(span?.start.offset, span?.end.offset)).toBe('April 13, 1941');
  });

  it('maps spans past Markdown escapes and character references back to the source', () => {
    const md = '# Pact \\*Signed\\*\n\nOn April 13, 1941, the \\*USSR\\* &amp; Japan signed a pact in Moscow.\n\n- A fact\n\n## What Happened?\n\nText.\n';
    const m = parseArticle(md);
    const at = (pointer: string): string => {
      const span = m.provenance[pointer]?.[0];
      return md.slice(span?.start.offset, span?.end.offset);
    };
    expect(m.title).toBe('Pact *Signed*');
    expect([at('/signed/place'), at('/parties/0'), at('/parties/1')]).toEqual(['Moscow', 'USSR', 'Japan']);
  });

  it('keeps Unicode names intact (diacritics, Cyrillic, CJK)', () => {
    const text = example
      .replace('USSR and Japan Sign Neutrality Pact', 'USSR and Japan Sign the 日ソ中立条約')
      .replace('Vyacheslav Molotov and Japanese', 'Vyacheslav Molotov (Вячеслав Молотов) and Japanese')
      .replaceAll('Kichisaburo', 'Kichisaburō');
    const model = parseArticle(text);
    expect(model.title).toContain('日ソ中立条約');
    expect(model.signatories.map((s) => s.name)).toContain('Kichisaburō Nomura');
    expect(model.id).toBe('ussr-and-japan-sign-the');
  });
});

describe('dates', () => {
  const article = (lead: string): string =>
    `Two Kingdoms Make Peace\n${lead}\nEnded the war\nWhat Happened?\nThe war had lasted for years.\nWhy Does it Matter?\nIt mattered.`;

  it.each([
    ['Spain and Portugal signed a treaty on 7 June 1494 at Tordesillas.', '1494-06-07', 'day'],
    ['Spain and Portugal signed a treaty in June 1494 at Tordesillas.', '1494-06', 'month'],
    ['Spain and Portugal signed a treaty at Tordesillas in 1494.', '1494', 'year'],
    ['Egypt and the Hittite Empire concluded a peace treaty in 1259 BC.', '-1258', 'year'],
    ['Egypt and the Hittite Empire concluded a peace treaty on 10 November 1259 BC.', '-1258-11-10', 'day'],
  ])('reads %j as %s', (lead, iso, precision) => {
    const model = parseArticle(article(lead));
    expect(model.signed.date.iso).toBe(iso);
    expect(model.signed.date.precision).toBe(precision);
  });

  it('prefers the signing date over war, armistice and ratification dates', () => {
    const model = parseArticle(
      article(
        'The war began on 1 May 1700. An armistice was concluded on 3 June 1720, and Sweden and Russia signed a peace treaty at Nystad on 10 September 1721. It was ratified on 9 October 1721.',
      ),
    );
    expect(model.signed.date.iso).toBe('1721-09-10');
    expect(model.signed.place?.name).toBe('Nystad');
  });
});

describe('extraction beyond the corpus', () => {
  const article = (lead: string, body = 'The war had lasted for years.'): string =>
    `Two Powers Make Peace\n${lead}\nEnded the war\nWhat Happened?\n${body}\nWhy Does it Matter?\nIt mattered.`;

  it('keeps a state the gazetteer lacks, with a warning and no Wikidata id', () => {
    const r = safeParseArticle(article('On 3 May 1512, the Emirate of Qasimiya and Portugal signed a treaty of friendship at Qasr.'));
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.model.parties.map((p) => [p.name, p.wikidata])).toEqual([
      ['Emirate of Qasimiya', null],
      ['Portugal', 'Q45'],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toContain('unknown_party');
    expect(r.model.types).toContain('friendship');
  });

  it('reads roles before and after names, honorifics and "signed for"', () => {
    const m = parseArticle(
      article(
        'On 10 May 1871, France and Germany signed a peace treaty in Frankfurt. French Foreign Minister Jules Favre signed for France, while Otto von Bismarck, the German Chancellor, and the diplomat Count Harry von Arnim signed for Germany.',
      ),
    );
    expect(m.signatories).toEqual([
      { name: 'Jules Favre', role: 'French Foreign Minister', party: 'france' },
      { name: 'Otto von Bismarck', role: 'German Chancellor', party: 'germany' },
      { name: 'Harry von Arnim', role: 'diplomat', party: 'germany' },
    ]);
  });

  it('does not take people who watched, walked out or refused as signers', () => {
    const m = parseArticle(
      article(
        'On 5 June 1900, Sweden and Denmark signed a treaty in Malmo. Swedish envoy Karl Lund and Danish envoy Per Holm signed the document with King Oscar looking on.',
        'Anders Berg refused to sign and walked out. Erik Dahl did not sign either.',
      ),
    );
    expect(m.signatories.map((s) => s.name)).toEqual(['Karl Lund', 'Per Holm']);
  });

  it('leaves out states that only signed other treaties on the same day', () => {
    const m = parseArticle(
      article(
        'On 14 January 1814, Denmark and Sweden signed a peace treaty at Kiel; on the same day Britain concluded its own peace with Denmark in a separate treaty.',
      ),
    );
    expect(m.parties.map((p) => p.name)).toEqual(['Denmark', 'Sweden']);
  });
});

describe('diagnostics', () => {
  it('reports an empty text as an error, not an exception', () => {
    const result = safeParseArticle('  \n\n ');
    expect(result.success).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['empty_input']);
  });

  it('collects every missing fact of a headline-only article', () => {
    const result = safeParseArticle('A Treaty Headline');
    expect(result.success).toBe(false);
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['missing_signing_date', 'missing_parties']));
  });

  it('says when the article is not about a treaty', () => {
    const result = safeParseArticle('Voters Go to the Polls\nOn 5 May 1990, voters in Britain elected a new parliament.\nTurnout was high\nWhat Happened?\nPeople voted.');
    expect(result.success).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain('no_treaty_signing');
  });

  it('gives line and column of the problem', () => {
    const result = safeParseArticle('Headline Only\nGermany and France talked.\n');
    const date = result.diagnostics.find((d) => d.code === 'missing_signing_date');
    expect(date?.span?.start).toEqual({ line: 2, column: 1, offset: 14 });
  });

  it('throws an ArticleParseError that names the file and keeps every diagnostic', () => {
    let caught: unknown;
    try {
      parseArticle('Headline Only', { path: 'a.txt' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleParseError);
    expect((caught as ArticleParseError).message).toMatch(/^a\.txt:1:1: /);
    expect((caught as ArticleParseError).diagnostics.length).toBeGreaterThan(1);
  });
});
