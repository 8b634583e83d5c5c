import type { Heading, Text } from 'mdast';

/**
 * Writes a model string the way `parseArticle` reads one: a single line, trimmed.
 *
 * Every text field of the model is one block of plain text; a line break inside it cannot survive a
 * Markdown heading or table cell, and the parser would turn it into a space anyway. NUL has no
 * representation in Markdown at all (parsers replace it with U+FFFD), so it is written as U+FFFD.
 */
export function singleLine(value: string): string {
  return value.replace(/\r\n|\r|\n/g, ' ').replace(/\0/g, '\uFFFD').trim();
}

/** A text node; remark-stringify escapes whatever would otherwise be read as markup. */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** A heading holding one run of text. */
export function heading(depth: number, value: string): Heading {
  // The caller validates the offset; six is the deepest heading Markdown has.
  return { type: 'heading', depth: Math.min(6, depth) as Heading['depth'], children: [text(singleLine(value))] };
}
