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

// ASCII punctuation: what a backslash escapes in CommonMark.
const PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/**
 * Escapes Markdown (as remark-stringify writes a text) further, for the template engines that read
 * a file before any Markdown reader does: Liquid (Jekyll, Eleventy) runs `{{ }}` and `{% %}`; Hugo,
 * Handlebars and Nunjucks `{{ }}` (Nunjucks also `{# #}`); MDX every `{ }`; shells and `envsubst`
 * `${}`. Every brace becomes `\{` / `\}`, and a `%` or `#` right after a brace `\%` / `\#`: CommonMark
 * escapes of ASCII punctuation, so a Markdown reader shows the same text, while the text holds no
 * `{{`, `{%`, `{#`, `${` and no unescaped brace. (remark-stringify's `unsafe` patterns cannot say this:
 * it drops a conditional escape next to an unconditional one.)
 */
export function templateSafe(markdown: string): string {
  let out = '';
  let afterBrace = false;
  for (let i = 0; i < markdown.length; i++) {
    let c = markdown[i] as string;
    let escaped = false;
    // A backslash before punctuation is an escape already (remark escapes a literal one as `\\`).
    if (c === '\\' && PUNCTUATION.test(markdown[i + 1] ?? '')) {
      c = markdown[++i] as string;
      escaped = true;
    }
    out += escaped || c === '{' || c === '}' || (afterBrace && (c === '%' || c === '#')) ? `\\${c}` : c;
    afterBrace = c === '{';
  }
  return out;
}
