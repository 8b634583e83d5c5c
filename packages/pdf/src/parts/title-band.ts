import type { TreatyModel } from '@treatykit/core';
import { formatDate } from '../format.js';
import { artifact, baseline, child, drawLine, lineStrips, spacer, textStrips, type Node, type Sheet } from '../layout/draw.js';
import type { Block, Strip } from '../layout/flow.js';
import type { Line, Span } from '../typeset.js';

/**
 * The coloured band at the top of the first page: headline (shrunk until it fits in a few
 * lines, then wrapped), the treaty's proper name, and when and where it was signed.
 */
export function titleBand(sheet: Sheet, root: Node, model: TreatyModel, width: number): Block {
  const { theme, typesetter, doc } = sheet;
  const { color } = theme;
  const paint = (_x: number, y: number, _width: number, height: number): void => {
    // A hair of overlap hides the seam some renderers show between adjacent rectangles.
    doc.rect(0, y, sheet.pageWidth, height + 0.6).fill(color.band);
  };

  const eyebrow = typesetter.lines([{ text: 'Treaty fact sheet', face: 'sans-bold', color: color.bandMuted }], theme.eyebrow.size, width);
  const strips: Strip[] = [
    spacer(sheet, 24, paint),
    ...eyebrow.map(
      (line): Strip => ({
        height: theme.eyebrow.leading + 3,
        draw(x, y, w) {
          artifact(sheet, 'Layout', () => {
            paint(x, y, w, theme.eyebrow.leading + 3);
            drawLine(sheet, line, x, y + baseline(theme.eyebrow), theme.eyebrow.size);
          });
        },
      }),
    ),
  ];

  const headline: Span[] = [{ text: model.title, face: 'sans-bold', color: color.bandText, field: '/title' }];
  const { size, lines } = fitHeadline(sheet, headline, width);
  const headlineStyle = { size, leading: Math.round(size * 1.2 * 10) / 10 };
  strips.push(...lineStrips(sheet, child(sheet, root, 'H1'), lines, headlineStyle, { background: paint }));

  if (model.name !== null && model.name.trim().toLowerCase() !== model.title.trim().toLowerCase()) {
    const name: Span[] = [{ text: model.name, face: 'serif-italic', color: color.bandText, field: '/name' }];
    strips.push(
      ...textStrips(sheet, child(sheet, root, 'P'), name, theme.subtitle, width, { padTop: 4, background: paint }),
    );
  }

  const meta: Span[] = [
    { text: 'Signed ', face: 'sans', color: color.bandMuted },
    { text: formatDate(model.signed.date), face: 'sans-bold', color: color.bandText, field: '/signed/date' },
  ];
  if (model.signed.place) {
    meta.push(
      { text: ' in ', face: 'sans', color: color.bandMuted },
      { text: model.signed.place.name, face: 'sans-bold', color: color.bandText, field: '/signed/place/name' },
    );
  }
  strips.push(...textStrips(sheet, child(sheet, root, 'P'), meta, theme.meta, width, { padTop: 8, background: paint }));
  strips.push(spacer(sheet, 20, paint));
  return { strips, spaceBefore: 0, keepTogether: true };
}

function fitHeadline(sheet: Sheet, spans: Span[], width: number): { size: number; lines: Line[] } {
  const { headline } = sheet.theme;
  for (let size = headline.size; size > headline.min; size -= 1) {
    const lines = sheet.typesetter.lines(spans, size, width);
    if (lines.length <= headline.maxLines) return { size, lines };
  }
  // Too long to fit in a few lines even at the smallest size: it wraps onto as many as it needs.
  return { size: headline.min, lines: sheet.typesetter.lines(spans, headline.min, width) };
}
