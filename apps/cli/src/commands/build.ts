import { createHash } from 'node:crypto';
import { existsSync, statSync, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { expandInputs } from '../build/inputs.js';
import { readIndex, type BuildDiagnostic, type BuildIndex, type IndexEntry } from '../build/index-file.js';
import { OutputNames } from '../build/output-names.js';
import { ConvertError, createPool, type ConvertPool } from '../build/pool.js';
import { createProgress } from '../build/progress.js';
import type { ConvertResult } from '../build/convert.js';
import type { FormatName, RenderOptions } from '../formats.js';
import { toJsonText } from '../formats.js';
import { formatDiagnostic, type Io } from '../io/output.js';
import { InputError, readInputBytes, decodeInput } from '../io/read-input.js';
import { removeStaleTempFiles, writeAtomic } from '../io/write-atomic.js';
import { OutputError } from '../io/write-errors.js';

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
  /** Longest one article may take to convert, in milliseconds; 0 for no limit. */
  readonly timeoutMs?: number | undefined;
  readonly version: string;
}

interface Source {
  readonly file: string;
  readonly shown: string;
  readonly text: string | null;
  readonly sha256: string | null;
  /** Why the input could not be read or decoded. */
  readonly error: string | null;
}

interface Conversion {
  readonly source: Source;
  readonly kept: IndexEntry | null;
  readonly result: ConvertResult | null;
  /** Why the converter could not finish this article (a crash or the time limit). */
  readonly failure: ConvertError | null;
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** Default longest time one article may take to convert: real articles take well under a second. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** `treatykit build`: converts every article into each format under `out`; exit 1 if any article failed. */
export async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  // TREATYKIT_WORKER_HEAP_MB shrinks the workers' heap so tests can reach the retry of an article
  // that runs out of it; it is not a user option.
  const heapLimitMb = Number(process.env.TREATYKIT_WORKER_HEAP_MB) || undefined;
  // V8 optimizes hot functions on a helper thread, which is free work while a core is idle. With a
  // worker on every core there is none: the helper competes with the workers, and compiling there
  // took more CPU time in all (1,000 articles, --jobs 2 on 2 cores: 45 instead of 53 s, and 24
  // instead of 28 s of wall time). Workers started from now on compile in their own thread.
  if (options.jobs > 1 && options.jobs >= availableParallelism()) setFlagsFromString('--no-concurrent-recompilation');
  const pool = createPool(options.jobs, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, heapLimitMb });
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
  const { files, refused } = await expandInputs(options.inputs);
  const outDir = resolve(options.out);
  const indexPath = join(outDir, 'index.json');
  checkOutDir(outDir);
  // A build that was killed leaves temporary files behind; they are never outputs.
  await removeStaleTempFiles(outDir);
  const optionsHash = sha256(JSON.stringify({ formats: options.formats, render: options.render, version: options.version }));
  const previous = await readIndex(indexPath);
  const usable = options.force ? null : previous;
  const reuse = new Map((usable?.optionsHash === optionsHash ? usable.articles : []).map((a) => [a.source, a]));

  const shownFiles = files.map((f) => (f === '-' ? '<stdin>' : f));
  const inputs = new Set(shownFiles);
  // Names the last build gave to articles that are inputs again stay theirs while they are kept.
  const held = new Map<string, string>();
  for (const a of previous?.articles ?? []) {
    if (a.id !== null && inputs.has(a.source) && a.outputs.length > 0 && a.outputs.some((o) => existsSync(join(outDir, o)))) held.set(a.id, a.source);
  }
  const names = new OutputNames(held);

  const progress = createProgress(io.err, files.length, io.tty && files.length > 5 && !io.quiet);
  const entries: IndexEntry[] = [];
  let written = 0;
  let done = 0;

  const prepare = async (file: string): Promise<Conversion> => {
    const refusal = refused.get(file);
    const source: Source = refusal === undefined ? await readSource(file, options.maxBytes) : { file, shown: file, text: null, sha256: null, error: refusal };
    const kept = reuse.get(source.shown);
    if (source.text !== null && kept && kept.status !== 'failed' && kept.sha256 === source.sha256 && kept.outputs.every((o) => existsSync(join(outDir, o)))) {
      return { source, kept, result: null, failure: null };
    }
    if (source.text === null) return { source, kept: null, result: null, failure: null };
    try {
      const result = await pool.convert({ text: source.text, path: source.file === '-' ? null : source.file, formats: options.formats, options: options.render });
      return { source, kept: null, result, failure: null };
    } catch (error) {
      const failure = error instanceof ConvertError ? error : new ConvertError('converter_failed', (error as Error).message ?? String(error), { cause: error });
      return { source, kept: null, result: null, failure };
    }
  };

  // Articles are read and converted a few ahead of the one being written, but written in input
  // order, so output names and the index do not depend on --jobs. The window bounds open files and
  // memory, however many files the folder holds.
  const window = Math.min(64, Math.max(8, options.jobs * 4));
  const pending: (Promise<Conversion> | undefined)[] = [];
  let next = 0;
  const startNext = (): void => {
    const file = files[next];
    if (file !== undefined) pending[next] = prepare(file);
    next++;
  };
  for (let i = 0; i < window; i++) startNext();

  try {
    for (let i = 0; i < files.length; i++) {
      const { source, kept, result, failure } = await (pending[i] as Promise<Conversion>);
      pending[i] = undefined;
      startNext();
      progress.tick(++done);
      if (source.error !== null) {
        io.err.write(`${source.shown}: ${source.error}\n`);
        const d: BuildDiagnostic = { code: 'unreadable_input', severity: 'error', message: source.error, span: null };
        entries.push(failedEntry(source, reuse.get(source.shown), [d]));
        continue;
      }
      if (kept) {
        if (kept.id) names.keep(kept.id);
        entries.push({ ...kept, status: 'unchanged' });
        continue;
      }
      if (failure) {
        const d: BuildDiagnostic = { code: failure.code === 'timeout' ? 'conversion_timeout' : 'conversion_failed', severity: 'error', message: failure.message, span: null };
        io.err.write(`${source.shown}: error ${d.code}: ${d.message}\n`);
        entries.push(failedEntry(source, reuse.get(source.shown), [d]));
        continue;
      }
      if (!result) continue;
      for (const d of result.diagnostics) {
        if (d.severity === 'error' || !io.quiet) io.err.write(formatDiagnostic(source.shown, d, source.text ?? undefined, io) + '\n');
      }
      if (!io.quiet) for (const w of result.warnings) io.err.write(`${source.shown}: warning ${w}\n`);
      if (result.id === null) {
        entries.push(failedEntry(source, reuse.get(source.shown), result.diagnostics));
        continue;
      }
      const name = names.claim(result.id, source.shown);
      const outputs: string[] = [];
      for (const file of result.files) {
        const output = `${name}.${file.extension}`;
        const path = join(outDir, output);
        try {
          await writeAtomic(path, file.data);
        } catch (error) {
          throw new OutputError(path, error);
        }
        outputs.push(output);
        written++;
      }
      entries.push({ source: source.shown, sha256: source.sha256, id: name, status: 'built', outputs, diagnostics: result.diagnostics, warnings: result.warnings });
    }
  } catch (error) {
    if (error instanceof OutputError) {
      // What was written is complete; the index records it, and the articles not reached keep their
      // previous entries (if built with the same options), so a rerun builds only the rest. The
      // index may not be writable either.
      const reached = new Set(entries.map((e) => e.source));
      const rest = previous?.optionsHash === optionsHash ? previous.articles.filter((a) => inputs.has(a.source) && !reached.has(a.source)) : [];
      const partial: BuildIndex = { treatykit: options.version, optionsHash, articles: [...entries, ...rest] };
      await writeAtomic(indexPath, toJsonText(partial)).catch(() => undefined);
    }
    throw error;
  } finally {
    progress.done();
  }

  const index: BuildIndex = { treatykit: options.version, optionsHash, articles: entries };
  try {
    await writeAtomic(indexPath, toJsonText(index));
  } catch (error) {
    throw new OutputError(indexPath, error);
  }
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

function checkOutDir(outDir: string): void {
  let info;
  try {
    info = statSync(outDir, { throwIfNoEntry: false });
  } catch (error) {
    throw new OutputError(outDir, error);
  }
  if (info && !info.isDirectory()) throw new OutputError(outDir, null, '--out names a file, not a folder');
}

// A failed article keeps its previous good outputs: nothing is written for it, and the index still
// points at them.
function failedEntry(source: Source, before: IndexEntry | undefined, diagnostics: readonly BuildDiagnostic[]): IndexEntry {
  return { source: source.shown, sha256: source.sha256, id: before?.id ?? null, status: 'failed', outputs: before?.outputs ?? [], diagnostics, warnings: [] };
}

async function readSource(file: string, maxBytes: number | undefined): Promise<Source> {
  const shown = file === '-' ? '<stdin>' : file;
  try {
    const bytes = await readInputBytes(file, maxBytes);
    return { file, shown, text: decodeInput(file, bytes), sha256: sha256(bytes), error: null };
  } catch (error) {
    if (error instanceof InputError) return { file, shown, text: null, sha256: null, error: error.reason };
    return { file, shown, text: null, sha256: null, error: `cannot read input: ${(error as Error).message}` };
  }
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
      for (const file of (await expandInputs([input]).catch(() => ({ files: [] }))).files) folders.add(dirname(resolve(file)));
    }
  }
  return [...folders];
}

