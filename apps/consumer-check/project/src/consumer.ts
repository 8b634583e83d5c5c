// What an npm consumer writes: the public API of every package, type-checked with strict settings against the
// installed tarballs (no skipLibCheck), then run under Node on the example article.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { z } from 'zod';
import {
  ArticleParseError,
  PartySchema,
  SCHEMA_VERSION,
  TREATY_TYPES,
  TreatyModelSchema,
  parseArticle,
  safeParseArticle,
  treatyJsonSchema,
  type Diagnostic,
  type DiagnosticCode,
  type ParseOptions,
  type ParseResult,
  type Party,
  type PartialDate,
  type TreatyModel,
  type TreatyType,
} from '@treatykit/core';
import {
  DEFAULT_BASE_URL,
  TREATYKIT_CONTEXT,
  toHtmlScript,
  toJsonLd,
  toNQuads,
  validateJsonLd,
  type ArticleNode,
  type JsonLdDocument,
  type JsonLdOptions,
  type JsonLdProblem,
  type JsonLdValidation,
  type PartyNode,
  type TreatyGraphNode,
  type TreatyNode,
} from '@treatykit/jsonld';
import { toMarkdown, toMdast, type MarkdownOptions } from '@treatykit/markdown';
import { toPdf, type PdfOptions, type PdfResult, type PdfWarning } from '@treatykit/pdf';

// --- types -------------------------------------------------------------------------------------------------------
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type IsAny<T> = 0 extends 1 & T ? true : false;
function assertType<_T extends true>(): void {}

// The model types are the `z.infer` types of the exported schemas.
assertType<Equal<TreatyModel, z.infer<typeof TreatyModelSchema>>>();
assertType<Equal<Party, z.infer<typeof PartySchema>>>();
assertType<Equal<TreatyModel['signed']['date'], PartialDate>>();
assertType<Equal<TreatyModel['signed']['date']['precision'], 'day' | 'month' | 'year'>>();
assertType<Equal<TreatyType, (typeof TREATY_TYPES)[number]>>();
assertType<Equal<TreatyModel['schemaVersion'], typeof SCHEMA_VERSION>>();
assertType<Equal<ParseResult, ReturnType<typeof safeParseArticle>>>();
assertType<Equal<Diagnostic['code'], DiagnosticCode>>();

// No public type has degraded to `any` (as it would if a declaration file could not be resolved).
assertType<Equal<IsAny<TreatyModel>, false>>();
assertType<Equal<IsAny<JsonLdDocument>, false>>();
assertType<Equal<IsAny<TreatyNode['legislationDate']>, false>>();
assertType<Equal<IsAny<ReturnType<typeof toMdast>>, false>>();
assertType<Equal<IsAny<PdfResult>, false>>();

// The JSON-LD types are schema-dts nodes: schema.org properties are checked at compile time.
const treatyNode: TreatyNode = {
  '@type': 'Legislation',
  '@id': 'https://example.org/treaties/x#treaty',
  legislationDate: '1941-04-13',
  'tk:duration': 'P5Y',
};
// @ts-expect-error legislationSignatory is not a schema.org property
const misspelt: TreatyNode = { '@type': 'Legislation', '@id': 'https://example.org/x#treaty', legislationSignatory: 'x' };
// @ts-expect-error a model field must have its Zod type
const wrongModel: Pick<TreatyModel, 'types'> = { types: ['not-a-type'] };
// @ts-expect-error options are checked with exactOptionalPropertyTypes
const wrongPaper: PdfOptions = { paper: 'a3' };
const parseOptions: ParseOptions = { path: 'pact.txt', format: 'text' };
const markdownOptions: MarkdownOptions = { frontmatter: true, table: true, headingOffset: 0 };
const jsonLdOptions: JsonLdOptions = { baseUrl: 'https://example.org/treaties/' };
void [treatyNode, misspelt, wrongModel, wrongPaper];

// --- runtime -----------------------------------------------------------------------------------------------------
const text = readFileSync('examples/ussr-japan-neutrality-pact.txt', 'utf8');
const model: TreatyModel = parseArticle(text, parseOptions);
assert.equal(model.signed.date.iso, '1941-04-13');
assert.deepEqual(
  model.parties.map((p) => p.name),
  ['Soviet Union', 'Japan'],
);
assert.deepEqual(TreatyModelSchema.parse(model), model);
assert.equal(treatyJsonSchema()['$schema'], 'https://json-schema.org/draft/2020-12/schema');
const committedSchema: unknown = JSON.parse(readFileSync(new URL(import.meta.resolve('@treatykit/core/schema.json')), 'utf8'));
assert.deepEqual(committedSchema, treatyJsonSchema());

const failed = safeParseArticle('');
assert.equal(failed.success, false);
assert.deepEqual(
  failed.diagnostics.map((d) => d.code),
  ['empty_input'],
);
assert.throws(
  () => parseArticle('just a line', { path: 'bad.txt' }),
  (e: unknown) => e instanceof ArticleParseError && e.path === 'bad.txt' && e.diagnostics.length > 0,
);

const doc: JsonLdDocument = toJsonLd(model, jsonLdOptions);
assert.deepEqual(doc['@context'], ['https://schema.org', TREATYKIT_CONTEXT]);
const nodes: TreatyGraphNode[] = doc['@graph'];
const article = nodes[0] as ArticleNode;
assert.equal(article['@id'], 'https://example.org/treaties/ussr-and-japan-sign-neutrality-pact');
const party = nodes.find((n): n is PartyNode => n['@type'] === 'Country');
assert.deepEqual(party?.['tk:mention'], ['USSR', 'Soviet', 'Moscow']);
assert.ok(toJsonLd(model)['@graph'][0]?.['@id'].startsWith(DEFAULT_BASE_URL));
assert.throws(() => toJsonLd(model, { baseUrl: 'relative/' }), TypeError);
const validation: JsonLdValidation = await validateJsonLd(doc);
const problems: JsonLdProblem[] = validation.problems;
assert.deepEqual(problems, []);
assert.equal(validation.valid, true);
const bad = await validateJsonLd({ '@context': 'https://schema.org', '@type': 'Legislation', '@id': 'https://example.org/x', legislationSignatory: 'x' });
assert.ok(bad.problems.some((p) => p.code === 'unknown_term'));
const nquads = await toNQuads(doc);
assert.match(nquads, /<https:\/\/example\.org\/treaties\/ussr-and-japan-sign-neutrality-pact#treaty> <http:\/\/schema\.org\/legislationDate> "1941-04-13"/);
const script = toHtmlScript(doc);
assert.ok(script.startsWith('<script type="application/ld+json">'));

const markdown = toMarkdown(model, markdownOptions);
assert.ok(markdown.startsWith('---\ntitle: "USSR and Japan Sign Neutrality Pact"\n'));
const again = parseArticle(markdown);
assert.deepEqual({ ...again, source: null, provenance: null }, { ...model, source: null, provenance: null });
assert.equal(toMdast(model, { frontmatter: false }).type, 'root');
assert.throws(() => toMarkdown(model, { headingOffset: 6 }), RangeError);

const pdf: PdfResult = await toPdf(model, { paper: 'a4', creationDate: new Date(Date.UTC(2024, 0, 1)) });
const warnings: PdfWarning[] = pdf.warnings;
assert.equal(new TextDecoder().decode(pdf.bytes.subarray(0, 5)), '%PDF-');
assert.equal(pdf.pages, 1);
assert.deepEqual(warnings, []);
await assert.rejects(toPdf(model, { paper: 'a3' as 'a4' }), TypeError);

mkdirSync('out', { recursive: true });
writeFileSync('out/pact.json', JSON.stringify(model, null, 2));
writeFileSync('out/pact.jsonld', JSON.stringify(doc, null, 2));
writeFileSync('out/pact.md', markdown);
writeFileSync('out/pact.pdf', pdf.bytes);

console.log(
  JSON.stringify({
    id: model.id,
    parties: model.parties.map((p) => p.id),
    jsonldNodes: nodes.length,
    nquads: nquads.trim().split('\n').length,
    markdownBytes: markdown.length,
    pdfBytes: pdf.bytes.length,
    pdfPages: pdf.pages,
  }),
);
