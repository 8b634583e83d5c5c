import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { safeParseArticle, type TreatyModel } from '@treatykit/core';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../src/index.js';

const corpus = new URL('../../../corpus/dev/', import.meta.url).pathname;
const reference = new URL('./reference-grade.mjs', import.meta.url).pathname;

describe('held-out corpus (written without looking at the parser; used to find general fixes)', () => {
  it('stays at its level: overall >= 0.95, hard >= 0.93', async () => {
    const e = await evaluateCorpus(new URL('../../../corpus/holdout/', import.meta.url).pathname);
    expect(e.articles.length).toBe(14);
    expect(e.overall).toBeGreaterThanOrEqual(0.95);
    expect(e.hard).toBeGreaterThanOrEqual(0.93);
  });
});

describe('dev corpus', () => {
  it('stays at its level: example perfect, overall >= 0.97, hard >= 0.95', async () => {
    const e = await evaluateCorpus(corpus);
    expect(e.articles.find((a) => a.file.startsWith('00-'))?.overall).toBe(1);
    expect(e.overall).toBeGreaterThanOrEqual(0.97);
    expect(e.hard).toBeGreaterThanOrEqual(0.95);
  });

  // Damaged models exercise every scoring rule, so agreement is not just two perfect scores.
  const damage = (m: TreatyModel, i: number): TreatyModel => ({
    ...m,
    name: i % 3 === 0 ? 'Wrong Name' : m.name,
    parties: m.parties.filter((_, k) => k % 2 === 0),
    signatories: m.signatories.slice(0, i % 4).map((s, k) => ({ ...s, role: k % 2 ? null : s.role, party: k % 3 ? 'nowhere' : s.party })),
    types: i % 2 ? m.types.slice(1) : [...m.types, 'trade'],
    keyFacts: m.keyFacts.slice(1),
  });

  it.each([
    ['as parsed', (m: TreatyModel) => m],
    ['damaged', damage],
  ] as const)('agrees with the reference scorer on models %s', async (_label, change) => {
    const models = mkdtempSync(join(tmpdir(), 'treatykit-models-'));
    const files = readdirSync(corpus).filter((x) => x.endsWith('.txt')).sort();
    const parse = (text: string, path: string): TreatyModel | null => {
      const r = safeParseArticle(text, { path });
      return r.success ? change(r.model, files.indexOf(basename(path))) : null;
    };
    for (const f of files) {
      const m = parse(readFileSync(join(corpus, f), 'utf8'), join(corpus, f));
      if (m) writeFileSync(join(models, f.replace(/\.txt$/, '.json')), JSON.stringify(m));
    }
    const out = spawnSync(process.execPath, [reference, corpus, models], { encoding: 'utf8' }).stdout;
    const ref = /hard=([\d.]+) overall=([\d.]+)/.exec(out);
    const e = await evaluateCorpus(corpus, parse);
    expect(ref?.[1]).toBe(e.hard.toFixed(4));
    expect(ref?.[2]).toBe(e.overall.toFixed(4));
  });
});

// The root's `pnpm eval` runs this package's bin by path; a renamed bin must not leave it behind.
describe('the root script `pnpm eval`', () => {
  it('runs the file this package declares as its bin, which the build made', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const bins = (JSON.parse(readFileSync(join(root, 'apps/eval/package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
    const ran = /\bnode (\S+)/.exec(scripts['eval'] ?? '')?.[1];
    expect(ran).toBe(join('apps/eval', bins['treatykit-eval'] ?? ''));
    expect(existsSync(join(root, ran ?? ''))).toBe(true);
  });
});

