import { readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../io/read-input.js';

const ARTICLE = /\.(?:txt|md|markdown)$/i;

/** The article files the inputs name, in order, and those of them that must not be read, with why. */
export interface ExpandedInputs {
  readonly files: readonly string[];
  readonly refused: ReadonlyMap<string, string>;
}

/** Lists the article files the inputs name: files, folders (every `.txt`/`.md` inside, recursively), globs, or `-`. */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const refused = new Map<string, string>();
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (cause) {
      if (isDynamicPattern(input)) {
        const matched = (await glob(input, { onlyFiles: true, dot: false })).filter((f) => ARTICLE.test(f)).sort();
        if (matched.length === 0) throw new InputError(input, 'the pattern matches no .txt or .md file');
        files.push(...matched);
        continue;
      }
      throw new InputError(input, 'no such file or folder', { cause });
    }
    if (info.isDirectory()) {
      const entries = (await readdir(input, { recursive: true, withFileTypes: true }))
        .filter((e) => (e.isFile() || e.isSymbolicLink()) && ARTICLE.test(e.name) && !e.name.startsWith('.'))
        .map((e) => ({ path: join(e.parentPath, e.name), link: e.isSymbolicLink() }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const root = await realpath(input);
      for (const { path, link } of entries) {
        files.push(path);
        if (!link) continue;
        // A link to an article in the folder is an article; a link out of the folder is not read,
        // so that whoever can write the folder cannot have another file published. One that
        // points nowhere is reported when it is read.
        const target = await realpath(path).catch(() => null);
        if (target !== null && !target.startsWith(root + sep)) refused.set(path, `cannot read input: a link to ${target}, outside the folder ${input}; give it as an INPUT of its own to read it`);
      }
    } else files.push(input);
  }
  return { files: [...new Set(files)], refused };
}
