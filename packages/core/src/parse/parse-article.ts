import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Diagnostic } from '../model/diagnostics.js';
import { treatyId } from '../model/ids.js';
import { SCHEMA_VERSION, TreatyModelSchema, type Span, type TreatyModel } from '../model/schema.js';
import { createPositionIndex, type PositionIndex } from '../read/positions.js';
import { readArticle, type ArticleLayout } from '../read/read-article.js';
import { blockSentences, sentenceRange, type Sentence } from '../text/sentences.js';
import { extractFacts } from './extract-facts.js';

/** Options for {@link parseArticle} and {@link safeParseArticle}. */
export interface ParseOptions {
  /** Path of the source file, recorded in `source.path` and used in messages. */
  readonly path?: string | undefined;
  /** How to read the text: `auto` (default) detects Markdown by its headings and lists. */
  readonly format?: 'text' | 'markdown' | 'auto' | undefined;
}

/** The result of {@link safeParseArticle}: a model with its warnings, or the errors that prevented one. */
export type ParseResult =
  | { readonly success: true; readonly model: TreatyModel; readonly diagnostics: readonly Diagnostic[] }
  | { readonly success: false; readonly model: null; readonly diagnostics: readonly Diagnostic[] };

/** Thrown by {@link parseArticle} when an article has errors; carries every diagnostic. */
export class ArticleParseError extends Error {
  override readonly name = 'ArticleParseError';
  readonly diagnostics: readonly Diagnostic[];
  readonly path: string | undefined;

  constructor(diagnostics: readonly Diagnostic[], path?: string) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    const where = (d: Diagnostic): string => `${path ?? '<text>'}${d.span ? `:${d.span.start.line}:${d.span.start.column}` : ''}`;
    super(
      first
        ? `${where(first)}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : ''}`
        : 'article could not be parsed',
    );
    this.diagnostics = diagnostics;
    this.path = path;
  }
}

/** Context the extractors share: the sentences of the article and how to map them to spans. */
export interface ArticleText {
  readonly layout: ArticleLayout;
  readonly sentences: readonly Sentence[];
  readonly positions: PositionIndex;
  /** The span of a range inside a sentence. */
  span(s: Sentence, from: number, to: number): Span;
  /** The span of a whole block or sentence. */
  spanOf(s: Sentence): Span;
}

function articleText(text: string, layout: ArticleLayout): ArticleText {
  const sentences: Sentence[] = [];
  if (layout.title) sentences.push(...blockSentences(layout.title, 'title'));
  if (layout.lead) sentences.push(...blockSentences(layout.lead, 'lead'));
  for (const f of layout.keyFacts) sentences.push(...blockSentences(f, 'fact'));
  layout.sections.forEach((sec, i) => {
    sentences.push(...blockSentences(sec.heading, 'heading', i));
    for (const p of sec.paragraphs) sentences.push(...blockSentences(p, 'body', i));
  });
  const positions = createPositionIndex(text);
  const span = (s: Sentence, from: number, to: number): Span => {
    const r = sentenceRange(s, from, to);
    return positions.span(r.start, r.end);
  };
  return { layout, sentences, positions, span, spanOf: (s) => span(s, 0, s.text.length) };
}

/** Parses an article into a treaty model without throwing: errors come back as diagnostics. */
export function safeParseArticle(source: string, options: ParseOptions = {}): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const path = options.path ?? null;
  if (text.trim() === '') {
    diagnostics.push({ code: 'empty_input', severity: 'error', message: 'expected an article, found an empty text', span: null });
    return { success: false, model: null, diagnostics };
  }
  const layout = readArticle(text, { format: options.format });
  const article = articleText(text, layout);
  const facts = extractFacts(article, diagnostics);
  if (diagnostics.some((d) => d.severity === 'error') || !facts) return { success: false, model: null, diagnostics };

  const candidate: TreatyModel = {
    schemaVersion: SCHEMA_VERSION,
    id: treatyId(facts.title, facts.date.iso, facts.parties.map((p) => p.id)),
    title: facts.title,
    name: facts.name,
    summary: facts.summary,
    types: facts.types,
    signed: { date: facts.date, place: facts.place },
    parties: facts.parties,
    signatories: facts.signatories,
    duration: facts.duration,
    expires: facts.expires,
    keyFacts: facts.keyFacts,
    sections: facts.sections,
    source: { path, format: layout.format, sha256: bytesToHex(sha256(utf8ToBytes(source))) },
    provenance: facts.provenance,
  };
  const checked = TreatyModelSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      diagnostics.push({
        code: 'invalid_model',
        severity: 'error',
        message: `the extracted model is invalid at /${issue.path.join('/')}: ${issue.message}`,
        span: null,
      });
    }
    return { success: false, model: null, diagnostics };
  }
  return { success: true, model: checked.data, diagnostics };
}

/** Parses an article into a treaty model; throws an {@link ArticleParseError} listing every error. */
export function parseArticle(source: string, options: ParseOptions = {}): TreatyModel {
  const result = safeParseArticle(source, options);
  if (!result.success) throw new ArticleParseError(result.diagnostics, options.path);
  return result.model;
}
