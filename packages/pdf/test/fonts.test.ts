import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { beginDocument, cachedWordCount, fontFor, measure } from '../src/fonts.js';

const require = createRequire(import.meta.url);

describe('the shipped fonts', () => {
  it('cover Latin, Greek and Cyrillic with DejaVu and Japanese with Noto Sans JP', () => {
    for (const c of ['ō', 'ä', 'Ж', 'λ', '€', '—']) expect(fontFor('serif-condensed', c)?.key, c).toMatch(/^DejaVu/);
    for (const c of ['日', 'ソ', '條', '。']) expect(fontFor('serif-condensed', c)?.key, c).toMatch(/^NotoSansJP-\d+-400$/);
    expect(fontFor('sans-bold', '日')?.key).toMatch(/^NotoSansJP-\d+-700$/);
    expect(fontFor('sans', '\u{13000}')).toBeNull();
  });

  // pdfkit treats two fonts with the same PostScript name and the same checksum as one font.
  // Every Noto Sans JP slice is called "NotoSansJP-Regular", so only distinct checksums keep
  // their glyphs apart; this guards against a Fontsource release that breaks that.
  it('has Noto Sans JP slices that pdfkit can tell apart', () => {
    const dir = dirname(require.resolve('@fontsource/noto-sans-jp/files/noto-sans-jp-0-400-normal.woff'));
    for (const weight of [400, 700]) {
      const files = readdirSync(dir).filter((f) => new RegExp(`^noto-sans-jp-\\d+-${weight}-normal\\.woff$`).test(f));
      expect(files.length).toBeGreaterThan(100);
      const checksums = files.map((f) => {
        // `head` is a font table that @types/fontkit does not describe.
        const font = create(readFileSync(`${dir}/${f}`)) as unknown as { head: { checkSumAdjustment: number } };
        return font.head.checkSumAdjustment;
      });
      expect(new Set(checksums).size).toBe(files.length);
    }
  });
});

describe('the cache of laid-out words', () => {
  it('keeps a word once a second document uses it, not before', () => {
    const file = fontFor('serif', 'a')!;
    const before = cachedWordCount();
    beginDocument();
    // A sheet's own words (its source's file name and hash) are measured and drawn, but only there.
    const once = measure(file, '00042-treaty-of-nowhere.md ', 10);
    measure(file, '00042-treaty-of-nowhere.md ', 10);
    measure(file, 'Lausanne ', 10);
    expect(cachedWordCount()).toBe(before);
    beginDocument();
    expect(measure(file, 'Lausanne ', 10).width).toBeGreaterThan(0);
    expect(cachedWordCount()).toBe(before + 1);
    beginDocument();
    expect(measure(file, '00042-treaty-of-nowhere.md ', 10)).toEqual(once);
    expect(cachedWordCount()).toBe(before + 2);
  });

  it('stays bounded over a long batch and gives the same widths after it drops a word', () => {
    const file = fontFor('serif', 'a');
    expect(file).not.toBeNull();
    const first = measure(file!, 'Brest-Litovsk ', 10);
    // 25,000 words that two documents use each: more than the cache keeps (two generations of 10,000).
    for (let i = 0; i < 25_000; i++) {
      beginDocument();
      measure(file!, `w${i.toString(36)} `, 10);
      beginDocument();
      measure(file!, `w${i.toString(36)} `, 10);
    }
    expect(cachedWordCount()).toBeGreaterThanOrEqual(10_000);
    expect(cachedWordCount()).toBeLessThanOrEqual(20_000);
    expect(measure(file!, 'Brest-Litovsk ', 10)).toEqual(first);
  });
});
