// The PDF baseline: bare pdfkit writing the same text as the fact sheet, in the same fonts, with
// none of @treatykit/pdf's layout (no columns, no table, no fitting, no tagging). What toPdf costs
// above this is the price of its layout logic.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Loads pdfkit and fontkit from @treatykit/pdf's own dependencies (same versions, and the bench
 * needs no dependencies of its own), or returns null when they are not installed.
 */
export function loadBarePdf(pdfPackageJson) {
  const require = createRequire(pdfPackageJson);
  let PDFDocument, fontkit;
  try {
    PDFDocument = require('pdfkit');
    fontkit = require('fontkit');
  } catch {
    return null;
  }
  // The faces the fact sheet sets each part in (headline and headings in DejaVu Sans Bold, the
  // table in Sans Condensed, the body in Serif Condensed, the hash in Sans Mono, ...), decoded
  // once and shared by every document as @treatykit/pdf does, so that decoding fonts is not
  // counted against one side only.
  const FACES = {
    headline: 'DejaVuSans-Bold',
    name: 'DejaVuSerif-Italic',
    meta: 'DejaVuSans',
    label: 'DejaVuSansCondensed-Bold',
    text: 'DejaVuSansCondensed',
    body: 'DejaVuSerifCondensed',
    hash: 'DejaVuSansMono',
  };
  let fonts;
  const loadFonts = () =>
    (fonts ??= Object.entries(FACES).map(([role, file]) => [role, fontkit.create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}.ttf`)))]));

  /** Writes the model's text into a plain A4 PDF, each part in the face the fact sheet uses, and returns its bytes. */
  return async function toBarePdf(model) {
    // font: null, as @treatykit/pdf does: no Helvetica metrics read for a font neither uses.
    const doc = new PDFDocument({ size: 'A4', margin: 44, font: null, info: { Title: model.title, CreationDate: new Date(0) } });
    for (const [role, font] of loadFonts()) doc.registerFont(role, font);
    const chunks = [];
    const done = new Promise((resolve, reject) => {
      doc.on('data', (chunk) => chunks.push(chunk));
      doc.on('end', resolve);
      doc.on('error', reject);
    });
    doc.font('headline').fontSize(20).text(model.title);
    if (model.name) doc.font('name').fontSize(11).text(model.name);
    const place = model.signed.place ? ` in ${model.signed.place.name}` : '';
    doc.font('meta').fontSize(9.4).text(`Signed ${model.signed.date.text}${place}`);
    doc.font('label').text('Parties');
    doc.font('text').text(model.parties.map((p) => p.name).join(', '));
    doc.font('label').text('Signatories');
    for (const s of model.signatories) doc.font('label').text(s.name, { continued: Boolean(s.role) }).font('text').text(s.role ? `, ${s.role}` : '');
    doc.font('label').text('Type');
    doc.font('text').text(model.types.join(', ') || 'Not stated');
    doc.font('label').text('Duration');
    doc.font('text').text(model.duration?.text ?? 'Not stated');
    for (const fact of model.keyFacts) doc.text(`• ${fact}`);
    doc.font('body').fontSize(11).text(model.summary);
    for (const section of model.sections) {
      doc.font('headline').fontSize(11).text(section.heading);
      doc.font('body').fontSize(9.4);
      for (const paragraph of section.paragraphs) doc.text(paragraph);
    }
    doc.font('meta').fontSize(7).text(`Source: ${model.source.path ?? ''} · SHA-256 `, { continued: true }).font('hash').text(model.source.sha256);
    doc.end();
    await done;
    return Buffer.concat(chunks);
  };
}
