import type { TreatyModel } from '@treatykit/core';
import PDFDocument from 'pdfkit';
import { beginDocument } from './fonts.js';
import { formatDate } from './format.js';
import { compose, type Composition } from './layout/compose.js';
import type { Node, Sheet } from './layout/draw.js';
import { DENSITIES, PAPER, theme } from './layout/theme.js';
import { escapeXmpInfo } from './metadata.js';
import { Typesetter } from './typeset.js';
import type { PdfWarning } from './warnings.js';

/** Options of `toPdf`; an option set to `undefined` means its default. */
export interface PdfOptions {
  /** Paper size: `'a4'` (default, 210 × 297 mm) or `'letter'` (8.5 × 11 in). */
  paper?: 'a4' | 'letter' | undefined;
  /** Produce PDF/A-2b (archival: sRGB output intent and PDF/A identification in the XMP metadata). */
  pdfa?: boolean | undefined;
  /** Creation date written to the metadata; defaults to `SOURCE_DATE_EPOCH`, else 1970-01-01T00:00:00Z. */
  creationDate?: Date | undefined;
  /** BCP 47 language of the text, for the document and screen readers; default `'en'`. */
  lang?: string | undefined;
}

/** The rendered fact sheet. */
export interface PdfResult {
  /** The PDF file. */
  bytes: Uint8Array;
  /** Number of pages. */
  pages: number;
  /** Problems that did not stop the PDF from being made (e.g. characters no font has). */
  warnings: PdfWarning[];
}

// Never the clock: without an explicit date the bytes would change on every run.
const FIXED_EPOCH = new Date(0);
const LANG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

function creationDate(options: PdfOptions, warnings: PdfWarning[]): Date {
  if (options.creationDate !== undefined) {
    if (!(options.creationDate instanceof Date) || Number.isNaN(options.creationDate.getTime())) {
      throw new TypeError(`toPdf: options.creationDate must be a valid Date, got ${String(options.creationDate)}`);
    }
    return options.creationDate;
  }
  const epoch = typeof process === 'undefined' ? undefined : process.env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return FIXED_EPOCH;
  if (/^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  warnings.push({
    code: 'invalid_source_date_epoch',
    message: `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "${epoch.slice(0, 40)}"; using 1970-01-01T00:00:00Z.`,
    value: epoch,
  });
  return FIXED_EPOCH;
}

interface Rendering {
  doc: PDFKit.PDFDocument;
  composition: Composition;
  typesetter: Typesetter;
}

function render(model: TreatyModel, paper: 'a4' | 'letter', density: number, info: PDFKit.DocumentInfo, options: { pdfa: boolean; lang: string }): Rendering {
  const size = PAPER[paper];
  const doc = new PDFDocument({
    size: [size.width, size.height],
    margin: 0,
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    lang: options.lang,
    displayTitle: true,
    info,
    ...(options.pdfa ? { subset: 'PDF/A-2b' as const } : {}),
    // No Helvetica: pdfkit otherwise reads its metrics file for every document, and every word
    // here is set in the DejaVu faces (fonts.ts).
    font: null as unknown as string,
  });
  escapeXmpInfo(doc, options.lang);
  const look = theme(density);
  const typesetter = new Typesetter(look.color.ink);
  const sheet: Sheet = {
    doc,
    typesetter,
    theme: look,
    pageWidth: size.width,
    pageHeight: size.height,
    registered: new Set(),
  };
  const document = doc.struct('Document');
  doc.addStructure(document);
  const root: Node = { type: 'Document', element: document };
  return { doc, composition: compose(sheet, root, model), typesetter };
}

/**
 * Renders a treaty model as a tagged, reproducible PDF fact sheet: one page for a typical
 * article, more (with running headers) for long ones.
 */
export async function toPdf(model: TreatyModel, options: PdfOptions = {}): Promise<PdfResult> {
  const paper = options.paper ?? 'a4';
  if (paper !== 'a4' && paper !== 'letter') {
    throw new TypeError(`toPdf: options.paper must be 'a4' or 'letter', got ${JSON.stringify(paper)}`);
  }
  const lang = options.lang ?? 'en';
  if (!LANG.test(lang)) throw new TypeError(`toPdf: options.lang must be a BCP 47 language tag such as 'en', got ${JSON.stringify(lang)}`);
  const warnings: PdfWarning[] = [];
  const info: PDFKit.DocumentInfo = {
    Title: model.title,
    Subject: subject(model),
    Keywords: [...model.parties.map((p) => p.name), ...model.types].join(', '),
    Creator: 'treatykit (@treatykit/pdf)',
    Producer: 'PDFKit',
    CreationDate: creationDate(options, warnings),
  };
  const settings = { pdfa: options.pdfa === true, lang };
  beginDocument();

  // Try tighter densities until the sheet fits on one page; an article too long for that is
  // set at the roomiest density and flows onto further pages. Tightening gains well under a
  // page, so a sheet that needs three pages or more is not tried again.
  let rendering = render(model, paper, 0, info, settings);
  for (let density = 1; rendering.composition.pages === 2 && density < DENSITIES; density++) {
    const tighter = render(model, paper, density, info, settings);
    if (tighter.composition.pages === 1) rendering = tighter;
  }
  const { doc, composition, typesetter } = rendering;

  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (let page = 0; page < composition.pages; page++) {
    doc.addPage();
    composition.header(page);
    for (const placement of composition.placements) {
      if (placement.page === page) placement.strip.draw(placement.x, placement.y, placement.width);
    }
    composition.footer(page);
  }
  doc.end();
  await done;

  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, pages: composition.pages, warnings: [...warnings, ...typesetter.warnings] };
}

function subject(model: TreatyModel): string {
  const place = model.signed.place ? ` in ${model.signed.place.name}` : '';
  return `${model.name ?? model.title}: signed ${formatDate(model.signed.date)}${place}`;
}
