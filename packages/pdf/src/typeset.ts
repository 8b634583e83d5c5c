import { drawable, fontFor, measure, primaryFont, type Face, type Features, type FontFile, type Shaped } from './fonts.js';
import type { PdfWarning } from './warnings.js';

/** A piece of text in one face and colour; `field` is the JSON Pointer of the model value it shows. */
export interface Span {
  text: string;
  face: Face;
  color?: string;
  field?: string;
}

/** A stretch of one line set in one font and colour. */
export interface Run {
  text: string;
  file: FontFile;
  color: string;
  width: number;
  /** OpenType features to draw it with (pdfkit's `features`), when the font's defaults fail on it. */
  features?: Features | undefined;
}

/** One set line of text. */
export interface Line {
  runs: Run[];
  width: number;
}

/**
 * Graphemes set together: a space alone, or a stretch of graphemes in one font and colour with no
 * line break allowed between them (most often a whole word). With a cluster per grapheme, breaking
 * lines went through an object for every character of a sheet; by stretches it sets the same lines
 * (the same PDF bytes) with a few times fewer, and `toPdf` takes 4 to 7 % less time.
 */
interface Cluster {
  text: string;
  file: FontFile;
  color: string;
  space: boolean;
  breakAfter: boolean;
  /** Its graphemes, as drawn; only where a word is too wide to fit is it broken between them. */
  graphemes: string[];
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
// Latin, Greek and Cyrillic without combining marks: every code point is a grapheme, and
// splitting by code point is much faster than asking Intl.Segmenter.
const SIMPLE = /^[\u0020-\u02ff\u0370-\u03ff\u0400-\u0482\u048a-\u052f\u1e00-\u1fff\u2010-\u205e\u20a0-\u20bf\u2100-\u214f]*$/;

function graphemes(text: string): string[] {
  return SIMPLE.test(text) ? Array.from(text) : Array.from(segmenter.segment(text), (s) => s.segment);
}

// Spaces that may be broken; no-break spaces (U+00A0, U+2007, U+202F) are kept as they are.
const BREAKING_SPACE = /[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g;
// Control and invisible format characters (soft hyphen, zero-width space, bidi marks, BOM)
// have no visible form, so removing them loses nothing a reader could see.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
// Kinsoku: never start a line with closing punctuation or end one with opening punctuation.
const NO_BREAK_BEFORE = /^[、。，．・：；？！ー）」』】〕〉》”’)\]},.;:!?%]/u;
const NO_BREAK_AFTER = /^[（「『【〔〈《“‘(\[{]$/u;
const BREAK_AFTER = /^[-\u2010\u2013\u2014/]$/u;
const LETTER = /^\p{L}/u;

/** Collapses breaking white space and removes invisible characters, after NFC normalisation. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, (c) => (/\s/.test(c) ? ' ' : '')).replace(BREAKING_SPACE, ' ');
}

/** Sets text into lines with per-grapheme font fallback, reporting characters no font has. */
export class Typesetter {
  readonly warnings: PdfWarning[] = [];
  private readonly reported = new Set<string>();
  // By font, size and text: asked for every word, so no key string is built for the lookup.
  private readonly shapes = new Map<FontFile, Map<number, Map<string, Shaped>>>();

  constructor(private readonly defaultColor: string) {}

  /** Width of a run and the features to draw it with, memoised for the document. */
  shape(file: FontFile, text: string, size: number): Shaped {
    let bySize = this.shapes.get(file);
    if (!bySize) this.shapes.set(file, (bySize = new Map()));
    let byText = bySize.get(size);
    if (!byText) bySize.set(size, (byText = new Map()));
    let shaped = byText.get(text);
    if (shaped === undefined) {
      shaped = measure(file, text, size);
      byText.set(text, shaped);
    }
    return shaped;
  }

  /** Width of a run, memoised for the document. */
  width(file: FontFile, text: string, size: number): number {
    return this.shape(file, text, size).width;
  }

  /** Breaks spans into lines no wider than `maxWidth` points, breaking inside a word only when it alone is too wide. */
  lines(spans: readonly Span[], size: number, maxWidth: number): Line[] {
    const lines: Line[] = [];
    let pieces: Run[] = [];
    let lineWidth = 0;
    let pendingSpace: Run | null = null;
    const flush = (): void => {
      // A line broken at a space keeps that space (drawn, not measured): text pulled out of the
      // structure tree, or copied, then reads "to the" rather than "tothe" across the break.
      if (pieces.length > 0 && pendingSpace) pieces.push({ ...pendingSpace, width: 0 });
      if (pieces.length > 0) lines.push(mergeRuns(pieces));
      pieces = [];
      lineWidth = 0;
      pendingSpace = null;
    };
    for (const word of splitWords(this.clusters(spans))) {
      const ink = trimEnd(word);
      const wordRuns = this.runs(ink, size);
      const inkWidth = sum(wordRuns);
      // The space after a word is set in its own font: a CJK slice may have no space glyph.
      const space = ink.length < word.length ? (word[ink.length] as Cluster) : undefined;
      const spaceRun = space
        ? { text: ' ', file: space.file, color: space.color, ...this.shape(space.file, ' ', size) }
        : null;
      if (pieces.length > 0 && lineWidth + (pendingSpace?.width ?? 0) + inkWidth > maxWidth) flush();
      if (pieces.length === 0 && inkWidth > maxWidth) {
        // A word wider than the line (a long name, a URL, CJK with no allowed break) is broken
        // between graphemes rather than overflowing the margin.
        const parts = this.splitWide(ink, size, maxWidth);
        parts.forEach((part, index) => {
          pieces = part;
          lineWidth = sum(part);
          if (index < parts.length - 1) flush();
        });
        pendingSpace = spaceRun;
        continue;
      }
      if (pieces.length > 0 && pendingSpace) {
        pieces.push(pendingSpace);
        lineWidth += pendingSpace.width;
      }
      pieces.push(...wordRuns);
      lineWidth += inkWidth;
      pendingSpace = spaceRun;
    }
    flush();
    return lines;
  }

  private splitWide(word: Cluster[], size: number, maxWidth: number): Run[][] {
    const parts: Run[][] = [];
    let part: Cluster[] = [];
    let partWidth = 0;
    for (const cluster of word.flatMap(eachGrapheme)) {
      // Summing grapheme widths ignores kerning inside the part, which only ever errs by a
      // fraction of a point; re-measuring the growing part would be quadratic.
      const width = this.width(cluster.file, cluster.text, size);
      if (part.length > 0 && partWidth + width > maxWidth) {
        parts.push(this.runs(part, size));
        part = [];
        partWidth = 0;
      }
      part.push(cluster);
      partWidth += width;
    }
    if (part.length > 0) parts.push(this.runs(part, size));
    return parts;
  }

  private runs(clusters: readonly Cluster[], size: number): Run[] {
    const runs: Run[] = [];
    for (const cluster of clusters) {
      const last = runs.at(-1);
      if (last && last.file === cluster.file && last.color === cluster.color) {
        last.text += cluster.text;
      } else {
        runs.push({ text: cluster.text, file: cluster.file, color: cluster.color, width: 0 });
      }
    }
    for (const run of runs) Object.assign(run, this.shape(run.file, run.text, size));
    return runs;
  }

  private clusters(spans: readonly Span[]): Cluster[] {
    const clusters: Cluster[] = [];
    for (const span of spans) {
      const color = span.color ?? this.defaultColor;
      for (const segment of graphemes(cleanText(span.text))) {
        const space = segment === ' ';
        const last = clusters.at(-1);
        if (space && (last === undefined || last.space)) continue;
        let file = fontFor(span.face, segment);
        let text = file ? drawable(file, segment) : segment;
        if (!file) {
          this.report(segment, span.field);
          file = primaryFont(span.face);
          text = '\uFFFD';
        }
        if (!space && last && !last.space && last.file === file && last.color === color && neverBreaks(last.graphemes.at(-1) as string, text)) {
          last.text += text;
          last.graphemes.push(text);
        } else {
          clusters.push({ text, file, color, space, breakAfter: false, graphemes: [text] });
        }
      }
    }
    while (clusters.at(-1)?.space) clusters.pop();
    markBreaks(clusters);
    return clusters;
  }

  private report(char: string, field: string | undefined): void {
    const key = `${field ?? ''}\u0000${char}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const codePoints = Array.from(char, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
    this.warnings.push({
      code: 'missing_glyph',
      message: `No shipped font has a glyph for "${char}" (${codePoints.join(' ')})${field ? ` in ${field}` : ''}; it is shown as U+FFFD.`,
      char,
      field: field ?? null,
    });
  }
}

function breakable(code: number): boolean {
  // Hyphen-minus, slash, hyphen, en and em dash: a line may end after them.
  return code === 0x2d || code === 0x2f || code === 0x2010 || code === 0x2013 || code === 0x2014;
}

/**
 * Whether a line may never break between two graphemes, whatever surrounds them. Below U+2E80
 * (where CJK starts) only spaces and dashes offer a break: the common case, which lets a cluster
 * grow. What else may break is decided by markBreaks.
 */
function neverBreaks(before: string, after: string): boolean {
  const a = before.charCodeAt(0);
  return a < 0x2e80 && after.charCodeAt(0) < 0x2e80 && !breakable(a);
}

/** Marks where a line may break: after each cluster, between its last grapheme and the next cluster's first. */
function markBreaks(clusters: Cluster[]): void {
  for (let i = 0; i < clusters.length - 1; i++) {
    const here = clusters[i] as Cluster;
    const next = clusters[i + 1] as Cluster;
    const last = here.graphemes.at(-1) as string;
    const first = next.graphemes[0] as string;
    if (here.space) {
      here.breakAfter = true;
    } else if (next.space || neverBreaks(last, first)) {
      here.breakAfter = false;
    } else if (NO_BREAK_BEFORE.test(first) || NO_BREAK_AFTER.test(last)) {
      here.breakAfter = false;
    } else if (CJK.test(last) || CJK.test(first)) {
      here.breakAfter = true;
    } else {
      // A dash breaks only between letters ("Brest-Litovsk"): "1939-1945" stays whole.
      const before = here.graphemes.at(-2) ?? clusters[i - 1]?.graphemes.at(-1);
      here.breakAfter = BREAK_AFTER.test(last) && before !== undefined && LETTER.test(before) && LETTER.test(first);
    }
  }
}

/** A cluster's graphemes as clusters of their own. */
function eachGrapheme(cluster: Cluster): Cluster[] {
  if (cluster.graphemes.length === 1) return [cluster];
  return cluster.graphemes.map((text) => ({ ...cluster, text, graphemes: [text] }));
}

function splitWords(clusters: Cluster[]): Cluster[][] {
  const words: Cluster[][] = [];
  let word: Cluster[] = [];
  for (const cluster of clusters) {
    word.push(cluster);
    if (cluster.breakAfter) {
      words.push(word);
      word = [];
    }
  }
  if (word.length > 0) words.push(word);
  return words;
}

function trimEnd(clusters: Cluster[]): Cluster[] {
  let end = clusters.length;
  while (end > 0 && clusters[end - 1]?.space) end--;
  return clusters.slice(0, end);
}

function sum(runs: readonly Run[]): number {
  return runs.reduce((total, run) => total + run.width, 0);
}

// A piece that starts with a combining mark (one that begins a span) is kept as a run of its own:
// drawn after the piece before it, the mark would be positioned on (or fail to find) a base that
// the measurement of either piece never saw.
const LEADING_MARK = /^\p{M}/u;

function mergeRuns(pieces: readonly Run[]): Line {
  const runs: Run[] = [];
  for (const piece of pieces) {
    const last = runs.at(-1);
    // Runs drawn with features of their own were measured whole and are drawn whole.
    if (
      last &&
      last.file === piece.file &&
      last.color === piece.color &&
      last.features === undefined &&
      piece.features === undefined &&
      !LEADING_MARK.test(piece.text)
    ) {
      last.text += piece.text;
      last.width += piece.width;
    } else {
      runs.push({ ...piece });
    }
  }
  return { runs, width: sum(runs) };
}
