import { describe, expect, it } from 'vitest';
import { toPdf } from '../src/index.js';
import {
  example,
  normalize,
  notdefGlyphs,
  pageContents,
  pdfFile,
  pdfFonts,
  qpdfCheck,
  rawText,
  uncompressed,
  withFields,
} from './helpers.js';

describe('every script in the model', async () => {
  const base = example();
  const model = withFields(base, {
    name: '日ソ中立条約',
    signatories: [
      { name: 'Kichisaburō Nomura', role: 'Japanese Ambassador to the USSR', party: 'japan' },
      { name: 'Вячеслав Молотов', role: 'Народный комиссар иностранных дел', party: 'soviet-union' },
      { name: 'Väinö Tanner', role: 'Finnish observer', party: null },
      { name: 'Ελευθέριος Βενιζέλος', role: 'Πρωθυπουργός της Ελλάδας', party: null },
    ],
    keyFacts: [
      ...base.keyFacts,
      '日ソ中立条約は1941年4月13日にモスクワで調印された。',
      '日本 and ソ連 signed; 日本 ソ連 日本 ソ連 日本 ソ連 日本 ソ連 日本 ソ連 日本 ソ連 日本 ソ連 日本 ソ連 agreed',
    ],
  });
  const result = await toPdf(model);
  const path = pdfFile(result.bytes);
  const text = normalize(rawText(path));

  it('renders Latin with diacritics, Cyrillic, Greek and Japanese', () => {
    expect(result.warnings).toEqual([]);
    for (const name of [
      'Kichisaburō Nomura',
      'Väinö Tanner',
      'Вячеслав Молотов',
      'Народный комиссар иностранных дел',
      'Ελευθέριος Βενιζέλος',
      '日ソ中立条約',
    ]) {
      expect(text, name).toContain(name);
    }
    // Japanese breaks between characters, so allow line breaks inside the sentence.
    expect(text.replace(/ /g, '')).toContain('日ソ中立条約は1941年4月13日にモスクワで調印された。');
  });

  it('never draws the empty .notdef glyph, even for spaces next to Japanese', () => {
    const pages = pageContents(uncompressed(path));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(notdefGlyphs(page)).toBe(0);
    expect(text).toContain('日本 and ソ連 signed');
  });

  it('embeds a subset of a Japanese font only for the characters that need it', () => {
    qpdfCheck(path);
    const fonts = pdfFonts(path);
    expect(fonts.some((f) => f.name.includes('NotoSansJP'))).toBe(true);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  it('keeps decomposed and composed accents alike', async () => {
    const decomposed = withFields(base, { title: 'Kichisabu\u0072\u006f\u0304 and Va\u0308ino\u0308' });
    const sheet = await toPdf(decomposed);
    expect(sheet.warnings).toEqual([]);
    expect(normalize(rawText(pdfFile(sheet.bytes)))).toContain('Kichisaburō and Väinö');
  });
});

describe('a character no shipped font has', () => {
  it('is reported with the field it is in, and shown as U+FFFD rather than dropped', async () => {
    const base = example();
    const model = withFields(base, {
      keyFacts: ['Sealed with the hieroglyph \u{13000} for good luck', ...base.keyFacts.slice(1)],
    });
    const result = await toPdf(model);
    expect(result.warnings).toEqual([
      {
        code: 'missing_glyph',
        message: expect.stringContaining('U+13000'),
        char: '\u{13000}',
        field: '/keyFacts/0',
      },
    ]);
    const path = pdfFile(result.bytes);
    qpdfCheck(path);
    expect(normalize(rawText(path))).toContain('Sealed with the hieroglyph \uFFFD for good luck');
  });

  it('is reported once per field, however often it occurs there', async () => {
    const base = example();
    const model = withFields(base, { title: '\u{13000}\u{13001} Pact \u{13000}', keyFacts: ['\u{13000}'] });
    const result = await toPdf(model);
    expect(result.warnings.map((w) => (w.code === 'missing_glyph' ? [w.char, w.field] : null))).toEqual([
      ['\u{13000}', '/title'],
      ['\u{13001}', '/title'],
      ['\u{13000}', '/keyFacts/0'],
    ]);
  });

  it('draws emoji that DejaVu Sans has, without a warning', async () => {
    const result = await toPdf(withFields(example(), { title: 'Peace 😀 Pact' }));
    expect(result.warnings).toEqual([]);
    expect(normalize(rawText(pdfFile(result.bytes)))).toContain('Peace 😀 Pact');
  });
});
