import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '@treatykit/core';

/** One article's line in `index.json`. */
export interface IndexEntry {
  readonly source: string;
  /** SHA-256 of the source bytes, to skip unchanged articles next time. */
  readonly sha256: string | null;
  readonly id: string | null;
  readonly status: 'built' | 'unchanged' | 'failed';
  readonly outputs: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
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
    return typeof index.optionsHash === 'string' && Array.isArray(index.articles) ? index : null;
  } catch {
    return null;
  }
}
