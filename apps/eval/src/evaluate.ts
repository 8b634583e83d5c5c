import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { safeParseArticle, type TreatyModel } from '@treatykit/core';
import { FIELDS, HARD_FIELDS, mean, scoreArticle, type Field, type FieldScores, type Gold } from './score.js';

/** One article's result. */
export interface ArticleResult {
  readonly file: string;
  readonly scores: FieldScores;
  readonly overall: number;
  readonly hard: number;
  readonly errors: readonly string[];
}

/** The evaluation of a corpus folder. */
export interface Evaluation {
  readonly articles: readonly ArticleResult[];
  readonly fields: Record<Field, number>;
  readonly overall: number;
  readonly hard: number;
  readonly perfect: number;
}

/** Parses every `NAME.txt` (or `.md`) that has a `NAME.gold.json` in `dir` and scores it. */
export async function evaluateCorpus(dir: string, parse: (text: string, path: string) => TreatyModel | null = defaultParse): Promise<Evaluation> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  const articles: ArticleResult[] = [];
  for (const goldFile of names) {
    const base = goldFile.replace(/\.gold\.json$/, '');
    const gold = JSON.parse(await readFile(join(dir, goldFile), 'utf8')) as Gold & { file?: string };
    const sourceName = gold.file ?? `${base}.txt`;
    const path = join(dir, sourceName);
    let model: TreatyModel | null = null;
    const errors: string[] = [];
    try {
      model = parse(await readFile(path, 'utf8'), path);
    } catch (error) {
      errors.push(String((error as Error).message));
    }
    const scores = scoreArticle(gold, model);
    articles.push({ file: base, scores, overall: mean(scores), hard: mean(scores, HARD_FIELDS), errors });
  }
  const n = Math.max(1, articles.length);
  const fields = Object.fromEntries(FIELDS.map((f) => [f, articles.reduce((a, r) => a + r.scores[f], 0) / n])) as Record<Field, number>;
  return {
    articles,
    fields,
    overall: articles.reduce((a, r) => a + r.overall, 0) / n,
    hard: articles.reduce((a, r) => a + r.hard, 0) / n,
    perfect: articles.filter((r) => r.overall === 1).length,
  };
}

function defaultParse(text: string, path: string): TreatyModel | null {
  const result = safeParseArticle(text, { path, format: path.endsWith('.md') ? 'markdown' : 'auto' });
  if (!result.success) throw new Error(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('; '));
  return result.model;
}

/** Renders an evaluation as a plain-text table. */
export function formatEvaluation(e: Evaluation): string {
  const lines: string[] = [];
  const width = Math.max(8, ...e.articles.map((a) => a.file.length));
  lines.push(`${'field'.padEnd(18)} score`);
  for (const f of FIELDS) lines.push(`${f.padEnd(18)} ${e.fields[f].toFixed(3)}${(HARD_FIELDS as readonly string[]).includes(f) ? '  (hard)' : ''}`);
  lines.push('');
  lines.push(`${'article'.padEnd(width)} overall  hard   below 1`);
  for (const a of e.articles) {
    const below = FIELDS.filter((f) => a.scores[f] < 1).map((f) => `${f}=${a.scores[f].toFixed(2)}`).join(' ');
    lines.push(`${a.file.padEnd(width)} ${a.overall.toFixed(3)}    ${a.hard.toFixed(3)}  ${below}${a.errors.length ? `  [${a.errors.join('; ')}]` : ''}`);
  }
  lines.push('');
  lines.push(`articles=${e.articles.length} perfect=${e.perfect} hard=${e.hard.toFixed(4)} overall=${e.overall.toFixed(4)}`);
  return lines.join('\n');
}
