import { parseArticle, TREATY_TYPES, TreatyModelSchema, type TreatyModel } from '@treatykit/core';
import fc from 'fast-check';
import type { Yaml } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toMarkdown } from '../src/index.js';
import { expectedFrontmatter, expectedOutline, expectedRows } from './expected.js';
import { elements, loadCorpus, oneLine, outline, parseMarkdown, renderHtml, textContent, withoutSource } from './helpers.js';

// Fragments that mean something to a Markdown, GFM or HTML reader, or to a template engine.
const SPECIAL = [
  '*', '_', '#', '|', '<', '>', '[', ']', '\\', '`', '~', '&', '!', '&amp;', '&#65;', '&copy',
  '<script>alert(1)</script>', '<b>', '<!-- c -->', '{{x}}', '{% x %}', '{%- x -%}', '{# c #}', '${x}', '{{<x>}}', '{', '}', '$', '%', '{x}',
  '1. x', '1) x', '- x', '+ x', '* x', '# x', '> x', '---', '===', '```', '    code', '[ ] ', '[x] ',
  '*a*', '__b__', '~~c~~', '`d`', '[x](y)', '![i](j)', '[^1]', 'www.example.com', 'https://example.com', 'a@b.co',
  ' ', '\t', '\n', '\r\n', '\n1. x', '\n# x', '\n- x', '\n---', '\u00a0', '\0', '\u2028',
];

const text = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 8 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
).filter((s) => s.length > 0);

const wikidata = fc.option(fc.integer({ min: 1, max: 99_999_999 }).map((n) => `Q${n}`), { nil: null });

const partialDate = (textArb: fc.Arbitrary<string>) =>
  fc
    .record({
      year: fc.integer({ min: -3000, max: 3000 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
      text: textArb,
    })
    .map(({ year, month, day, precision, text: t }) => {
      const y = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
      const mm = String(month).padStart(2, '0');
      const dd = String(day).padStart(2, '0');
      const iso = precision === 'year' ? y : precision === 'month' ? `${y}-${mm}` : `${y}-${mm}-${dd}`;
      return { iso, precision, text: t };
    });

const model: fc.Arbitrary<TreatyModel> = fc
  .record({
    title: text,
    name: fc.option(text, { nil: null }),
    summary: fc.oneof(text, fc.constant('')),
    types: fc.subarray([...TREATY_TYPES]),
    date: partialDate(fc.oneof(text, fc.constantFrom('April 13, 1941', '13 April 1941', '1st May 1900', '1259 BC'))),
    place: fc.option(fc.record({ name: text, wikidata }), { nil: null }),
    parties: fc.array(fc.record({ name: text, mentions: fc.array(text, { minLength: 1, maxLength: 2 }), wikidata }), { minLength: 1, maxLength: 4 }),
    signatories: fc.array(fc.record({ name: text, role: fc.option(text, { nil: null }), party: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }) }), { maxLength: 4 }),
    duration: fc.option(fc.record({ years: fc.integer({ min: 1, max: 99 }), text }), { nil: null }),
    expires: fc.option(partialDate(fc.constant('derived')), { nil: null }),
    keyFacts: fc.array(text, { maxLength: 5 }),
    sections: fc.array(fc.record({ heading: text, paragraphs: fc.array(text, { maxLength: 3 }) }), { maxLength: 4 }),
    sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
  })
  .map(
    (g): TreatyModel => ({
      schemaVersion: 1,
      id: 'generated-treaty',
      title: g.title,
      name: g.name,
      summary: g.summary,
      types: g.types,
      signed: { date: g.date, place: g.place },
      parties: g.parties.map((p, i) => ({ id: `party-${i}`, ...p })),
      // Index 4 never names a party, like a signatory whose party id the model does not list.
      signatories: g.signatories.map((s) => ({ ...s, party: s.party === null ? null : `party-${s.party}` })),
      duration: g.duration ? { years: g.duration.years, iso: `P${g.duration.years}Y`, text: g.duration.text } : null,
      expires: g.expires ? { ...g.expires, derived: true } : null,
      keyFacts: g.keyFacts,
      sections: g.sections,
      source: { path: null, format: 'markdown', sha256: g.sha256 },
      provenance: {},
    }),
  );

const options = fc.record({ frontmatter: fc.boolean(), table: fc.boolean(), headingOffset: fc.integer({ min: 0, max: 5 }) });

describe('toMarkdown on generated models', () => {
  it('generates valid models', () => {
    fc.assert(fc.property(model, (m) => TreatyModelSchema.safeParse(m).success), { seed: 1, numRuns: 50 });
  });

  it('writes every text as text: a GFM reader finds the same strings, in place, and no HTML or other markup', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(model, options, (m, o) => {
        const tree = parseMarkdown(toMarkdown(m, o));
        expect(outline(tree)).toEqual(expectedOutline(m, o));
      }),
      { seed: 20240601, numRuns: 300 },
    );
  });

  it('writes frontmatter that YAML 1.2 and YAML 1.1 readers parse back to the same values', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(model, (m) => {
        const first = parseMarkdown(toMarkdown(m)).children[0];
        expect(first?.type).toBe('yaml');
        const value = (first as Yaml).value;
        expect(parseYaml(value)).toEqual(expectedFrontmatter(m));
        // js-yaml and other 1.1 readers would turn an unquoted 1941-04-13 into a date, yes into true.
        expect(parseYaml(value, { version: '1.1' })).toEqual(expectedFrontmatter(m));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('toMarkdown and template engines', () => {
  it('leaves Liquid, Hugo, Handlebars, Nunjucks, MDX and ${} no {{, {%, {#, ${ to run, anywhere in the file, while a GFM renderer shows the same text', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(model, (m) => {
        const md = toMarkdown(m);
        expect(md).not.toMatch(/\{[{%#]|\$\{/);
        // MDX reads every { as the start of an expression: the body has none unescaped.
        const body = md.slice(md.indexOf('\n---\n') + 5);
        expect(body).not.toMatch(/(?<!\\)[{}]/);
        const { tree } = renderHtml(md);
        const kept = (values: readonly string[]): string[] => values.map(oneLine).filter((v) => v !== '');
        expect(elements(tree, 'h1').map(textContent)).toEqual([oneLine(m.title)]);
        expect(elements(tree, 'h2').map(textContent)).toEqual(['At a glance', ...m.sections.map((s) => oneLine(s.heading))]);
        expect(elements(tree, 'p').map(textContent)).toEqual(kept([m.summary, ...m.sections.flatMap((s) => s.paragraphs)]));
        expect(elements(tree, 'li').map(textContent)).toEqual(kept(m.keyFacts));
        expect(elements(tree, 'tr').map((tr) => [...elements(tr, 'th'), ...elements(tr, 'td')].map(textContent))).toEqual(expectedRows(m));
      }),
      { seed: 1926, numRuns: 300 },
    );
  });
});

// Inserted at word boundaries of key facts and section paragraphs, or appended as a sentence.
const JUNK = ['*', '_', '#', '|', '\\', '`', '~', '[x]', '<script>alert(1)</script>', '{{x}}', '{% x %}', '${x}', '{#x#}', '{x}', '*note*', '_aside_', '&amp;', '1. x', '- x', '# x', '> x', '[^1]', '<b>', 'www.example.org', '|a|b|'];

const corpus = loadCorpus();

function plainText(m: Pick<TreatyModel, 'title' | 'summary' | 'keyFacts' | 'sections'>): string {
  return [m.title, m.summary, ...m.keyFacts, ...m.sections.flatMap((s) => [s.heading, ...s.paragraphs])].join('\n');
}

describe('parseArticle(toMarkdown(model)) on perturbed corpus articles', () => {
  const perturbation = fc.record({
    article: fc.integer({ min: 0, max: corpus.length - 1 }),
    edits: fc.array(
      fc.record({ target: fc.nat(), word: fc.nat(), junk: fc.array(fc.constantFrom(...JUNK), { minLength: 1, maxLength: 3 }).map((j) => j.join(' ')), append: fc.boolean() }),
      { minLength: 1, maxLength: 4 },
    ),
  });

  it('gives back the same model', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(perturbation, ({ article, edits }) => {
        const base = corpus[article]?.model;
        if (!base) throw new Error('no such article');
        const keyFacts = [...base.keyFacts];
        const sections = base.sections.map((s) => ({ heading: s.heading, paragraphs: [...s.paragraphs] }));
        const slots: { get: () => string; set: (v: string) => void }[] = [
          ...keyFacts.map((_, i) => ({ get: () => keyFacts[i] ?? '', set: (v: string) => void (keyFacts[i] = v) })),
          ...sections.flatMap((s) => s.paragraphs.map((_, i) => ({ get: () => s.paragraphs[i] ?? '', set: (v: string) => void (s.paragraphs[i] = v) }))),
        ];
        for (const e of edits) {
          const slot = slots[e.target % slots.length];
          if (!slot) continue;
          const words = slot.get().split(' ');
          if (e.append) words.push(`${e.junk}.`);
          else words.splice(e.word % (words.length + 1), 0, e.junk);
          slot.set(words.join(' '));
        }
        // The oracle: the model the parser itself finds in the perturbed article written as plain
        // text, where no character is markup. Its facts come from its own text, so it must round-trip.
        const perturbed = parseArticle(plainText({ title: base.title, summary: base.summary, keyFacts, sections }), { format: 'text' });
        expect(perturbed.keyFacts).toEqual(keyFacts);
        expect(perturbed.sections).toEqual(sections);
        expect(withoutSource(parseArticle(toMarkdown(perturbed)))).toEqual(withoutSource(perturbed));
      }),
      { seed: 4242, numRuns: 150 },
    );
  });
});
