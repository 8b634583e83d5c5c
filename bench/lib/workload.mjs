#!/usr/bin/env node
// One workload in a loop, to be run under `node --cpu-prof` by bench/profile.mjs: the profile
// then shows that workload alone, not the benchmark's own bookkeeping.
//   node bench/lib/workload.mjs parse|jsonld|markdown|pdf|convert [N] [SEED]
// `convert` is what a build worker does for each article (parse, then JSON, validated JSON-LD,
// Markdown and PDF), without files: two of them at once measure how much a second core gives this
// work on this machine (bench/lib/measure.mjs, measureConversionParallelism).
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus, readSeeds } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const [what = 'parse', count = '200', seedText = '1'] = process.argv.slice(2);
const importBuilt = (path) => import(pathToFileURL(join(ROOT, path)).href);

const core = await importBuilt('packages/core/dist/index.js');
const corpus = generateCorpus(await readSeeds(ROOT), Number(seedText), Number(count));
const options = (article) => ({ path: article.name, format: article.name.endsWith('.md') ? 'markdown' : 'auto' });

if (what === 'parse') {
  for (const article of corpus) core.safeParseArticle(article.text, options(article));
} else if (what === 'convert') {
  const { toJsonLd, validateJsonLd } = await importBuilt('packages/jsonld/dist/index.js');
  const { toMarkdown } = await importBuilt('packages/markdown/dist/index.js');
  const { toPdf } = await importBuilt('packages/pdf/dist/index.js');
  for (const article of corpus) {
    const result = core.safeParseArticle(article.text, options(article));
    if (!result.success) continue;
    JSON.stringify(result.model, null, 2);
    const doc = toJsonLd(result.model);
    await validateJsonLd(doc);
    JSON.stringify(doc, null, 2);
    toMarkdown(result.model);
    await toPdf(result.model);
  }
} else {
  const models = corpus.map((article) => core.safeParseArticle(article.text, options(article))).flatMap((r) => (r.success ? [r.model] : []));
  const exporters = {
    jsonld: async () => {
      const { toJsonLd, validateJsonLd } = await importBuilt('packages/jsonld/dist/index.js');
      return async (model) => validateJsonLd(toJsonLd(model));
    },
    markdown: async () => {
      const { toMarkdown } = await importBuilt('packages/markdown/dist/index.js');
      return async (model) => toMarkdown(model);
    },
    pdf: async () => {
      const { toPdf } = await importBuilt('packages/pdf/dist/index.js');
      return (model) => toPdf(model, { creationDate: new Date(0) });
    },
  };
  if (!(what in exporters)) throw new Error(`unknown workload "${what}"; expected parse, convert, ${Object.keys(exporters).join(', ')}`);
  const run = await exporters[what]();
  for (const model of models) await run(model);
}
