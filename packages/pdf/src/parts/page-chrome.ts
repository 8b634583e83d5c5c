import type { TreatyModel } from '@treatykit/core';
import { artifact, baseline, drawLine, type Sheet } from '../layout/draw.js';
import type { Line, Span } from '../typeset.js';

const PAGE_LABEL_WIDTH = 64;

/** The footer of every page: source file, its SHA-256 and "Page n of m"; returns its height and a painter. */
export function footer(sheet: Sheet, model: TreatyModel, width: number): { height: number; draw(page: number, pages: number): void } {
  const { theme, typesetter, doc } = sheet;
  const { footer: style, color } = theme;
  const source: Span[] = [{ text: 'Source: ', face: 'sans', color: color.muted }];
  if (model.source.path !== null) {
    source.push({ text: baseName(model.source.path), face: 'sans-bold', color: color.muted, field: '/source/path' });
  } else {
    source.push({ text: 'text without a file name', face: 'sans', color: color.muted });
  }
  source.push(
    { text: ' · SHA-256 ', face: 'sans', color: color.muted },
    { text: model.source.sha256, face: 'mono', color: color.muted, field: '/source/sha256' },
  );
  const lines = typesetter.lines(source, style.size, width - PAGE_LABEL_WIDTH);
  const gap = 6;
  const height = gap + lines.length * style.leading;
  const top = sheet.pageHeight - theme.bottomMargin - height;
  const left = theme.margin;
  return {
    height,
    draw(page, pages) {
      artifact(sheet, 'Pagination', () => {
        doc.moveTo(left, top).lineTo(left + width, top).lineWidth(0.6).strokeColor(color.rule).stroke();
        lines.forEach((line, i) => drawLine(sheet, line, left, top + gap + i * style.leading + baseline(style), style.size));
        const label = typesetter.lines(
          [{ text: `Page ${page + 1} of ${pages}`, face: 'sans', color: color.muted }],
          style.size,
          PAGE_LABEL_WIDTH,
        );
        label.forEach((line, i) =>
          drawLine(sheet, line, left + width - line.width, top + gap + i * style.leading + baseline(style), style.size),
        );
      });
    },
  };
}

/** The running header of continuation pages: the headline (cut to one line) and "continued". */
export function runningHeader(sheet: Sheet, model: TreatyModel, width: number): { height: number; draw(): void } {
  const { theme, typesetter, doc } = sheet;
  const { header: style, color } = theme;
  const top = 22;
  const tail = typesetter.lines([{ text: 'Treaty fact sheet, continued', face: 'sans', color: color.muted }], style.size, width)[0];
  const room = width - (tail?.width ?? 0) - 24;
  const title = oneLine(sheet, [{ text: model.title, face: 'sans-bold', color: color.accent, field: '/title' }], style.size, room);
  return {
    height: top + style.leading + 16,
    draw() {
      artifact(sheet, 'Pagination', () => {
        const y = top + baseline(style);
        if (title) drawLine(sheet, title, theme.margin, y, style.size);
        if (tail) drawLine(sheet, tail, theme.margin + width - tail.width, y, style.size);
        const ruleY = top + style.leading + 4;
        doc.moveTo(theme.margin, ruleY).lineTo(theme.margin + width, ruleY).lineWidth(0.6).strokeColor(color.rule).stroke();
      });
    },
  };
}

// The running header repeats the headline page 1 shows in full, so cutting it short loses nothing.
function oneLine(sheet: Sheet, spans: Span[], size: number, width: number): Line | undefined {
  const lines = sheet.typesetter.lines(spans, size, width);
  const first = lines[0];
  if (!first || lines.length === 1) return first;
  const ellipsis = sheet.typesetter.lines([{ text: '…', face: 'sans-bold', color: spans[0]?.color ?? '#000' }], size, width)[0];
  const cut = sheet.typesetter.lines(spans, size, width - (ellipsis?.width ?? 0))[0] ?? first;
  return ellipsis ? { runs: [...cut.runs, ...ellipsis.runs], width: cut.width + ellipsis.width } : cut;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
