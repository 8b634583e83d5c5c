import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { SubsetSource } from './subset.js';

/** A typographic role; each maps to a DejaVu face, with fallbacks for scripts DejaVu lacks. */
export type Face =
  | 'sans'
  | 'sans-bold'
  | 'sans-condensed'
  | 'sans-condensed-bold'
  | 'serif'
  | 'serif-italic'
  | 'serif-condensed'
  | 'mono';

/** A decoded font file, shared by every document this process renders. */
export interface FontFile {
  /** Stable name under which the font is registered with a pdfkit document. */
  readonly key: string;
  readonly font: Font;
}

const DEJAVU: Record<Face, string> = {
  sans: 'DejaVuSans',
  'sans-bold': 'DejaVuSans-Bold',
  'sans-condensed': 'DejaVuSansCondensed',
  'sans-condensed-bold': 'DejaVuSansCondensed-Bold',
  serif: 'DejaVuSerif',
  'serif-italic': 'DejaVuSerif-Italic',
  'serif-condensed': 'DejaVuSerifCondensed',
  mono: 'DejaVuSansMono',
};

const BOLD: ReadonlySet<Face> = new Set(['sans-bold', 'sans-condensed-bold']);

const require = createRequire(import.meta.url);

// Decoding a font costs milliseconds to hundreds of milliseconds (WOFF tables are inflated on
// first use), so every file is decoded at most once per process and shared by all documents.
const files = new Map<string, FontFile>();

function load(key: string, specifier: string): FontFile {
  let file = files.get(key);
  if (!file) {
    const decoded = create(readFileSync(require.resolve(specifier)));
    if (!('layout' in decoded)) throw new Error(`${specifier} is a font collection, expected a single font`);
    file = { key, font: decoded };
    files.set(key, file);
  }
  return file;
}

function dejavu(name: string): FontFile {
  return load(name, `dejavu-fonts-ttf/ttf/${name}.ttf`);
}

// Fontsource slices Noto Sans JP into ~120 small WOFF files by unicode-range; loading only the
// slices a text needs is far cheaper than the 1.4 MB "japanese" file and covers 16,000+ characters.
// WOFF2 is avoided on purpose: pdfkit embeds it with blank glyphs.
let notoSlices: Map<number, string> | undefined;

function notoSliceFor(codePoint: number): string | undefined {
  if (!notoSlices) {
    notoSlices = new Map();
    const ranges = JSON.parse(
      readFileSync(require.resolve('@fontsource/noto-sans-jp/unicode.json'), 'utf8'),
    ) as Record<string, string>;
    for (const [name, list] of Object.entries(ranges)) {
      const slice = /^\[(\d+)\]$/.exec(name)?.[1];
      if (slice === undefined) continue;
      for (const range of list.split(',')) {
        const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
        const start = Number.parseInt(from ?? '', 16);
        const end = to === undefined ? start : Number.parseInt(to, 16);
        for (let cp = start; cp <= end; cp++) notoSlices.set(cp, slice);
      }
    }
  }
  return notoSlices.get(codePoint);
}

// Every slice is named "NotoSansJP-Regular" (or -Bold); pdfkit still keeps them apart because
// their checksums differ, which a test checks for each Fontsource release.
function noto(slice: string, bold: boolean): FontFile {
  const weight = bold ? 700 : 400;
  return load(
    `NotoSansJP-${slice}-${weight}`,
    `@fontsource/noto-sans-jp/files/noto-sans-jp-${slice}-${weight}-normal.woff`,
  );
}

// Variation selectors have no glyph of their own: after a character they ask for one of its forms
// (emoji or text style, an ideographic variant), which a font has or ignores.
const isSelector = (cp: number): boolean => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
const SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

function covers(file: FontFile, codePoints: readonly number[]): boolean {
  // A selector after a character needs no glyph; a lone one is looked up like any character.
  return codePoints.every((cp, i) => (i > 0 && isSelector(cp)) || file.font.hasGlyphForCodePoint(cp));
}

/**
 * The grapheme as the font draws it: without the variation selectors it ignores, so that the text
 * layer says what is drawn ("E" for "E\uFE0F" in DejaVu, which has no emoji forms), while one that
 * picks a form the font has (an ideographic variant in Noto Sans JP) is kept for fontkit to apply.
 */
export function drawable(file: FontFile, grapheme: string): string {
  if (grapheme.length === 1 || !SELECTOR.test(grapheme)) return grapheme;
  const codePoints = Array.from(grapheme, (c) => c.codePointAt(0) ?? 0);
  let kept = '';
  codePoints.forEach((cp, i) => {
    const base = codePoints[i - 1];
    // fontkit applies a selector only right after a character, and drops any that follow it.
    if (i > 0 && isSelector(cp) && (base === undefined || isSelector(base) || !selects(file, base, cp))) return;
    kept += String.fromCodePoint(cp);
  });
  return kept;
}

function selects(file: FontFile, base: number, selector: number): boolean {
  const [glyph] = file.font.glyphsForString(String.fromCodePoint(base, selector));
  return glyph !== undefined && glyph.id !== file.font.glyphForCodePoint(base).id;
}

// Per face, then per grapheme: asked once per character of every document, so no key string is
// built for the lookup.
const choices = new Map<Face, Map<string, FontFile | null>>();

/**
 * The first shipped font that has every code point of a grapheme, trying the face's own font,
 * then DejaVu Sans (wider coverage than Serif and Mono), then the Noto Sans JP slices; null if none.
 */
export function fontFor(face: Face, grapheme: string): FontFile | null {
  let forFace = choices.get(face);
  if (!forFace) choices.set(face, (forFace = new Map()));
  const known = forFace.get(grapheme);
  if (known !== undefined) return known;
  const codePoints = Array.from(grapheme, (c) => c.codePointAt(0) ?? 0);
  const bold = BOLD.has(face);
  let chosen: FontFile | null = null;
  for (const candidate of [DEJAVU[face], bold ? 'DejaVuSans-Bold' : 'DejaVuSans']) {
    const file = dejavu(candidate);
    if (covers(file, codePoints)) {
      chosen = file;
      break;
    }
  }
  if (!chosen) {
    const slices = new Set(codePoints.filter((cp, i) => i === 0 || !isSelector(cp)).map(notoSliceFor));
    const slice = slices.size === 1 ? [...slices][0] : undefined;
    if (slice !== undefined) {
      const file = noto(slice, bold);
      if (covers(file, codePoints)) chosen = file;
    }
  }
  forFace.set(grapheme, chosen);
  return chosen;
}

/** The face's own font, which draws U+FFFD in place of characters no shipped font has. */
export function primaryFont(face: Face): FontFile {
  return dejavu(DEJAVU[face]);
}

/**
 * OpenType features a run is laid out with, on top of the font's defaults (pdfkit's `features`
 * text option); `undefined` is the defaults, laid out word by word.
 */
export type Features = Readonly<Record<string, boolean>>;

// fontkit 2 (GPOSProcessor.applyLookup, lookup types 4-6) attaches a combining mark to its base
// (or to the mark before it) through the anchor the base has for the mark's class, without
// checking that the base has one: OpenType lets a base record's anchor be NULL, and DejaVu's are
// for thousands of pairs (Serif "и" has none for the marks below, such as U+0316), so the layout
// throws "Cannot read properties of null (reading 'xCoordinate')". HarfBuzz leaves such a mark
// where it is. A run that fails is laid out again without mark positioning (its marks then sit
// at their default place, over the glyph before them); should even that fail, without any
// feature the font has. Measuring and drawing use the same features (see `Run.features`).
// fontkit writes into the features object it is given, so it only ever gets copies of these.
const UNANCHORED: Features = Object.freeze({ mark: false, mkmk: false });
const bare = new Map<FontFile, Features>();

function fallbacks(file: FontFile): Features[] {
  let none = bare.get(file);
  if (!none) {
    none = Object.freeze(Object.fromEntries([...file.font.availableFeatures, 'mark', 'mkmk', 'kern'].map((tag) => [tag, false])));
    bare.set(file, none);
  }
  return [UNANCHORED, none];
}

// Laying a word out (fontkit's GSUB and GPOS shaping) is the costliest step of drawing a sheet,
// and pdfkit keeps what it laid out only per document. A word in a font gives the same glyphs and
// positions in every document, so each is laid out once per process: for measuring and for every
// document's drawing (which gets fresh copies of the positions, since pdfkit scales them in place).
//
// fontkit keeps one Glyph object per glyph id and fixes its `codePoints` when it first makes it,
// from the text being laid out: "E\uFE0F" is drawn with the glyph of "E", so the glyph of "E" made
// for it says [E, U+FE0F]; "i" under a combining mark above is drawn with the dotless glyph of "ı",
// which then says [i]. pdfkit writes a document's ToUnicode map (what copying and text extraction
// give) from the code points of the first glyph it draws with each id. So that this depends on the
// document alone, never on what the process laid out before, every word is laid out in a view of
// the font whose glyph objects are new for that word: a glyph says what that word makes it say,
// as in a document that starts with the word. This reaches into two fontkit 2 internals,
// `_glyphs` and the memoised `_layoutEngine` getter, and says so if they are gone.

/** One glyph of a laid-out word: what pdfkit reads of it. */
interface LaidGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/** A word as fontkit lays it out, in font units. */
interface LaidWord {
  readonly glyphs: readonly LaidGlyph[];
  /** The xAdvance of each glyph. */
  readonly advances: readonly number[];
  /** yAdvance, xOffset and yOffset of each glyph in turn; null when all are 0 (nearly every word). */
  readonly shifts: readonly number[] | null;
  readonly advanceWidth: number;
}

/**
 * Words laid out in one font with one set of features, an Error where fontkit could not. Two
 * generations bound the memory of a long batch (a corpus keeps bringing new names and numbers)
 * while the words in use stay: when the recent words of all fonts reach MAX_RECENT_WORDS, every
 * cache drops its older generation and starts a new recent one; a word found among the older
 * ones moves to the recent.
 */
interface WordCache {
  recent: Map<string, LaidWord | Error>;
  older: Map<string, LaidWord | Error>;
  /** Words not kept yet, with the document that first used them (see laidOut). */
  seen: Map<string, number>;
  /** The words of document `unkeptOf` that are not kept, so that it lays each out only once. */
  unkept: Map<string, LaidWord | Error>;
  unkeptOf: number;
}

/** What is laid out in one font. */
interface Layouts {
  /** A view of the font with glyph objects of its own, emptied before each word. */
  readonly scratch: Font & { _glyphs: object };
  /** By features (see featuresKey). */
  readonly words: Map<string, WordCache>;
  /** One record per glyph id and code points, shared by the words that have it. */
  glyphs: Map<string, LaidGlyph>;
}

const layouts = new Map<FontFile, Layouts>();
// About 600 bytes a word: at most twice this many words are kept, about 12 MB.
const MAX_RECENT_WORDS = 10_000;
let recentWords = 0;
// Words used by one document so far, before they are kept; per font and features, a map of at
// most this many words (about 1 MB when they are file names and hashes).
const MAX_SEEN_WORDS = 10_000;
let documentsBegun = 0;

/**
 * Tells the word cache that a new document starts: a word is kept for the process only once a
 * second document uses it (see laidOut).
 */
export function beginDocument(): void {
  documentsBegun++;
}

/** How many laid-out words the process keeps now, for tests of the bound. */
export function cachedWordCount(): number {
  let count = 0;
  for (const each of layouts.values()) for (const cache of each.words.values()) count += cache.recent.size + cache.older.size;
  return count;
}

function remember(cache: WordCache, text: string, word: LaidWord | Error): void {
  cache.recent.set(text, word);
  if (++recentWords < MAX_RECENT_WORDS) return;
  for (const each of layouts.values()) {
    for (const generations of each.words.values()) {
      generations.older = generations.recent;
      generations.recent = new Map();
      generations.seen.clear();
    }
    // Records stay valid in the words that hold them; new words make their own.
    each.glyphs = new Map();
  }
  recentWords = 0;
}

function layoutEngineGetter(font: Font): (() => unknown) | undefined {
  for (let proto: object | null = Object.getPrototypeOf(font); proto; proto = Object.getPrototypeOf(proto)) {
    const getter = Object.getOwnPropertyDescriptor(proto, '_layoutEngine')?.get;
    if (getter) return getter;
  }
  return undefined;
}

function layoutsOf(file: FontFile): Layouts {
  let found = layouts.get(file);
  if (!found) {
    const getter = layoutEngineGetter(file.font);
    if (!getter || !('_glyphs' in file.font)) {
      throw new Error('@treatykit/pdf: this fontkit version has no `_glyphs` or `_layoutEngine`; the text layer would depend on the order documents are drawn in');
    }
    const scratch = Object.create(file.font, {
      _glyphs: { value: {}, writable: true, configurable: true },
      // fontkit's getter makes a layout engine for `this` (the view) and then memoises it on `this`.
      _layoutEngine: { configurable: true, get: getter },
    }) as Layouts['scratch'];
    found = { scratch, words: new Map(), glyphs: new Map() };
    layouts.set(file, found);
  }
  return found;
}

// Features objects are copied on their way to fontkit (which writes into them), so they are told
// apart by what they turn on and off.
function featuresKey(features: Features | undefined): string {
  if (features === undefined) return '';
  return Object.keys(features)
    .sort()
    .map((tag) => `${tag}${features[tag] ? '+' : '-'}`)
    .join(',');
}

function layOut(layouts: Layouts, text: string, features: Features | undefined): LaidWord | Error {
  const { scratch } = layouts;
  scratch._glyphs = {};
  let run;
  try {
    run = scratch.layout(text, features && { ...features });
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
  // Arrays made by map() have exactly their length; grown by push() they keep spare room, which
  // made a cached word take about a tenth more memory (646 instead of 578 bytes).
  const glyphs = run.glyphs.map((glyph) => {
    const key = `${glyph.id} ${glyph.codePoints.join(',')}`;
    let laid = layouts.glyphs.get(key);
    if (!laid) {
      laid = { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [...glyph.codePoints] };
      layouts.glyphs.set(key, laid);
    }
    return laid;
  });
  const positions = run.glyphs.map((_, i) => run.positions[i]);
  const advances = positions.map((position) => position?.xAdvance ?? 0);
  const shifted = positions.some((position) => position?.yAdvance || position?.xOffset || position?.yOffset);
  const shifts = shifted ? positions.flatMap((position) => [position?.yAdvance ?? 0, position?.xOffset ?? 0, position?.yOffset ?? 0]) : null;
  return { glyphs, advances, shifts, advanceWidth: run.advanceWidth };
}

function laidOut(file: FontFile, text: string, features: Features | undefined): LaidWord | Error {
  const found = layoutsOf(file);
  const key = featuresKey(features);
  let cache = found.words.get(key);
  if (!cache) found.words.set(key, (cache = { recent: new Map(), older: new Map(), seen: new Map(), unkept: new Map(), unkeptOf: documentsBegun }));
  const recent = cache.recent.get(text);
  if (recent !== undefined) return recent;
  const older = cache.older.get(text);
  if (older !== undefined) {
    remember(cache, text, older);
    return older;
  }
  if (cache.unkeptOf !== documentsBegun || cache.unkept.size >= MAX_SEEN_WORDS) {
    cache.unkept = new Map();
    cache.unkeptOf = documentsBegun;
  }
  const unkept = cache.unkept.get(text);
  if (unkept !== undefined) return unkept;
  const word = layOut(found, text, features);
  // Every sheet has words no other sheet has, such as its source's file name and SHA-256. Kept,
  // they filled the cache to its bound in a long batch (a third of its words, and longer ones, at
  // 1,000 articles; the build's peak memory at 4,000 articles fell from 307 to 288 MB without
  // them), so a word is kept only once a second document uses it.
  const first = cache.seen.get(text);
  if (first !== undefined && first !== documentsBegun) {
    cache.seen.delete(text);
    remember(cache, text, word);
    return word;
  }
  if (first === undefined) {
    if (cache.seen.size >= MAX_SEEN_WORDS) cache.seen.clear();
    cache.seen.set(text, documentsBegun);
  }
  cache.unkept.set(text, word);
  return word;
}

/** The part of a fontkit GlyphRun pdfkit reads, with positions of its own. */
class DrawnRun {
  constructor(
    readonly glyphs: readonly LaidGlyph[],
    readonly positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

const drawingFonts = new Map<FontFile, Font>();

/**
 * The font to register with pdfkit documents: the process-wide decoded font, laying words out
 * through the process-wide cache above and making subsets from parts shared by every document.
 */
export function drawingFont(file: FontFile): Font {
  let font = drawingFonts.get(file);
  if (!font) {
    const layout = (text: string, features?: Features): DrawnRun => {
      const word = laidOut(file, text, features);
      if (word instanceof Error) throw word;
      const { advances, shifts } = word;
      const positions = advances.map((xAdvance, i) => ({
        xAdvance,
        yAdvance: shifts?.[i * 3] ?? 0,
        xOffset: shifts?.[i * 3 + 1] ?? 0,
        yOffset: shifts?.[i * 3 + 2] ?? 0,
      }));
      return new DrawnRun(word.glyphs, positions);
    };
    const subsets = SubsetSource.of(file.font);
    font = Object.create(file.font, {
      layout: { value: layout },
      ...(subsets && { createSubset: { value: () => subsets.createSubset() } }),
    }) as Font;
    drawingFonts.set(file, font);
  }
  return font;
}

function advance(file: FontFile, text: string, features: Features | undefined): number {
  const word = laidOut(file, text, features);
  return word instanceof Error ? Number.NaN : word.advanceWidth;
}

/** How a run is set in one font: its width in points and the features to draw it with. */
export interface Shaped {
  width: number;
  features: Features | undefined;
}

/** Width in points of a run set in one font, measured the way pdfkit measures it when drawing. */
export function measure(file: FontFile, text: string, size: number): Shaped {
  // pdfkit shapes text word by word (splitting after each space), so kerning never crosses a
  // space; measuring the same way keeps our line breaks and pdfkit's drawing in agreement.
  let units = 0;
  let start = 0;
  for (let i = 0; i <= text.length && !Number.isNaN(units); i++) {
    if (i === text.length || text[i] === ' ') {
      const chunk = text.slice(start, i + 1);
      if (chunk) units += advance(file, chunk, undefined);
      start = i + 1;
    }
  }
  if (!Number.isNaN(units)) return { width: (units / file.font.unitsPerEm) * size, features: undefined };
  // With features, pdfkit lays the whole run out at once rather than word by word.
  const levels = fallbacks(file);
  for (const features of levels) {
    units = advance(file, text, features);
    if (!Number.isNaN(units)) return { width: (units / file.font.unitsPerEm) * size, features };
  }
  // Not a case we know of: pass on what fontkit said.
  const failed = laidOut(file, text, levels.at(-1));
  const reason = failed instanceof Error ? `: ${failed.message}` : '';
  throw new Error(`fontkit cannot lay out ${JSON.stringify(text.slice(0, 40))} in ${file.key}${reason}`, { cause: failed });
}
