import type { Position, Span } from '../model/schema.js';

/** Maps offsets in a text to line/column positions. */
export interface PositionIndex {
  position(offset: number): Position;
  span(start: number, end: number): Span;
}

/** Builds a position index for `text`; `\r\n`, `\r` and `\n` each end a line. */
export function createPositionIndex(text: string): PositionIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const position = (offset: number): Position => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (lineStarts[lo] ?? 0) + 1, offset: clamped };
  };
  return { position, span: (start, end) => ({ start: position(start), end: position(end) }) };
}
