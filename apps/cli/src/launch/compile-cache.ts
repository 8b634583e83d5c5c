import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';

// Node 20 compiles every module from source on every start: for `treatykit parse` that was a third
// of the time above bare Node. V8 can store the code it compiled (its "code cache") and take it back
// in the next process, but Node 20 offers that only through `vm.Script` (`module.enableCompileCache`
// is Node 22), and the one library for it (v8-compile-cache) hooks every `require` in the process
// and stores the code before it runs, without the functions compiled while running, which is most
// of what a cold parse compiles. So the CLI is one CommonJS bundle, run here through `vm.Script`,
// and its code is stored after a run, functions compiled on the way included.

// V8 checks stored code only for its version, its flags and the source's length, and crashes on a
// damaged file. With this flag it also stores a checksum, and compiles anew when it does not match.
setFlagsFromString('--verify-snapshot-checksum');

/** What the bundle was compiled with, for `TREATYKIT_DEBUG`. */
export type CacheState = 'used' | 'missing' | 'rejected' | 'off';

/** A bundle loaded, and how. */
export interface LoadedBundle<T> {
  readonly exports: T;
  readonly cache: { readonly state: CacheState; readonly file: string | undefined; readonly reason: string | undefined };
  /** Stores the code compiled so far for the next run, when no stored code was used; says what it did. Never throws. */
  save(): string;
}

// A week's grace before an unused cache file (of an older treatykit or Node) is removed.
const STALE_MS = 7 * 24 * 3600 * 1000;

/** Where stored code is kept, or why none is. */
export interface CacheLocation {
  readonly file?: string;
  readonly reason?: string;
}

/**
 * Where the code of `bundle` compiled for `purpose` (a command: each stores the functions it ran) is
 * kept, or why it is not. The bundle's file name holds a hash of its content, and V8 checks only a
 * source's length: a changed bundle must never meet old code. Each install keeps its own: stored code
 * brings back the file name it was compiled under, so code stored by another install of the same
 * version named that install's files in stack traces and profiles.
 */
export async function cacheLocation(bundle: string, purpose: string, env: NodeJS.ProcessEnv = process.env): Promise<CacheLocation> {
  if (env.TREATYKIT_COMPILE_CACHE === '0') return { reason: 'TREATYKIT_COMPILE_CACHE=0' };
  let root = env.TREATYKIT_CACHE_DIR;
  if (!root) {
    try {
      // Loaded here, not at the top: it asks for the home folder as it loads, which throws for a
      // user without one, and that must cost only the cache.
      const { default: envPaths } = await import('env-paths');
      root = envPaths('treatykit', { suffix: '' }).cache;
    } catch (error) {
      return { reason: `no cache folder: ${(error as Error).message}` };
    }
  }
  const install = pathHash(bundle);
  return { file: join(root, 'v8', `${basename(bundle, '.cjs')}.${purpose}.${install}.node-${process.version}-${process.arch}.bin`) };
}

/**
 * A short name for an install: FNV-1a (64 bits) of the bundle's path, in hex. Written here, not
 * taken from node:crypto, because loading node:crypto cost a cold `parse` 4 to 6 ms, and this needs
 * no protection against a deliberate collision: it only keeps apart the installs of one user.
 */
export function pathHash(path: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < path.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(path.charCodeAt(i))) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

/** Whether code stored in `dir` can be trusted: stored code runs as this user, so nobody else may write there. */
function privateDir(dir: string): boolean {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return true;
  const stat = statSync(dir);
  return stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0;
}

/**
 * Runs a bundle with the code stored at `location`, if any. The bundle (scripts/bundle.mjs) is a
 * function expression taking CommonJS's arguments and its `import.meta.url` as `__bundleUrl`, in
 * ASCII, so it is read as Latin-1 into a one-byte string.
 */
export function loadBundle<T>(bundle: string, location: CacheLocation): LoadedBundle<T> {
  const source = readFileSync(bundle, 'latin1');
  let { file, reason } = location;
  let cachedData: Buffer | undefined;
  if (file) {
    try {
      if (privateDir(dirname(file))) cachedData = readFileSync(file);
      else [file, reason] = [undefined, `${dirname(file)} is writable by others`];
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code !== 'ENOENT') [file, reason] = [undefined, `${e.code ?? e.message}`];
    }
  }
  const script = new vm.Script(source, {
    filename: bundle,
    cachedData,
  });
  const state: CacheState = !file ? 'off' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle), pathToFileURL(bundle).href);
  return {
    exports: module.exports,
    cache: { state, file, reason },
    save() {
      if (!file || state === 'used' || state === 'off') return 'nothing to store';
      const temp = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        // Renamed into place whole: a process reading it at the same time sees the old file or the new one.
        renameSync(temp, file);
      } catch (error) {
        rmSync(temp, { force: true });
        return `not stored: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      }
      removeStale(dirname(file), file);
      return 'stored';
    },
  };
}

/**
 * Removes the files of other bundles or Node versions (and temporary files of killed runs) that
 * have not been written for a week. One still in use is stored again on its next run.
 */
function removeStale(dir: string, keep: string): void {
  try {
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (path !== keep && now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    }
  } catch {
    // Another process removed a file first; the next store tries again.
  }
}
