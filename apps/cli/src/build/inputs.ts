import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../io/read-input.js';

const ARTICLE = /\.(?:txt|md|markdown)$/i;

/** Lists the article files the inputs name: files, folders (every `.txt`/`.md` inside, recursively), globs, or `-`. */
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
      if (isDynamicPattern(input)) {
        const matched = (await glob(input, { onlyFiles: true, dot: false })).filter((f) => ARTICLE.test(f)).sort();
        if (matched.length === 0) throw new InputError(input, 'the pattern matches no .txt or .md file');
        files.push(...matched);
        continue;
      }
      throw new InputError(input, 'no such file or folder', { cause });
    }
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && ARTICLE.test(e.name) && !e.name.startsWith('.'))
          .map((e) => join(e.parentPath, e.name))
          .sort(),
      );
    } else files.push(input);
  }
  return [...new Set(files)];
}
