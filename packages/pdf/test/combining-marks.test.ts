import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { anyTreatyModel } from '../../jsonld/test/arbitraries.js';
import { drawingFont, fontFor, type Face } from '../src/fonts.js';
import { toPdf } from '../src/index.js';
import { Typesetter } from '../src/typeset.js';
import { example, normalize, pdfFile, qpdfCheck, rawText, withFields } from './helpers.js';

// A base letter and a combining mark that DejaVu has no anchor for: fontkit 2 looks the anchor up
// without checking it and throws "Cannot read properties of null (reading 'xCoordinate')". These
// came from a scan of every Latin, Greek and Cyrillic letter the fonts have × U+0300–U+036F; each
// fails in the face of the field it is put in below (serif for the lead and sections, serif
// italic for the name; DejaVu Sans has anchors for them all).
const UNANCHORED = {
  // Cyrillic и + grave accent below (Serif, Serif Condensed, Sans Mono)
  iGraveBelow: '\u0438\u0316',
  // Ä + grave accent below (the Serif faces)
  aDiaeresisGraveBelow: '\u00C4\u0316',
  // ŋ + dot below (Serif, Serif Condensed)
  engDotBelow: '\u014B\u0323',
  // Є + macron below (the Serif faces)
  ieMacronBelow: '\u0404\u0331',
  // Cyrillic а + dot below (the Serif faces and Sans Mono)
  aDotBelow: '\u0430\u0323',
  // ɛ + tilde below (Serif Italic)
  openETildeBelow: '\u025B\u0330',
} as const;
const ALL = Object.values(UNANCHORED);

describe('a combining mark the font cannot anchor to its base', () => {
  it('is drawn, in the title, name, lead, key facts and sections', async () => {
    const model = withFields(example(), {
      title: `Пакт ${UNANCHORED.iGraveBelow} ${UNANCHORED.aDotBelow}`,
      name: `${UNANCHORED.openETildeBelow} ${UNANCHORED.ieMacronBelow} and more`,
      summary: `Договор ${ALL.join(' ')} о нейтралитете, и\u0316и\u0316и\u0316 twice ${UNANCHORED.engDotBelow}.`,
      keyFacts: [`Fact ${UNANCHORED.aDiaeresisGraveBelow} one`, ALL.join('')],
      sections: [{ heading: `Heading ${UNANCHORED.iGraveBelow}`, paragraphs: [`Paragraph ${ALL.join(' ')} ends.`, ALL.join('-')] }],
    });
    const result = await toPdf(model);
    const path = pdfFile(result.bytes);
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
    expect(result.warnings).toEqual([]);
    const text = normalize(rawText(path));
    for (const needle of ALL) expect(text).toContain(normalize(needle));
    expect(text).toContain(normalize(`Договор ${ALL.join(' ')} о нейтралитете`));
    expect(text).toContain(normalize(`Paragraph ${ALL.join(' ')} ends.`));
  });

  it('is measured as pdfkit draws it, so that lines keep to the margin', async () => {
    const faces: Face[] = ['serif', 'serif-italic', 'serif-condensed', 'mono', 'sans'];
    const doc = new PDFDocument({ autoFirstPage: false });
    for (const face of faces) {
      const typesetter = new Typesetter('#000');
      const lines = typesetter.lines([{ text: `Дом ${ALL.join(' и')} ${ALL.join('')}`, face }], 10, 120);
      for (const line of lines) {
        for (const [index, run] of line.runs.entries()) {
          doc.font(drawingFont(run.file) as unknown as PDFKit.Mixins.PDFFontSource).fontSize(10);
          const features = run.features && ({ ...run.features } as unknown as PDFKit.Mixins.OpenTypeFeatures[]);
          // The space a line is broken at ends its last run, drawn but not measured.
          const text = index === line.runs.length - 1 ? run.text.replace(/ $/, '') : run.text;
          const drawn = doc.widthOfString(text, features ? { features } : {});
          expect(run.width).toBeCloseTo(drawn, 6);
        }
        expect(line.width).toBeLessThanOrEqual(120);
      }
    }
    // Where the font has no anchor, the run is set without mark positioning; elsewhere as usual.
    expect(fontFor('serif', UNANCHORED.iGraveBelow)).not.toBeNull();
    const [line] = new Typesetter('#000').lines([{ text: `Дом ${UNANCHORED.iGraveBelow}`, face: 'serif' }], 10, 500);
    expect(line?.runs.map((run) => [run.text, run.features])).toEqual([
      ['Дом ', undefined],
      [UNANCHORED.iGraveBelow, { mark: false, mkmk: false }],
    ]);
  });

  it('at the start of a span is set with the base that ends the span before', async () => {
    const [line] = new Typesetter('#000').lines(
      [
        { text: 'Дом и', face: 'serif' },
        { text: '\u0316 и', face: 'serif' },
      ],
      10,
      500,
    );
    expect(line?.runs.map((run) => [run.text, run.features])).toEqual([
      ['Дом ', undefined],
      ['и\u0316', { mark: false, mkmk: false }],
      [' и', undefined],
    ]);
  });
});

// Letters of the scripts the fonts cover, each followed by up to three combining marks (or a mark
// on its own, as at the start of a text).
const range = (from: number, to: number): fc.Arbitrary<string> => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));
const base = fc.oneof(
  range(0x41, 0x5a),
  range(0x61, 0x7a),
  range(0xc0, 0x24f), // Latin-1 Supplement, Latin Extended-A and -B
  range(0x250, 0x2af), // IPA
  range(0x1e00, 0x1eff), // Latin Extended Additional
  range(0x370, 0x3ff), // Greek
  range(0x1f00, 0x1fff), // Greek Extended
  range(0x400, 0x52f), // Cyrillic and Cyrillic Supplement
  range(0x3041, 0x30ff), // Hiragana, Katakana
  range(0x4e00, 0x9fff), // CJK Unified Ideographs
);
const mark = fc.oneof({ weight: 4, arbitrary: range(0x300, 0x36f) }, { weight: 1, arbitrary: range(0x20d0, 0x20ff) });
const cluster = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(base, fc.array(mark, { maxLength: 3 })).map(([b, marks]) => b + marks.join('')) },
  { weight: 1, arbitrary: mark },
  { weight: 2, arbitrary: fc.constant(' ') },
);
const marked = fc.array(cluster, { minLength: 1, maxLength: 24 }).map((clusters) => clusters.join(''));

describe('toPdf, for any model whose text has combining marks', () => {
  it('never throws', async () => {
    await fc.assert(
      fc.asyncProperty(anyTreatyModel(marked), async (model) => {
        const result = await toPdf(model);
        expect(result.pages).toBeGreaterThanOrEqual(1);
        for (const warning of result.warnings) expect(warning.code).toBe('missing_glyph');
      }),
      { seed: 20240, numRuns: 100 },
    );
  }, 180_000);
});
