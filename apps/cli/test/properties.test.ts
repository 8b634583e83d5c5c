import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle, safeParseArticle, type TreatyModel } from '@treatykit/core';
import { toHtmlScript, toJsonLd, validateJsonLd } from '@treatykit/jsonld';
import { toMarkdown } from '@treatykit/markdown';
import { toPdf } from '@treatykit/pdf';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anyTreatyModel } from '../../../packages/jsonld/test/arbitraries.js';
import { toJsonText } from '../src/formats.js';

// The normal test run makes a few bounded runs with fixed seeds; `pnpm fuzz` sets FUZZ_RUNS (and
// FUZZ_SEED to explore new cases) for the long version. A failure prints its seed and path.
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const seed = (fixed: number): number => (process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : fixed);
// Generous: PDF rendering and the poppler tools are slow on a busy two-core machine.
const TIMEOUT = Math.max(120_000, RUNS * 3_000);

// Text that means something to HTML, Markdown, template engines, shells, JSON, YAML or PDF.
const HOSTILE = [
  '<script>alert(1)</script>', '</script><!--', 'javascript:alert(1)', '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>',
  '{{template}}', '{% raw %}', '${process.env.HOME}', '`id`', '$(rm -rf /)', '\\', '"quoted"', "it's", '&amp;', '&#60;', '\u2028', '\u2029',
  '---', '# heading', '- item', '1. item', '| a | b |', '*', '_', '~', '(', ')', '[[[', ']]]', '<<', '>>', '%PDF-1.7', '%%EOF', 'endstream', '\u00ad',
  'Вячеслав Молотов', 'Κέρκυρα', '松岡洋右', 'Zürich', '🕊️', 'null', 'true', '1941-04-13', 'NaN',
];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.stringMatching(/^[A-Za-z]{1,8}$/)), { minLength: 1, maxLength: 6 }).map((p) => p.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) },
);

/** Any model the schema accepts, with hostile text in every string. */
const anyModel = anyTreatyModel(text);

// Every article of the three corpora, to mutate.
const corpusRoot = new URL('../../../corpus/', import.meta.url).pathname;
const corpus = ['dev', 'holdout', 'fresh'].flatMap((set) =>
  readdirSync(join(corpusRoot, set))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpusRoot, set, f), 'utf8')),
);

/** A corpus article with a few edits: hostile text inserted, a stretch cut, a line repeated. */
const mutatedArticle = fc
  .record({
    article: fc.nat(corpus.length - 1),
    edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat(40), insert: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 })) }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ article, edits }) => {
    let t = corpus[article] ?? '';
    for (const e of edits) {
      const at = Math.floor(e.at * t.length);
      t = t.slice(0, at) + e.insert + t.slice(at + e.cut);
    }
    return t;
  });

const work = mkdtempSync(join(tmpdir(), 'treatykit-properties-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let counter = 0;

function tool(name: 'pdftotext' | 'qpdf', args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${name} is needed for these tests (apt-get install poppler-utils qpdf): ${r.error.message}`);
  return { status: r.status, stdout: r.stdout };
}

/** Checks that a PDF opens (qpdf finds no damage) and returns its text, squashed for comparison. */
function openPdf(bytes: Uint8Array): string {
  const file = join(work, `sheet-${++counter}.pdf`);
  writeFileSync(file, bytes);
  const check = tool('qpdf', ['--check', file]);
  expect(check.status, check.stdout).toBe(0);
  // Text only: no JavaScript, actions, links, forms or attached files in any object (names only;
  // qpdf's JSON writes text as "u:..." strings and leaves stream data out).
  const objects = tool('qpdf', ['--json=2', '--json-key=qpdf', file]);
  expect(objects.stdout).not.toMatch(ACTIVE_PDF);
  const text = tool('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
  expect(text.status).toBe(0);
  return squash(text.stdout);
}

// PDF names that run code, open links or forms, or carry files.
const ACTIVE_PDF = /"\/(?:JS|JavaScript|URI|Launch|OpenAction|AA|SubmitForm|ImportData|EmbeddedFiles?|RichMedia)"/;

// Line breaks, spaces and hyphens a typesetter adds are not part of the text, nor are its
// ligatures (ﬀ, ﬁ), which NFKC turns back into letters.
const squash = (s: string): string => s.normalize('NFKC').replace(/[\s\u00ad\u2010-]+/g, '');

const withoutSource = (m: TreatyModel): Omit<TreatyModel, 'source' | 'provenance'> => {
  const { source: _s, provenance: _p, ...rest } = m;
  return rest;
};

describe('every model the schema accepts', () => {
  it('exports to JSON, JSON-LD, Markdown and PDF without throwing: JSON reads back, JSON-LD validates, the PDF opens and shows the headline', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(anyModel, async (model) => {
        const json = toJsonText(model);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(model);

        const doc = toJsonLd(model);
        expect(await validateJsonLd(doc)).toEqual({ valid: true, problems: [] });
        expect(toHtmlScript(doc).match(/<\/script/gi)).toHaveLength(1);

        const md = toMarkdown(model);
        // After the frontmatter: no raw HTML (an unescaped < that starts a tag, comment or autolink) and
        // no javascript: link, whatever the model says.
        const body = md.slice(md.indexOf('\n---\n') + 5);
        expect(body).not.toMatch(/(?<!\\)<[A-Za-z/!?]/);
        expect(body).not.toMatch(/\]\(\s*<?javascript:/i);
        expect(typeof safeParseArticle(md).success).toBe('boolean');

        const pdf = await toPdf(model);
        expect(pdf.pages).toBeGreaterThanOrEqual(1);
        const shown = openPdf(pdf.bytes);
        // Printable ASCII is in every font, so such a headline must be there, character for character.
        if (/^[\x20-\x7e]+$/.test(model.title) && model.title.trim() !== '') expect(shown).toContain(squash(model.title));
      }),
      { seed: seed(1941), numRuns: RUNS },
    );
  });
});

describe('every model the parser makes from a mutated corpus article', () => {
  it('round-trips through Markdown, validates as JSON-LD, and its PDF contains its headline, parties and key facts', { timeout: TIMEOUT }, async () => {
    let parsed = 0;
    await fc.assert(
      fc.asyncProperty(mutatedArticle, async (article) => {
        const result = safeParseArticle(article);
        if (!result.success) return;
        parsed++;
        const model = result.model;
        expect(withoutSource(parseArticle(toMarkdown(model)))).toEqual(withoutSource(model));
        expect(await validateJsonLd(toJsonLd(model))).toEqual({ valid: true, problems: [] });
        const pdf = await toPdf(model);
        const shown = openPdf(pdf.bytes);
        const missing = new Set(pdf.warnings.flatMap((w) => ('field' in w && typeof w.field === 'string' ? [w.field] : [])));
        const expected = [
          ['/title', model.title],
          ...model.parties.map((p, i) => [`/parties/${i}/name`, p.name]),
          ...model.keyFacts.map((f, i) => [`/keyFacts/${i}`, f]),
        ] as const;
        for (const [field, value] of expected) if (!missing.has(field)) expect(shown, field).toContain(squash(value));
      }),
      { seed: seed(1945), numRuns: RUNS },
    );
    // Most mutations leave a parseable article; if none did, the property would test nothing.
    expect(parsed).toBeGreaterThan(RUNS / 4);
  });
});

describe('a model whose headline has no letters or digits', () => {
  it('keeps its id through Markdown', () => {
    const model = parseArticle('🕊️🤝📜\nA pact was signed between the USSR and Japan on April 13, 1941, in Moscow.\nA fact\nWhat Happened?\nThey signed.\n');
    expect(parseArticle(toMarkdown(model)).id).toBe(model.id);
  });
});

describe('the CLI’s JSON text', () => {
  it('reads back as the same value and never contains <, >, & or a line separator', () => {
    const value = fc.jsonValue().chain((v) => fc.tuple(fc.constant(v), fc.array(text, { maxLength: 4 })));
    fc.assert(
      fc.property(value, ([v, strings]) => {
        const data = { v, strings };
        const json = toJsonText(data);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { seed: seed(1946), numRuns: RUNS * 10 },
    );
  });
});

describe('the text layer of a PDF', () => {
  // Each render runs in a fresh process, as the fonts' state is shared by all documents of one.
  function renderInFreshProcess(poison: string | null): Uint8Array {
    const out = join(work, `fresh-${++counter}.pdf`);
    const code = `
      import { readFileSync, writeFileSync } from 'node:fs';
      import { parseArticle } from '@treatykit/core';
      import { toPdf } from '@treatykit/pdf';
      const [example, out, poison] = process.argv.slice(1);
      const model = parseArticle(readFileSync(example, 'utf8'));
      if (poison) await toPdf({ ...model, summary: poison });
      writeFileSync(out, (await toPdf(model)).bytes);`;
    const example = new URL('../../../examples/ussr-japan-neutrality-pact.txt', import.meta.url).pathname;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, example, out, poison ?? ''], { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return readFileSync(out);
  }

  it('does not depend on the documents rendered before it in the same process', () => {
    // A document with "E" and the emoji presentation selector in its lead, rendered first, once made
    // the lead's "E" (of "Europe") extract as "E\uFE0F" in every later document of the process.
    expect(openPdf(renderInFreshProcess('E\uFE0F'))).toBe(openPdf(renderInFreshProcess(null)));
  });
});
