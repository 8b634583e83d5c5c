import { safeParseArticle } from '@treatykit/core';
import { formatDiagnostic, type Io } from '../io/output.js';
import { toJsonText } from '../formats.js';
import { readInput } from '../io/read-input.js';

/** `treatykit parse FILE|-`: prints the model as JSON; exit 1 when the article has errors. */
export async function runParse(file: string, io: Io, maxBytes?: number): Promise<number> {
  const text = await readInput(file, maxBytes);
  const shown = file === '-' ? '<stdin>' : file;
  const result = safeParseArticle(text, { path: file === '-' ? undefined : file, format: file.endsWith('.md') ? 'markdown' : 'auto' });
  for (const d of result.diagnostics) {
    if (d.severity === 'error' || !io.quiet) io.err.write(formatDiagnostic(shown, d, text, io) + '\n');
  }
  if (!result.success) return 1;
  io.out.write(toJsonText(result.model));
  return 0;
}
