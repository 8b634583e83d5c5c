import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle, TreatyModelSchema, type TreatyModel } from '@treatykit/core';
import { afterAll } from 'vitest';

export const CORPUS_DIR = fileURLToPath(new URL('../../../corpus/dev/', import.meta.url));
export const EXAMPLE = '00-ussr-japan-neutrality-pact.txt';

/** Every dev-corpus article, parsed. */
export function corpus(): { file: string; model: TreatyModel }[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, model: parseArticle(readFileSync(join(CORPUS_DIR, file), 'utf8'), { path: file }) }));
}

/** The client's example article, parsed. */
export function example(): TreatyModel {
  return parseArticle(readFileSync(join(CORPUS_DIR, EXAMPLE), 'utf8'), { path: EXAMPLE });
}

/** A copy of a model with some fields replaced, checked against the schema. */
export function withFields(model: TreatyModel, fields: Partial<TreatyModel>): TreatyModel {
  return TreatyModelSchema.parse({ ...structuredClone(model), ...fields });
}

const work = mkdtempSync(join(tmpdir(), 'treatykit-pdf-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let counter = 0;

/** Writes PDF bytes to a temporary file and returns its path. */
export function pdfFile(bytes: Uint8Array): string {
  const path = join(work, `sheet-${++counter}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

const INSTALL_HINT = 'install them with `apt-get update && apt-get install -y poppler-utils qpdf` (CI does)';

/** Runs a poppler or qpdf tool; a missing tool fails the test loudly rather than skipping it. */
export function run(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo' | 'pdftoppm' | 'qpdf', args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${tool} is not installed: these tests need poppler-utils and qpdf; ${INSTALL_HINT}`);
  }
  if (result.status !== 0) {
    throw new Error(`${tool} ${args.join(' ')} exited with ${result.status}: ${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

/** The text of the PDF in content-stream order (pdftotext -raw). */
export function rawText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, path, '-']);
}

/**
 * Collapses white space and rejoins words a line break split after a hyphen, so that text
 * from the model and text extracted from the PDF compare equal whatever the line breaks.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})([-\u2010\u2013\u2014/]) (\p{L})/gu, '$1$2$3')
    .trim();
}

/** Asserts that each needle occurs in the haystack after the previous one; returns the first missing or out-of-order needle. */
export function firstOutOfOrder(haystack: string, needles: readonly string[]): string | null {
  const text = normalize(haystack);
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(normalize(needle), from);
    if (at < 0) return needle;
    from = at + normalize(needle).length;
  }
  return null;
}

/** The words of a text, for checking that no word is lost (punctuation kept, case kept). */
export function words(text: string): string[] {
  return normalize(text).split(' ').filter(Boolean);
}

/** Checks that `expected` occurs as a subsequence of `actual`; returns the index of the first word not found. */
export function missingWordIndex(actual: readonly string[], expected: readonly string[], start = 0): { index: number; next: number } {
  let position = start;
  for (let i = 0; i < expected.length; i++) {
    while (position < actual.length && actual[position] !== expected[i]) position++;
    if (position >= actual.length) return { index: i, next: position };
    position++;
  }
  return { index: -1, next: position };
}

/** One word box from `pdftotext -bbox`. */
export interface WordBox {
  page: number;
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word with its box, from `pdftotext -bbox`. */
export function wordBoxes(path: string): WordBox[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-']);
  const boxes: WordBox[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  const pattern = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of html.matchAll(pattern)) {
    if (match[1] !== undefined) {
      page++;
      pageWidth = Number(match[1]);
      pageHeight = Number(match[2]);
    } else {
      boxes.push({
        page,
        word: match[7] ?? '',
        xMin: Number(match[3]),
        yMin: Number(match[4]),
        xMax: Number(match[5]),
        yMax: Number(match[6]),
        pageWidth,
        pageHeight,
      });
    }
  }
  return boxes;
}

/** Pairs of words whose boxes overlap (more than rounding), as "page: a / b". */
export function overlaps(boxes: readonly WordBox[]): string[] {
  const found: string[] = [];
  const sorted = [...boxes].sort((a, b) => a.page - b.page || a.yMin - b.yMin);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as WordBox;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as WordBox;
      if (b.page !== a.page || b.yMin >= a.yMax - 1.5) break;
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (x > 0.5 && y > 1.5) found.push(`${a.page}: ${a.word} / ${b.word}`);
    }
  }
  return found;
}

/** `pdfinfo` as key → value. */
export function pdfInfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) info[match[1].trim()] = match[2].trim();
  }
  return info;
}

/** The fonts table of `pdffonts`, one row per font. */
export function pdfFonts(path: string): { name: string; embedded: boolean; subset: boolean; unicode: boolean }[] {
  const lines = run('pdffonts', [path]).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object id, generation.
    const match = /^(\S+)\s+.*?\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: match[1] ?? '', embedded: match[2] === 'yes', subset: match[3] === 'yes', unicode: match[4] === 'yes' };
  });
}

/** The PDF with object streams expanded and streams uncompressed (qpdf --qdf), as text. */
export function uncompressed(path: string): string {
  const out = `${path}.qdf.pdf`;
  run('qpdf', ['--qdf', '--object-streams=disable', path, out]);
  return readFileSync(out, 'latin1');
}

/** The content streams of the pages of an uncompressed (qdf) PDF, in page order. */
export function pageContents(qdf: string): string[] {
  return Array.from(qdf.matchAll(/%% Contents for page \d+\n[\s\S]*?\nstream\n([\s\S]*?)\nendstream/g), (m) => m[1] ?? '');
}

/** Text and painting operators drawn outside any marked-content sequence (neither tagged nor an artifact). */
export function unmarkedOperators(content: string): string[] {
  const found: string[] = [];
  let depth = 0;
  for (const line of content.split('\n')) {
    if (/\b(BDC|BMC)$/.test(line)) depth++;
    else if (line === 'EMC') depth--;
    else if (depth === 0 && /^(BT|f|f\*|S|B|b|s)$|\bT[Jj]$/.test(line)) found.push(line);
  }
  return found;
}

/** Glyphs drawn as .notdef (glyph 0, the empty box) in page content: a PDF/A error and a lost character. */
export function notdefGlyphs(content: string): number {
  let count = 0;
  for (const [, hex] of content.matchAll(/<([0-9a-fA-F]+)>/g)) {
    for (let i = 0; i + 4 <= (hex ?? '').length; i += 4) if (hex?.slice(i, i + 4) === '0000') count++;
  }
  return count;
}

/** Runs `qpdf --check` and returns its output (it exits non-zero on errors). */
export function qpdfCheck(path: string): string {
  return run('qpdf', ['--check', path]);
}
