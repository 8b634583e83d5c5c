import { drawingFont, type FontFile } from '../fonts.js';
import type { Line, Span, Typesetter } from '../typeset.js';
import type { Strip } from './flow.js';
import type { TextStyle, Theme } from './theme.js';

/** A node of the PDF's logical structure tree (Document, Sect, H1, P, Table, L, ...). */
export interface Node {
  readonly type: string;
  readonly element: PDFKit.PDFStructureElement;
}

/** Everything the parts of the sheet need to build and draw themselves. */
export interface Sheet {
  readonly doc: PDFKit.PDFDocument;
  readonly typesetter: Typesetter;
  readonly theme: Theme;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly registered: Set<string>;
}

/** Adds a structure element under `parent` (in reading order). */
export function child(sheet: Sheet, parent: Node, type: string, options: Record<string, string> = {}): Node {
  const element = sheet.doc.struct(type, options);
  parent.element.add(element);
  return { type, element };
}

/** Draws inside a marked-content sequence that belongs to `node`, so screen readers find it in the tree. */
export function tagged(sheet: Sheet, node: Node, draw: () => void): void {
  const content = sheet.doc.markStructureContent(node.type);
  draw();
  sheet.doc.endMarkedContent();
  node.element.add(content);
}

/** Draws decoration (bands, rules, running headers and footers) that assistive technology should skip. */
export function artifact(sheet: Sheet, type: 'Layout' | 'Pagination', draw: () => void): void {
  sheet.doc.markContent('Artifact', { type });
  draw();
  sheet.doc.endMarkedContent();
}

function useFont(sheet: Sheet, file: FontFile): void {
  if (!sheet.registered.has(file.key)) {
    // pdfkit accepts an already decoded fontkit font here (its typings only list file sources);
    // passing the process-wide decoded font (which lays words out through a process-wide cache)
    // spares each document the decoding and most of the shaping.
    sheet.doc.registerFont(file.key, drawingFont(file) as unknown as PDFKit.Mixins.PDFFontSource);
    sheet.registered.add(file.key);
  }
  sheet.doc.font(file.key);
}

/** Where the baseline sits in a line box of the style's leading. */
export function baseline(style: TextStyle): number {
  // DejaVu's ascent and descent are 0.93 and 0.24 em: centring that box in the leading.
  return (style.leading - style.size * 1.17) / 2 + style.size * 0.93;
}

/** Draws one set line with its baseline at `y`. */
export function drawLine(sheet: Sheet, line: Line, x: number, y: number, size: number): void {
  let left = x;
  for (const run of line.runs) {
    useFont(sheet, run.file);
    sheet.doc.fontSize(size).fillColor(run.color);
    // pdfkit hands `features` to fontkit, which writes into it: a copy, since a line (a running
    // header) may be drawn again. pdfkit's typings list only the array form, which can turn
    // features on but not off.
    const features = run.features ? { features: { ...run.features } as unknown as PDFKit.Mixins.OpenTypeFeatures[] } : {};
    sheet.doc.text(run.text, left, y, { lineBreak: false, baseline: 'alphabetic', ...features });
    left += run.width;
  }
}

/** Options for `textStrips`. */
export interface TextStripOptions {
  /** Horizontal offset inside the strip's box. */
  indent?: number;
  /** Extra height above the first and below the last line. */
  padTop?: number;
  padBottom?: number;
  /** Drawn under every line (backgrounds), as an artifact. */
  background?: (x: number, y: number, width: number, height: number) => void;
  /** Drawn with the first line only (bullets, row labels). */
  first?: (x: number, y: number, width: number) => void;
}

/** One strip per line of `lines`, each drawn as marked content of `node`. */
export function lineStrips(
  sheet: Sheet,
  node: Node,
  lines: readonly Line[],
  style: TextStyle,
  options: TextStripOptions = {},
): Strip[] {
  const { indent = 0, padTop = 0, padBottom = 0, background, first } = options;
  return lines.map((line, index) => {
    const top = index === 0 ? padTop : 0;
    const bottom = index === lines.length - 1 ? padBottom : 0;
    return {
      height: top + style.leading + bottom,
      draw(x, y, width) {
        if (background) artifact(sheet, 'Layout', () => background(x, y, width, top + style.leading + bottom));
        if (index === 0 && first) first(x, y + top, width);
        tagged(sheet, node, () => drawLine(sheet, line, x + indent, y + top + baseline(style), style.size));
      },
    };
  });
}

/** Sets spans and returns their strips, tagged as `node`. */
export function textStrips(
  sheet: Sheet,
  node: Node,
  spans: readonly Span[],
  style: TextStyle,
  width: number,
  options: TextStripOptions = {},
): Strip[] {
  const lines = sheet.typesetter.lines(spans, style.size, width - (options.indent ?? 0));
  return lineStrips(sheet, node, lines, style, options);
}

/** A strip of empty space, optionally painted. */
export function spacer(sheet: Sheet, height: number, paint?: (x: number, y: number, width: number, height: number) => void): Strip {
  return {
    height,
    draw(x, y, width) {
      if (paint) artifact(sheet, 'Layout', () => paint(x, y, width, height));
    },
  };
}
