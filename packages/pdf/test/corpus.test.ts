import { describe, expect, it } from 'vitest';
import type { TreatyModel } from '@treatykit/core';
import { toPdf } from '../src/index.js';
import {
  corpus,
  firstOutOfOrder,
  missingWordIndex,
  notdefGlyphs,
  overlaps,
  pageContents,
  pdfFile,
  pdfFonts,
  pdfInfo,
  qpdfCheck,
  rawText,
  uncompressed,
  wordBoxes,
  words,
} from './helpers.js';
import { formatDate } from '../src/format.js';

/** What a reader must find on the sheet, in the order the sheet presents it. */
function factsInReadingOrder(model: TreatyModel): string[] {
  return [
    model.title,
    ...(model.name && model.name !== model.title ? [model.name] : []),
    formatDate(model.signed.date),
    ...(model.signed.place ? [model.signed.place.name] : []),
    ...model.parties.map((p) => p.name),
    ...model.signatories.flatMap((s) => [s.name, ...(s.role ? [s.role] : [])]),
    ...model.keyFacts,
    model.summary,
    ...model.sections.map((s) => s.heading),
  ];
}

describe.each(corpus())('the fact sheet of $file', ({ file, model }) => {
  it('is one clean, tagged A4 page with every fact in reading order', async () => {
    const result = await toPdf(model);
    expect(result.pages).toBe(1);
    expect(result.warnings).toEqual([]);
    const path = pdfFile(result.bytes);

    const info = pdfInfo(path);
    expect(info['Pages']).toBe('1');
    expect(info['Title']).toBe(model.title);
    expect(info['Tagged']).toBe('yes');
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors found');

    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });

    const text = rawText(path);
    expect(firstOutOfOrder(text, factsInReadingOrder(model))).toBeNull();
    expect(text).toContain(file);
    expect(text).toContain(model.source.sha256);
    expect(text).toContain('Page 1 of 1');

    // No word of the body is lost, and the paragraphs come in order.
    const all = words(text);
    let next = 0;
    for (const section of model.sections) {
      for (const paragraph of section.paragraphs) {
        const found = missingWordIndex(all, words(paragraph), next);
        expect(found.index, `word ${found.index} of "${paragraph.slice(0, 60)}…"`).toBe(-1);
        next = found.next;
      }
    }

    // Nothing is drawn outside the page's margins, no two words overlap, no glyph is the empty box.
    const boxes = wordBoxes(path);
    expect(overlaps(boxes)).toEqual([]);
    for (const page of pageContents(uncompressed(path))) expect(notdefGlyphs(page)).toBe(0);
    for (const box of boxes) {
      expect(box.xMin, box.word).toBeGreaterThanOrEqual(0);
      expect(box.yMin, box.word).toBeGreaterThanOrEqual(0);
      expect(box.xMax, box.word).toBeLessThanOrEqual(box.pageWidth - 40);
      expect(box.yMax, box.word).toBeLessThanOrEqual(box.pageHeight);
    }
  });

  it('also fits on one US Letter page', async () => {
    const result = await toPdf(model, { paper: 'letter' });
    expect(result.pages).toBe(1);
    expect(pdfInfo(pdfFile(result.bytes))['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
  });
});
