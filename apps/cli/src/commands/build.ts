import { createHash } from 'node:crypto';
import { existsSync, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { expandInputs } from '../build/inputs.js';
import { readIndex, type BuildIndex, type IndexEntry } from '../build/index-file.js';
import { createPool, type ConvertPool } from '../build/pool.js';
import { createProgress } from '../build/progress.js';
import type { ConvertResult } from '../build/convert.js';
import type { FormatName, RenderOptions } from '../formats.js';
import { FORMATS } from '../formats.js';
import { formatDiagnostic, type Io } from '../io/output.js';
import { InputError, readInputBytes, decodeInput } from '../io/read-input.js';
import { writeAtomic } from '../io/write-atomic.js';

/** Options of `treatykit build`. */
export interface BuildOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly formats: readonly FormatName[];
  readonly render: RenderOptions;
  readonly jobs: number;
  readonly force: boolean;
  readonly watch: boolean;
  readonly maxBytes?: number | undefined;
  readonly version: string;
}

interface Source {
  readonly file: string;
  readonly shown: string;
  readonly text: string | null;
  readonly sha256: string | null;
  readonly error: string | null;
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** `treatykit build`: converts every article into each format under `out`; exit 1 if any article failed. */
export async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  const pool = createPool(options.jobs);
  try {
    const code = await buildOnce(options, io, pool);
    if (!options.watch) return code;
    return await watchAndRebuild(options, io, pool);
  } finally {
    await pool.close();
  }
}

async function buildOnce(options: BuildOptions, io: Io, pool: ConvertPool): Promise<number> {
  const started = performance.now();
  const files = await expandInputs(options.inputs);
  const outDir = resolve(options.out);
  const indexPath = join(outDir, 'index.json');
  const optionsHash = sha256(JSON.stringify({ formats: options.formats, render: options.render, version: options.version }));
  const previous = options.force ? null : await readIndex(indexPath);
  const reuse = new Map((previous?.optionsHash === optionsHash ? previous.articles : []).map((a) => [a.source, a]));

  const progress = createProgress(io.err, files.length, io.tty && files.length > 5 && !io.quiet);
  const usedIds = new Set<string>();
  const entries: IndexEntry[] = [];
  let written = 0;
  let done = 0;

  // Sources are read and converted concurrently, but results are committed in input order, so the
  // output names and index do not depend on --jobs.
  const sources = files.map((file) => readSource(file, options.maxBytes));
  const conversions = sources.map(async (s): Promise<{ source: Source; kept: IndexEntry | null; result: ConvertResult | null }> => {
    const source = await s;
    const kept = reuse.get(source.shown);
    if (source.text !== null && kept && kept.status !== 'failed' && kept.sha256 === source.sha256 && kept.outputs.every((o) => existsSync(join(outDir, o)))) {
      return { source, kept, result: null };
    }
    if (source.text === null) return { source, kept: null, result: null };
    const result = await pool.convert({ text: source.text, path: source.file === '-' ? null : source.file, formats: options.formats, options: options.render });
    return { source, kept: null, result };
  });

  for (const pendingConversion of conversions) {
    const { source, kept, result } = await pendingConversion;
    progress.tick(++done);
    if (source.error !== null) {
      io.err.write(`${source.error}\n`);
      entries.push({ source: source.shown, sha256: source.sha256, id: null, status: 'failed', outputs: [], diagnostics: [], warnings: [source.error] });
      continue;
    }
    if (kept) {
      if (kept.id) usedIds.add(kept.id);
      entries.push({ ...kept, status: 'unchanged' });
      continue;
    }
    if (!result) continue;
    for (const d of result.diagnostics) {
      if (d.severity === 'error' || !io.quiet) io.err.write(formatDiagnostic(source.shown, d, source.text ?? undefined, io) + '\n');
    }
    if (!io.quiet) for (const w of result.warnings) io.err.write(`${source.shown}: warning ${w}\n`);
    if (result.id === null) {
      // A failed article keeps its previous good outputs: nothing is written for it.
      const before = reuse.get(source.shown);
      entries.push({ source: source.shown, sha256: source.sha256, id: before?.id ?? null, status: 'failed', outputs: before?.outputs ?? [], diagnostics: result.diagnostics, warnings: [] });
      continue;
    }
    const id = uniqueId(result.id, usedIds);
    const outputs: string[] = [];
    for (const file of result.files) {
      const path = join(outDir, `${id}.${file.extension}`);
      await writeAtomic(path, file.data);
      outputs.push(relative(outDir, path));
      written++;
    }
    entries.push({ source: source.shown, sha256: source.sha256, id, status: 'built', outputs, diagnostics: result.diagnostics, warnings: result.warnings });
  }
  progress.done();

  const index: BuildIndex = { treatykit: options.version, optionsHash, articles: entries };
  await writeAtomic(indexPath, JSON.stringify(index, null, 2) + '\n');
  written++;
  const failed = entries.filter((e) => e.status === 'failed').length;
  const unchanged = entries.filter((e) => e.status === 'unchanged').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!io.quiet) {
    io.err.write(
      `${entries.length} article${entries.length === 1 ? '' : 's'}, ${entries.length - failed} ok${unchanged ? ` (${unchanged} unchanged)` : ''}, ${failed} failed, ${written} files written in ${seconds} s\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}

async function readSource(file: string, maxBytes: number | undefined): Promise<Source> {
  const shown = file === '-' ? '<stdin>' : file;
  try {
    const bytes = await readInputBytes(file, maxBytes);
    return { file, shown, text: decodeInput(file, bytes), sha256: sha256(bytes), error: null };
  } catch (error) {
    if (error instanceof InputError) return { file, shown, text: null, sha256: null, error: error.message };
    throw error;
  }
}

// Output names come from the model id (a kebab-case slug, never a path), made unique per build.
function uniqueId(id: string, used: Set<string>): string {
  let unique = id;
  for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
  used.add(unique);
  return unique;
}

// Rebuilds whenever an input changes; unchanged articles are skipped by the index. Runs until
// interrupted; a failed rebuild is reported and watching goes on.
async function watchAndRebuild(options: BuildOptions, io: Io, pool: ConvertPool): Promise<number> {
  const folders = await watchedFolders(options.inputs.filter((i) => i !== '-'));
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const rebuild = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() =>
        buildOnce({ ...options, force: false }, io, pool).then(
          () => undefined,
          (error: unknown) => void io.err.write(`treatykit: rebuild failed: ${(error as Error).message}\n`),
        ),
      );
    }, 150);
  };
  // One plain watcher per folder: Node 20's recursive watcher on Linux sets itself up
  // asynchronously and misses changes made right after it starts.
  const watchers = folders.map((folder) => watch(folder, rebuild));
  io.err.write(`watching ${options.inputs.filter((i) => i !== '-').join(', ')} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolveStop) => {
    process.once('SIGINT', resolveStop);
    process.once('SIGTERM', resolveStop);
  });
  for (const w of watchers) w.close();
  clearTimeout(timer);
  await running;
  return 0;
}

// The folders to watch: every folder inside a folder input, and the folder of each file input.
async function watchedFolders(inputs: readonly string[]): Promise<string[]> {
  const folders = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      folders.add(resolve(input));
      for (const e of await readdir(input, { recursive: true, withFileTypes: true })) {
        if (e.isDirectory()) folders.add(resolve(e.parentPath, e.name));
      }
    } else {
      for (const file of await expandInputs([input]).catch(() => [])) folders.add(dirname(resolve(file)));
    }
  }
  return [...folders];
}

export { FORMATS };
