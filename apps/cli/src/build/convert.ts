import { safeParseArticle, type Diagnostic } from '@treatykit/core';
import { FORMATS, type FormatName, type RenderOptions } from '../formats.js';

/** One article to convert. */
export interface ConvertJob {
  readonly text: string;
  /** Path as given by the user, or null for stdin. */
  readonly path: string | null;
  readonly formats: readonly FormatName[];
  readonly options: RenderOptions;
}

/** The outcome of converting one article; `files` holds one entry per format, in format order. */
export interface ConvertResult {
  readonly id: string | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly { readonly extension: string; readonly data: string | Uint8Array }[];
  /** Problems an exporter reported (e.g. a character no font has). */
  readonly warnings: readonly string[];
}

/** Parses an article and renders every asked format; no file system access, so it runs in a worker too. */
export async function convertArticle(job: ConvertJob): Promise<ConvertResult> {
  const result = safeParseArticle(job.text, { path: job.path ?? undefined, format: job.path?.endsWith('.md') ? 'markdown' : 'auto' });
  if (!result.success) return { id: null, diagnostics: result.diagnostics, files: [], warnings: [] };
  const files: { extension: string; data: string | Uint8Array }[] = [];
  const warnings: string[] = [];
  for (const name of job.formats) {
    const format = FORMATS[name];
    const rendered = await format.render(result.model, job.options);
    files.push({ extension: format.extension, data: rendered.data });
    warnings.push(...rendered.warnings.map((w) => `${format.extension}: ${w}`));
  }
  return { id: result.model.id, diagnostics: result.diagnostics, files, warnings };
}
