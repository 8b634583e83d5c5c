import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { SubsetSource } from '../src/subset.js';

const require = createRequire(import.meta.url);
const load = (path: string): Font => create(readFileSync(require.resolve(path))) as Font;

// Accented letters are composite glyphs in DejaVu (é is e and an acute), whose parts the subset
// renumbers; Cyrillic, Greek and IPA reach glyphs far apart in the font.
const TEXT = 'Treaty of Brest-Litovsk, 3 March 1918: Österreich-Ungarn, Türkei, Бълария, Ελλάδα, façade, ǅ ŉ ɮ ﬁ — “quoted” 1½ ‰';

describe('a TrueType subset', () => {
  for (const face of ['DejaVuSans', 'DejaVuSerif-Italic', 'DejaVuSansCondensed-Bold', 'DejaVuSansMono']) {
    it(`of ${face} is byte for byte the one fontkit writes`, () => {
      const font = load(`dejavu-fonts-ttf/ttf/${face}.ttf`);
      const file = Buffer.from((font as unknown as { stream: { buffer: Uint8Array } }).stream.buffer);
      const source = SubsetSource.of(font);
      expect(source).not.toBeNull();
      for (const text of [TEXT, 'é', '', 'Aé.Aé']) {
        const ours = source!.createSubset();
        const theirs = font.createSubset();
        for (const glyph of font.glyphsForString(text)) expect(ours.includeGlyph(glyph.id)).toBe(theirs.includeGlyph(glyph));
        expect(Buffer.from(ours.encode()).equals(Buffer.from(theirs.encode()))).toBe(true);
      }
      // Composite glyphs are renumbered in a copy, never in the font file shared by all documents.
      expect(Buffer.from((font as unknown as { stream: { buffer: Uint8Array } }).stream.buffer).equals(file)).toBe(true);
    });
  }

  it('is left to fontkit for a WOFF font', () => {
    expect(SubsetSource.of(load('@fontsource/noto-sans-jp/files/noto-sans-jp-0-400-normal.woff'))).toBeNull();
  });
});
