import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '@treatykit/core';

/** Codes the CLI adds to the parser's: an input it could not read or decode, a conversion that failed. */
export type CliDiagnosticCode = 'unreadable_input' | 'conversion_failed' | 'conversion_timeout';

/** A diagnostic of the parser, or one of the CLI's own. */
export type BuildDiagnostic = Omit<Diagnostic, 'code'> & { readonly code: Diagnostic['code'] | CliDiagnosticCode };

/** One article's line in `index.json`. */
export interface IndexEntry {
  readonly source: string;
  /** SHA-256 of the source bytes, to skip unchanged articles next time. */
  readonly sha256: string | null;
  readonly id: string | null;
  readonly status: 'built' | 'unchanged' | 'failed';
  readonly outputs: readonly string[];
  readonly diagnostics: readonly BuildDiagnostic[];
  readonly warnings: readonly string[];
}

/** The whole `index.json`: what a build wrote, with the options it was built with. */
export interface BuildIndex {
  readonly treatykit: string;
  /** Hash of everything besides the text that changes outputs (formats, options, version). */
  readonly optionsHash: string;
  readonly articles: readonly IndexEntry[];
}

/** Reads a previous `index.json`, or null when there is none or it is not one of ours. */
export async function readIndex(path: string): Promise<BuildIndex | null> {
  try {
    const index = JSON.parse(await readFile(path, 'utf8')) as BuildIndex;
    if (typeof index.optionsHash !== 'string' || !Array.isArray(index.articles)) return null;
    // Entries are used to name and skip outputs, so one that is not well-formed is dropped.
    return { ...index, articles: index.articles.filter(isEntry) };
  } catch {
    return null;
  }
}

function isEntry(e: unknown): e is IndexEntry {
  const x = e as Partial<IndexEntry> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.source === 'string' &&
    (x.id === null || typeof x.id === 'string') &&
    Array.isArray(x.outputs) &&
    x.outputs.every((o) => typeof o === 'string' && /^[a-z0-9-]+\.[a-z]+$/.test(o))
  );
}
