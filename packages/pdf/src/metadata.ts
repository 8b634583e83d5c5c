/** Escapes the characters XML gives meaning to. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface WithXmp {
  info: Record<string, unknown>;
  _addInfo(): void;
  appendXML(xml: string, newline?: boolean): void;
}

const XMP_FIELDS = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'];

/**
 * pdfkit 0.20 copies the document info into the XMP packet without escaping it, so a title
 * with "&" or "<" would make the metadata invalid XML (and the PDF/A claim false). This wraps
 * its private `_addInfo` for this one document: the info dictionary keeps the plain strings and
 * the XMP gets escaped copies, plus `dc:language`.
 */
export function escapeXmpInfo(doc: PDFKit.PDFDocument, lang: string): void {
  const target = doc as unknown as WithXmp;
  const original = target._addInfo;
  target._addInfo = function addEscapedInfo(this: WithXmp): void {
    const saved = { ...this.info };
    for (const key of XMP_FIELDS) {
      const value = this.info[key];
      if (typeof value === 'string') this.info[key] = escapeXml(value);
    }
    try {
      original.call(this);
    } finally {
      this.info = saved;
    }
    this.appendXML(`
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:language><rdf:Bag><rdf:li>${escapeXml(lang)}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>
        `);
  };
}
