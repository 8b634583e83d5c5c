// Inside <script>, the HTML parser ends the block at "</script" and switches modes at "<!--", and
// some pages are also read by JavaScript, where U+2028/U+2029 end a string literal. JSON allows
// every character to be written as a \u escape, so escaping these leaves the data unchanged.
const UNSAFE = /[<>&\u2028\u2029]/g;
const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Serialises a JSON-LD document into a `<script type="application/ld+json">` block that is safe to paste into any HTML page. */
export function toHtmlScript(doc: object): string {
  // Compact: whitespace would double the bytes a page carries and tell a crawler nothing.
  const json = JSON.stringify(doc);
  if (json === undefined) throw new TypeError('toHtmlScript expects a JSON-LD document (an object or array)');
  return `<script type="application/ld+json">\n${json.replace(UNSAFE, escapeChar)}\n</script>`;
}
