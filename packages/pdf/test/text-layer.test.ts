import { describe, expect, it, vi } from 'vitest';
import { toPdf } from '../src/index.js';
import { example, normalize, pdfFile, rawText, withFields } from './helpers.js';

// fontkit keeps one glyph object per glyph and font, and records on it the code points it was
// first laid out for; pdfkit builds each document's ToUnicode map (what copying and text
// extraction give) from those code points. These texts lay glyphs out for other code points:
// "E" followed by the emoji presentation selector is drawn with the glyph of "E", "i" under a
// combining mark above with the dotless glyph of "ı". (The mark must have no precomposed form
// with "i": the text is NFC-normalised first, and "i\u0311" becomes "ȋ", drawn with a glyph of its own.)
const POISON = ['E\uFE0Furope', 'Di\u030Dmitri'];

describe('the text layer of a PDF', () => {
  // Vitest gives each test file fresh modules, so the poison is the first thing this process
  // lays out: the glyphs of "E" and "ı" are first made for it.
  it('does not depend on the documents rendered before it in the same process', async () => {
    for (const poison of POISON) await toPdf(withFields(example(), { title: poison, summary: poison }));
    const text = normalize(rawText(pdfFile((await toPdf(withFields(example(), { summary: 'Europe and the Kırım khanate' }))).bytes)));
    expect(text).toContain('Europe and the Kırım khanate');
    expect(text).not.toMatch(/[\uFE00-\uFE0F]/u);
  });

  it('and the whole file come out the same whatever was rendered before', async () => {
    const victim = withFields(example(), { title: 'Kırım and Europe', summary: 'Europe and the Kırım khanate' });
    // Fresh modules each time, as in a new process: once the victim alone, once after the poison.
    const render = async (before: readonly string[]): Promise<Buffer> => {
      vi.resetModules();
      const { toPdf } = await import('../src/index.js');
      for (const poison of before) await toPdf(withFields(example(), { title: poison, summary: poison }));
      return Buffer.from((await toPdf(victim)).bytes);
    };
    expect((await render(POISON)).equals(await render([]))).toBe(true);
  });
});

describe('a variation selector', () => {
  it('that the font ignores is left out of the text layer, which says what is drawn', async () => {
    const result = await toPdf(withFields(example(), { title: 'E\uFE0F and \u2764\uFE0F', summary: 'Europe and \u2764 again' }));
    expect(result.warnings).toEqual([]);
    const text = normalize(rawText(pdfFile(result.bytes)));
    expect(text).toContain('E and \u2764');
    expect(text).toContain('Europe and \u2764 again');
    expect(text).not.toMatch(/[\uFE00-\uFE0F]/u);
  });

  it('does not make a Japanese name with an ideographic variation selector unprintable', async () => {
    // Noto Sans JP maps 𤋮 U+FE00 to a glyph of its own and 辻 U+E0100 to the usual one.
    const result = await toPdf(withFields(example(), { summary: '\u8FBB\u{E0100}\u3055\u3093\u3068\u{242EE}\uFE00' }));
    expect(result.warnings).toEqual([]);
    const text = normalize(rawText(pdfFile(result.bytes)));
    expect(text).toContain('\u8FBB\u3055\u3093\u3068\u{242EE}\uFE00');
  });
});
