export { toPdf } from './to-pdf.js';
export type { PdfOptions, PdfResult } from './to-pdf.js';
export type { PdfWarning, MissingGlyphWarning, InvalidSourceDateEpochWarning } from './warnings.js';
