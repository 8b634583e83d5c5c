import { safeParseArticle, type Diagnostic } from '@treatykit/core';
import { expandInputs } from '../build/inputs.js';
import { formatDiagnostic, type Io } from '../io/output.js';
import { toJsonText } from '../formats.js';
import { InputError, readInput } from '../io/read-input.js';

/** Options of `treatykit validate`. */
export interface ValidateOptions {
  readonly inputs: readonly string[];
  readonly json: boolean;
  readonly strict: boolean;
  readonly maxBytes?: number | undefined;
}

// The CLI adds one code of its own, for a file it could not read or decode.
type ReportedDiagnostic = Omit<Diagnostic, 'code'> & { readonly code: Diagnostic['code'] | 'unreadable_input'; readonly path: string };

interface FileReport {
  readonly path: string;
  readonly ok: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly diagnostics: readonly ReportedDiagnostic[];
}

/** `treatykit validate`: reports diagnostics only; exit 1 on errors (or warnings with --strict). */
export async function runValidate(options: ValidateOptions, io: Io): Promise<number> {
  const { files, refused } = await expandInputs(options.inputs);
  const reports: FileReport[] = [];
  for (const file of files) {
    const shown = file === '-' ? '<stdin>' : file;
    let text: string;
    try {
      const refusal = refused.get(file);
      if (refusal !== undefined) throw new InputError(file, refusal);
      text = await readInput(file, options.maxBytes);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const d: ReportedDiagnostic = { code: 'unreadable_input', severity: 'error', message: error.reason, span: null, path: shown };
      reports.push({ path: shown, ok: false, errors: 1, warnings: 0, diagnostics: [d] });
      if (!options.json) io.err.write(`${error.message}\n`);
      continue;
    }
    const result = safeParseArticle(text, { path: file === '-' ? undefined : file, format: file.endsWith('.md') ? 'markdown' : 'auto' });
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    reports.push({
      path: shown,
      ok: errors === 0 && (!options.strict || warnings === 0),
      errors,
      warnings,
      diagnostics: result.diagnostics.map((d) => ({ ...d, path: shown })),
    });
    if (!options.json) {
      for (const d of result.diagnostics) io.err.write(formatDiagnostic(shown, d, text, io) + '\n');
    }
  }
  const failed = reports.filter((r) => !r.ok).length;
  if (options.json) {
    io.out.write(toJsonText({ strict: options.strict, files: reports, summary: { files: reports.length, failed } }));
  } else if (!io.quiet) {
    io.err.write(`${reports.length} article${reports.length === 1 ? '' : 's'} checked, ${failed} failed${options.strict ? ' (strict: warnings fail)' : ''}\n`);
  }
  return failed > 0 ? 1 : 0;
}
