import { safeParseArticle, type Diagnostic, type TreatyModel } from '@treatykit/core';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic, type Io } from '../io/output.js';
import { InputError, readInput } from '../io/read-input.js';
import { writeAtomic } from '../io/write-atomic.js';
import { FORMATS, type FormatName } from '../formats.js';

/** Options of `treatykit build`. */
export interface BuildOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly formats: readonly FormatName[];
  readonly maxBytes?: number | undefined;
}

interface IndexEntry {
  readonly source: string;
  readonly id: string | null;
  readonly outputs: string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly ok: boolean;
}

/** Lists the article files an input names: a file, or every `.txt`/`.md` in a folder, recursively. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (cause) {
      throw new InputError(input, 'no such file or folder', { cause });
    }
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((e) => e.isFile() && /\.(?:txt|md|markdown)$/i.test(e.name) && !e.name.startsWith('.'))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      files.push(...found);
    } else files.push(input);
  }
  return [...new Set(files)];
}

/** `treatykit build`: converts every article into each format under `out`; exit 1 if any article failed. */
export async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const files = await expandInputs(options.inputs);
  const outDir = resolve(options.out);
  const entries: IndexEntry[] = [];
  const usedIds = new Set<string>();
  let written = 0;
  for (const file of files) {
    const shown = file === '-' ? '<stdin>' : file;
    let text: string;
    try {
      text = await readInput(file, options.maxBytes);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.err.write(`${error.message}\n`);
      entries.push({ source: shown, id: null, outputs: [], diagnostics: [], ok: false });
      continue;
    }
    const result = safeParseArticle(text, { path: file === '-' ? undefined : file, format: file.endsWith('.md') ? 'markdown' : 'auto' });
    for (const d of result.diagnostics) {
      if (d.severity === 'error' || !io.quiet) io.err.write(formatDiagnostic(shown, d, text, io.color) + '\n');
    }
    if (!result.success) {
      entries.push({ source: shown, id: null, outputs: [], diagnostics: result.diagnostics, ok: false });
      continue;
    }
    const id = uniqueId(result.model, usedIds);
    const outputs: string[] = [];
    for (const name of options.formats) {
      const format = FORMATS[name];
      const data = await format.render(result.model);
      const path = join(outDir, `${id}.${format.extension}`);
      await writeAtomic(path, data);
      outputs.push(relative(outDir, path));
      written++;
    }
    entries.push({ source: shown, id, outputs, diagnostics: result.diagnostics, ok: true });
  }
  await writeAtomic(join(outDir, 'index.json'), JSON.stringify({ articles: entries }, null, 2) + '\n');
  written++;
  const failed = entries.filter((e) => !e.ok).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!io.quiet) {
    io.err.write(`${entries.length} article${entries.length === 1 ? '' : 's'}, ${entries.length - failed} ok, ${failed} failed, ${written} files written in ${seconds} s\n`);
  }
  return failed > 0 ? 1 : 0;
}

// Output names come from the model id (a kebab-case slug, so never a path), made unique per run.
function uniqueId(model: TreatyModel, used: Set<string>): string {
  let id = model.id;
  for (let n = 2; used.has(id); n++) id = `${model.id}-${n}`;
  used.add(id);
  return id;
}
