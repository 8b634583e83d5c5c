import type { Font } from 'fontkit';

// Every document embeds a subset of each font it draws with, and fontkit builds each subset from
// scratch: it decodes every glyph it copies and re-encodes the font's hinting tables (cvt, fpgm,
// prep: thousands of bytes, one at a time) through its generic struct encoder. That was a fifth
// of the time of a sheet. Here the tables that are the same in every subset are taken once per
// font from a subset fontkit itself wrote, each glyph is looked at once per process, and a
// document's subset is put together from those, byte for byte what fontkit's TTFSubset writes
// (test/subset.test.ts compares the two). Fonts this does not cover (WOFF, CFF outlines,
// variable fonts) keep fontkit's own subsets.

/** The fontkit internals this relies on, the same ones fontkit's TrueType subset uses. */
interface TrueTypeInternals {
  readonly type: string;
  readonly stream: { readonly buffer: Uint8Array };
  readonly directory: { readonly tables: Record<string, { readonly offset: number } | undefined> };
  readonly loca: { readonly offsets: readonly number[]; readonly version: number };
  readonly _variationProcessor?: unknown;
  getGlyph(id: number): TrueTypeGlyph;
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
}

interface TrueTypeGlyph {
  readonly advanceWidth: number;
  _decode?(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  _getMetrics?(): { leftBearing: number };
}

/** One glyph as every subset copies it. */
interface GlyphData {
  /** The glyph's outline, as stored in the font's glyf table. */
  readonly bytes: Uint8Array;
  /** For a composite glyph, the glyphs it is built from and where their ids sit in `bytes`. */
  readonly components: readonly { readonly glyphID: number; readonly pos: number }[];
  readonly advance: number;
  readonly bearing: number;
}

/** A table of a subset: bytes shared by every subset, or one of the three written per subset. */
type TableSlot = { readonly tag: string; readonly bytes: Uint8Array } | { readonly tag: 'loca' | 'glyf' | 'hmtx' };

const PER_SUBSET = new Set(['loca', 'glyf', 'hmtx']);
const DIRECTORY_HEADER = 12;
const TABLE_ENTRY = 16;

/** What the subsets of one font share: the fixed tables, and the glyphs looked at so far. */
export class SubsetSource {
  private readonly glyphs = new Map<number, GlyphData>();

  private constructor(
    private readonly font: TrueTypeInternals,
    /** The directory header (tag, table count, search fields), the same for every subset. */
    private readonly header: Uint8Array,
    private readonly tables: readonly TableSlot[],
  ) {}

  /** The source for a font, or null for a font whose subsets fontkit must make (see above). */
  static of(font: Font): SubsetSource | null {
    const internals = font as unknown as TrueTypeInternals;
    if (internals.type !== 'TTF' || !internals.directory?.tables['glyf'] || internals._variationProcessor) return null;
    const notdef = internals.getGlyph(0);
    if (typeof notdef._decode !== 'function' || typeof notdef._getMetrics !== 'function') return null;
    // fontkit's own subset of the .notdef glyph alone gives every table as fontkit writes it.
    const written = internals.createSubset().encode();
    const view = new DataView(written.buffer, written.byteOffset, written.byteLength);
    const tables: TableSlot[] = [];
    for (let i = 0; i < view.getUint16(4); i++) {
      const entry = DIRECTORY_HEADER + i * TABLE_ENTRY;
      const tag = String.fromCharCode(...written.subarray(entry, entry + 4));
      const offset = view.getUint32(entry + 8);
      const length = view.getUint32(entry + 12);
      tables.push(PER_SUBSET.has(tag) ? { tag: tag as 'loca' | 'glyf' | 'hmtx' } : { tag, bytes: new Uint8Array(written.subarray(offset, offset + length)) });
    }
    return new SubsetSource(internals, new Uint8Array(written.subarray(0, DIRECTORY_HEADER)), tables);
  }

  /** A new, empty subset for one document. */
  createSubset(): TrueTypeSubset {
    return new TrueTypeSubset(this);
  }

  /** @internal */
  glyph(id: number): GlyphData {
    let data = this.glyphs.get(id);
    if (!data) {
      const { font } = this;
      const glyph = font.getGlyph(id);
      const start = font.loca.offsets[id] ?? 0;
      const end = font.loca.offsets[id + 1] ?? start;
      const glyf = font.directory.tables['glyf']?.offset ?? 0;
      const decoded = glyph._decode?.() ?? null;
      data = {
        bytes: font.stream.buffer.subarray(glyf + start, glyf + end),
        components: decoded && decoded.numberOfContours < 0 ? (decoded.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : [],
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics?.().leftBearing ?? 0,
      };
      this.glyphs.set(id, data);
    }
    return data;
  }

  /** @internal Writes a subset: the shared tables around its loca, glyf and hmtx. */
  write(glyphs: readonly GlyphData[]): Uint8Array {
    let glyf = 0;
    for (const glyph of glyphs) glyf += glyph.bytes.length;
    const shortLoca = this.font.loca.version === 0;
    const lengths: number[] = [];
    let total = 0;
    for (const slot of this.tables) {
      const length =
        'bytes' in slot ? slot.bytes.length : slot.tag === 'loca' ? (glyphs.length + 1) * (shortLoca ? 2 : 4) : slot.tag === 'glyf' ? glyf : glyphs.length * 4;
      lengths.push(length);
      total += length;
    }
    let size = DIRECTORY_HEADER + this.tables.length * TABLE_ENTRY;
    const out = new Uint8Array(size + total);
    const view = new DataView(out.buffer);
    out.set(this.header);
    // Plain loops: this runs for every font of every document, and V8 drops the optimised code of
    // a closure made per call whenever the heap is collected, then optimises it again.
    for (let i = 0; i < this.tables.length; i++) {
      const slot = this.tables[i] as TableSlot;
      const length = lengths[i] ?? 0;
      const entry = DIRECTORY_HEADER + i * TABLE_ENTRY;
      for (let c = 0; c < 4; c++) out[entry + c] = slot.tag.charCodeAt(c);
      // fontkit leaves every checksum 0; PDF readers do not check them.
      view.setUint32(entry + 8, size);
      view.setUint32(entry + 12, length);
      if ('bytes' in slot) {
        out.set(slot.bytes, size);
        if (slot.tag === 'maxp') view.setUint16(size + 4, glyphs.length); // numGlyphs
        if (slot.tag === 'hhea') view.setUint16(size + 34, glyphs.length); // numberOfMetrics
      } else if (slot.tag === 'loca') {
        let at = 0;
        for (let g = 0; g <= glyphs.length; g++) {
          if (shortLoca) view.setUint16(size + g * 2, at >>> 1);
          else view.setUint32(size + g * 4, at);
          at += glyphs[g]?.bytes.length ?? 0;
        }
      } else if (slot.tag === 'glyf') {
        let at = size;
        for (const glyph of glyphs) {
          out.set(glyph.bytes, at);
          at += glyph.bytes.length;
        }
      } else {
        for (let g = 0; g < glyphs.length; g++) {
          const glyph = glyphs[g] as GlyphData;
          view.setUint16(size + g * 4, glyph.advance);
          view.setInt16(size + g * 4 + 2, glyph.bearing);
        }
      }
      size += length;
    }
    return out;
  }
}

/** One document's subset of a font, with the two methods pdfkit calls on fontkit's subsets. */
export class TrueTypeSubset {
  private readonly ids: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly source: SubsetSource) {
    // Glyph 0 (.notdef) is always first, as in fontkit.
    this.includeGlyph(0);
  }

  /** The id the glyph has in the subset, adding it if it is new. */
  includeGlyph(glyph: number | { readonly id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let mapped = this.mapping.get(id);
    if (mapped === undefined) {
      mapped = this.ids.length;
      this.ids.push(id);
      this.mapping.set(id, mapped);
    }
    return mapped;
  }

  /** The subset as a TrueType font file. */
  encode(): Uint8Array {
    const glyphs: GlyphData[] = [];
    // Components of composite glyphs join the subset as they are met, so the list grows here.
    for (let i = 0; i < this.ids.length; i++) {
      const data = this.source.glyph(this.ids[i] ?? 0);
      if (data.components.length === 0) {
        glyphs.push(data);
        continue;
      }
      // A composite glyph names its parts by glyph id, which the subset renumbers.
      // A copy (the bytes are a view of the font file, and a Buffer's slice() would not copy).
      const bytes = new Uint8Array(data.bytes);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (const { glyphID, pos } of data.components) view.setUint16(pos, this.includeGlyph(glyphID));
      glyphs.push({ ...data, bytes });
    }
    return this.source.write(glyphs);
  }
}
