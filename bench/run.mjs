#!/usr/bin/env node
// `pnpm bench`: how fast treatykit is, each figure as a ratio to a baseline measured in the same
// run (machines are noisy; ratios travel between machines better than milliseconds do).
// Uses the built packages, so run it through `pnpm bench`, which builds first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, readSeeds, writeCorpus } from './lib/corpus.mjs';
import { measureConversionParallelism, measureParallelism, median, peakRssMethod, runWithPeakRss, timeAsync, timeProcess, timeSync } from './lib/measure.mjs';
import { loadBarePdf } from './lib/pdf-baseline.mjs';
import { formatTable } from './lib/table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'apps/cli/dist/bin.cjs');
const EXAMPLE = join(ROOT, 'examples/ussr-japan-neutrality-pact.txt');
const RESULTS = join(ROOT, 'bench/results.json');

const USAGE = `Usage: pnpm bench [--n N] [--seed S] [--quick] [--large-n M] [--runs R] [--batch-runs B] [--only LIST] [--keep] [--check]

  --n N          articles in the corpus (default 1000)
  --seed S       seed of the synthetic corpus (default 1)
  --quick        N = 200 and no large-corpus memory run
  --large-n M    articles of the memory-growth run (default 4 x N; 0 skips it)
  --runs R       cold starts per CLI command (default 20)
  --batch-runs B pairs of N-article builds (--jobs 1, then 2); the pair with the median speed-up
                 is shown (default 3; 1 with --quick)
  --only LIST    some of parse,export,cli,batch (default all)
  --keep         keep the temporary corpus and outputs (their folder is printed)
  --check        exit 1 when a target is missed`;

const { values: flags } = parseArgs({
  // `pnpm bench -- --n 200` passes the "--" through; it separates nothing here.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    n: { type: 'string' },
    seed: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    'large-n': { type: 'string' },
    runs: { type: 'string', default: '20' },
    'batch-runs': { type: 'string' },
    only: { type: 'string', default: 'parse,export,cli,batch' },
    keep: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

function wholeNumber(name, value, min) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`bench: --${name} expects a whole number of at least ${min}, found "${value}"\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const n = wholeNumber('n', flags.n ?? (flags.quick ? '200' : '1000'), 1);
const seed = wholeNumber('seed', flags.seed, 0);
const largeN = wholeNumber('large-n', flags['large-n'] ?? (flags.quick ? '0' : String(4 * n)), 0);
const coldRuns = wholeNumber('runs', flags.runs, 1);
const batchRuns = wholeNumber('batch-runs', flags['batch-runs'] ?? (flags.quick ? '1' : '3'), 1);
const sections = new Set(flags.only.split(',').map((s) => s.trim()));
// Articles each conversion process converts when measuring what a second core gives this work:
// enough to pass the warm-up (some 40 articles) that every build worker also goes through.
const conversionCount = Math.min(n, 200);

const log = (message) => process.stderr.write(`bench: ${message}\n`);
// Other processes inflate absolute times (ratios less so): the load is recorded with the results.
const loadAtStart = loadavg()[0];

const unbuilt = ['packages/core', 'packages/jsonld', 'packages/markdown'].filter((p) => !existsSync(join(ROOT, p, 'dist/index.js')));
if (!existsSync(CLI)) unbuilt.push('apps/cli');
if (unbuilt.length > 0) {
  console.error(`bench: not built: ${unbuilt.join(', ')}; run "pnpm bench", which builds first.`);
  process.exit(2);
}

const importBuilt = (path) => import(pathToFileURL(join(ROOT, path)).href);
const core = await importBuilt('packages/core/dist/index.js');
const jsonld = await importBuilt('packages/jsonld/dist/index.js');
const markdown = await importBuilt('packages/markdown/dist/index.js');
const pdf = await loadPdf();

// PDF is measured only when @treatykit/pdf is built and exports toPdf, so that the rest of the
// benchmark still runs while that package is missing or broken.
async function loadPdf() {
  const entry = 'packages/pdf/dist/index.js';
  if (!existsSync(join(ROOT, entry))) return { toPdf: null, note: 'packages/pdf is not built' };
  try {
    const module = await importBuilt(entry);
    return typeof module.toPdf === 'function' ? { toPdf: module.toPdf, note: null } : { toPdf: null, note: '@treatykit/pdf does not export toPdf yet' };
  } catch (error) {
    return { toPdf: null, note: `@treatykit/pdf failed to load: ${error.message}` };
  }
}

// The parse floor uses core's own copies of unified and remark-parse, the versions it parses with.
const fromCore = createRequire(join(ROOT, 'packages/core/package.json'));
const { unified } = await import(pathToFileURL(fromCore.resolve('unified')).href);
const { default: remarkParse } = await import(pathToFileURL(fromCore.resolve('remark-parse')).href);

const seeds = await readSeeds(ROOT);
const corpus = generateCorpus(seeds, seed, n);
const parseOptions = (article) => ({ path: article.name, format: article.name.endsWith('.md') ? 'markdown' : 'auto' });

const rows = [];
const notes = [];
const raw = {};

// A few untimed passes first, so the timed passes measure optimized code, not the JIT warming up.
const warmUp = corpus.slice(0, Math.min(50, corpus.length));

/* ---------------------------------------------------------------- 1. parse */
const models = [];
if (sections.has('parse') || sections.has('export')) {
  log(`parse: ${n} articles`);
  const floor = unified().use(remarkParse);
  for (const article of warmUp) {
    floor.parse(article.text);
    core.safeParseArticle(article.text, parseOptions(article));
  }
  const parseMs = [];
  const floorMs = [];
  let failed = 0;
  corpus.forEach((article, i) => {
    let model = null;
    const parse = () =>
      parseMs.push(
        timeSync(() => {
          try {
            model = core.parseArticle(article.text, parseOptions(article));
          } catch {
            failed++;
          }
        }),
      );
    const tokenize = () => floorMs.push(timeSync(() => floor.parse(article.text)));
    // Alternating the order cancels any advantage of going second (warm caches, a finished GC).
    if (i % 2 === 0) {
      parse();
      tokenize();
    } else {
      tokenize();
      parse();
    }
    if (model) models.push(model);
  });
  // Plain text is read line by line and Markdown through remark with extensions, so the two
  // formats cost differently; their medians show which one a change helped.
  const isMarkdown = corpus.map((article) => article.name.endsWith('.md'));
  const byFormat = (samples, markdown) => median(samples.filter((_, i) => isMarkdown[i] === markdown));
  raw.parse = {
    articles: n,
    failed,
    markdownArticles: isMarkdown.filter(Boolean).length,
    parseMs: median(parseMs),
    remarkMs: median(floorMs),
    text: { parseMs: byFormat(parseMs, false), remarkMs: byFormat(floorMs, false) },
    markdown: { parseMs: byFormat(parseMs, true), remarkMs: byFormat(floorMs, true) },
  };
  if (failed > 0) notes.push(`${failed} of ${n} synthetic articles failed to parse; they are timed but not exported.`);
  if (sections.has('parse')) {
    rows.push({
      key: 'parse',
      figure: 'parseArticle, per article',
      value: median(parseMs),
      unit: 'ms',
      baseline: { label: 'unified().use(remarkParse).parse', value: median(floorMs), unit: 'ms' },
      target: { text: '≤ 3x', pass: (row) => row.ratio <= 3 },
    });
    for (const format of ['text', 'markdown']) {
      const { parseMs: value, remarkMs } = raw.parse[format];
      if (!Number.isFinite(value)) continue;
      rows.push({
        key: `parse.${format}`,
        figure: `  of which ${format === 'text' ? 'plain-text' : 'Markdown'} articles`,
        value,
        unit: 'ms',
        baseline: { label: 'remark on the same texts', value: remarkMs, unit: 'ms' },
      });
    }
  }
}

/* --------------------------------------------------------------- 2. export */
if (sections.has('export')) {
  const toBarePdf = loadBarePdf(join(ROOT, 'packages/pdf/package.json'));
  const measurePdf = pdf.toPdf !== null && toBarePdf !== null;
  if (!measurePdf) {
    const note = `PDF not measured: ${pdf.note ?? 'pdfkit or fontkit is not installed under packages/pdf'}.`;
    notes.push(note);
    log(note);
  }
  log(`export: ${models.length} models${measurePdf ? ' (with PDF)' : ''}`);
  const creationDate = new Date(0);
  const invalidJsonLd = new Set();
  const exporters = {
    json: async (model) => JSON.stringify(model, null, 2),
    jsonld: async (model) => jsonld.toJsonLd(model),
    jsonldValidated: async (model) => {
      const check = await jsonld.validateJsonLd(jsonld.toJsonLd(model));
      if (!check.valid) invalidJsonLd.add(model.id);
    },
    markdown: async (model) => markdown.toMarkdown(model),
    ...(measurePdf ? { pdf: (model) => pdf.toPdf(model, { creationDate }), barePdf: (model) => toBarePdf(model) } : {}),
  };
  const names = Object.keys(exporters);
  for (const model of models.slice(0, warmUp.length)) for (const name of names) await exporters[name](model);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (const [i, model] of models.entries()) {
    // Rotating which exporter runs first spreads GC pauses left by the previous one evenly.
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      samples[name].push(await timeAsync(() => exporters[name](model)));
    }
  }
  const ms = Object.fromEntries(names.map((name) => [name, median(samples[name])]));
  raw.export = ms;
  if (invalidJsonLd.size > 0) notes.push(`validateJsonLd found problems in the JSON-LD of ${invalidJsonLd.size} articles (e.g. ${[...invalidJsonLd][0]}).`);
  const json = { label: 'JSON.stringify(model, null, 2)', value: ms.json, unit: 'ms' };
  rows.push(
    { key: 'export.jsonld', figure: 'toJsonLd, per article', value: ms.jsonld, unit: 'ms', baseline: json },
    { key: 'export.jsonld-validated', figure: 'toJsonLd + validateJsonLd', value: ms.jsonldValidated, unit: 'ms', baseline: json },
    { key: 'export.markdown', figure: 'toMarkdown, per article', value: ms.markdown, unit: 'ms', baseline: json },
  );
  if (measurePdf) {
    rows.push({
      key: 'export.pdf',
      figure: 'toPdf, per article',
      value: ms.pdf,
      unit: 'ms',
      baseline: { label: 'bare pdfkit, same text and fonts', value: ms.barePdf, unit: 'ms' },
      target: { text: '≤ 1.5x', pass: (row) => row.ratio <= 1.5 },
    });
  }
}

/* ------------------------------------------------------------------ 3. CLI */
const env = { ...process.env, NO_COLOR: '1' };
if (sections.has('cli')) {
  log(`cli: ${coldRuns} cold starts of each command`);
  // The CLI stores the code V8 compiled for a command and takes it back on the next start
  // (apps/cli/src/launch/compile-cache.ts): here in a folder of the run's own, which the untimed
  // warm-up runs fill. "First run" gives every start an empty folder: a fresh install's first parse.
  const scratch = await mkdtemp(join(tmpdir(), 'treatykit-bench-cache-'));
  let fresh = 0;
  const withCache = () => ({ ...env, TREATYKIT_CACHE_DIR: join(scratch, 'kept') });
  const withEmptyCache = () => ({ ...env, TREATYKIT_CACHE_DIR: join(scratch, `empty-${fresh++}`) });
  const commands = {
    node: [process.execPath, ['-e', '0'], withCache],
    version: [process.execPath, [CLI, '--version'], withCache],
    parse: [process.execPath, [CLI, 'parse', EXAMPLE], withCache],
    parseFirst: [process.execPath, [CLI, 'parse', EXAMPLE], withEmptyCache],
  };
  const names = Object.keys(commands);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const time = (name) => {
    const [command, args, envOf] = commands[name];
    return timeProcess(command, args, { env: envOf() });
  };
  try {
    for (const name of names) for (let i = 0; i < 2; i++) time(name);
    for (let run = 0; run < coldRuns; run++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(run + k) % names.length];
        samples[name].push(time(name));
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const ms = Object.fromEntries(names.map((name) => [name, median(samples[name])]));
  raw.cli = { runs: coldRuns, ...ms };
  const bareNode = { label: 'node -e 0', value: ms.node, unit: 'ms' };
  rows.push(
    {
      key: 'cli.version',
      figure: 'treatykit --version, cold',
      value: ms.version,
      unit: 'ms',
      baseline: bareNode,
      target: { text: '≤ node + 40 ms', pass: (row) => row.value - row.baseline.value <= 40 },
    },
    {
      key: 'cli.parse',
      figure: 'treatykit parse example, cold',
      value: ms.parse,
      unit: 'ms',
      baseline: bareNode,
      target: { text: '< 250 ms', pass: (row) => row.value < 250 },
    },
    {
      key: 'cli.parse-first',
      figure: '… first run, nothing stored',
      value: ms.parseFirst,
      unit: 'ms',
      baseline: bareNode,
    },
  );
}

/* ---------------------------------------------------------------- 4. batch */
if (sections.has('batch')) {
  const scratch = await mkdtemp(join(tmpdir(), 'treatykit-bench-'));
  try {
    log(`batch: writing ${n}${largeN ? ` and ${largeN}` : ''} articles to ${scratch}`);
    const small = await writeCorpus(seeds, seed, n, join(scratch, `corpus-${n}`));
    const large = largeN > 0 ? await writeCorpus(seeds, seed, largeN, join(scratch, `corpus-${largeN}`)) : null;

    const build = async (input, articles, jobs) => {
      const out = join(scratch, `out-${articles}-jobs${jobs}`);
      log(`batch: treatykit build ${articles} articles --format all --jobs ${jobs}`);
      const run = await runWithPeakRss(process.execPath, [CLI, 'build', input, '--out', out, '--format', 'all', '--jobs', String(jobs), '--force', '--quiet'], { env });
      if (run.code !== 0 && run.code !== 1) throw new Error(`treatykit build exited with ${run.code}: ${run.stderr}`);
      const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8'));
      const builtArticles = index.articles.filter((a) => a.status === 'built');
      const formats = [...new Set(builtArticles.flatMap((a) => a.outputs.map((o) => o.split('.').at(-1))))];
      await rm(out, { recursive: true, force: true });
      return { articles, jobs, ms: run.ms, cpuMs: run.cpuMs, perSecond: articles / (run.ms / 1000), peakRssMb: run.peakRssMb, built: builtArticles.length, formats };
    };

    /**
     * The pair of builds (`--jobs 1`, then `--jobs 2`, run one after the other) whose speed-up is the
     * median: the two builds of a pair meet the same moment of a VM whose speed drifts, so their
     * ratio is steadier than that of two medians taken from different pairs. Peak memory is the
     * highest of all the runs.
     */
    const medianPair = (ones, twos) => {
      const byRatio = ones.map((one, i) => ({ one, two: twos[i], ratio: one.ms / twos[i].ms })).sort((a, b) => a.ratio - b.ratio);
      const mid = byRatio[Math.floor((byRatio.length - 1) / 2)];
      const highest = (runs) => Math.max(...runs.map((r) => r.peakRssMb));
      return [
        { ...mid.one, runs: ones.length, peakRssMb: highest(ones) },
        { ...mid.two, runs: twos.length, peakRssMb: highest(twos) },
      ];
    };

    const bareNode = await runWithPeakRss(process.execPath, ['-e', '0'], { env });
    // Other processes on the machine can take a core away; how much parallelism was left is
    // measured right before and after the builds it limits.
    log('batch: measuring how much parallelism the machine has right now');
    const parallelBefore = await measureParallelism();
    // One pair of builds moved the speed-up between 1.15x and 1.36x on a noisy VM: several pairs
    // run, and the table shows the pair with the median speed-up.
    const ones = [];
    const twos = [];
    for (let run = 0; run < batchRuns; run++) {
      ones.push(await build(small, n, 1));
      twos.push(await build(small, n, 2));
    }
    const [one, two] = medianPair(ones, twos);
    const ofPairs = batchRuns > 1 ? `, median pair of ${batchRuns}` : '';
    const parallelAfter = await measureParallelism();
    log(`batch: converting ${conversionCount} articles in one process, then in two at once`);
    const conversion = await measureConversionParallelism(conversionCount, seed);
    const big = large ? await build(large, largeN, 2) : null;
    const aloneMs = (parallelBefore.aloneMs + parallelAfter.aloneMs) / 2;
    const pairMs = (parallelBefore.pairMs + parallelAfter.pairMs) / 2;
    const parallelism = { aloneMs, pairMs, speedUp: (2 * aloneMs) / pairMs };
    raw.batch = { peakRssMethod, bareNodePeakRssMb: bareNode.peakRssMb, parallelism: { before: parallelBefore, after: parallelAfter }, conversion, runs: [...ones, ...twos, ...(big ? [big] : [])] };
    // A --jobs 1 build keeps more than one core busy: V8 compiles and collects garbage on helper
    // threads beside the worker. A --jobs 2 build does at least the same work, so it can be at most
    // (cores it can use) / (cores --jobs 1 kept busy) times as fast.
    const coresBusy = one.cpuMs === null ? null : one.cpuMs / one.ms;
    const coresForTwo = Math.min(2, availableParallelism());
    const cpuBound = coresBusy === null ? null : coresForTwo / coresBusy;
    if (parallelism.speedUp < 1.7) {
      notes.push(`Two CPU-bound processes ran only ${parallelism.speedUp.toFixed(2)}x as fast as one (other processes held a core), so no --jobs 2 speed-up of 1.7x was possible in this run.`);
    } else if (conversion.speedUp < 1.7) {
      notes.push(`Two conversion processes, sharing nothing, converted only ${conversion.speedUp.toFixed(2)}x as many articles as one: on this machine a second core gives this work less than 1.7x, whichever way a build shares it out.`);
    }
    if (cpuBound !== null && cpuBound < 1.7) {
      notes.push(
        `The --jobs 1 build kept ${coresBusy.toFixed(2)} cores busy (its worker, plus V8 compiling and collecting garbage on helper threads). A --jobs 2 build does at least the same work, so on ${availableParallelism()} cores it could be at most ${coresForTwo} / ${coresBusy.toFixed(2)} = ${cpuBound.toFixed(2)}x as fast.`,
      );
    }
    if (!one.formats.includes('pdf')) notes.push(`treatykit build --format all writes ${one.formats.join(', ')} (no PDF yet), so the batch figures do not include PDF.`);

    // What the same work costs in-process, article after article: the batch's floor.
    const exportMs = { json: 'json', jsonld: 'jsonldValidated', md: 'markdown', pdf: 'pdf' };
    const inProcessMs = raw.parse && raw.export ? raw.parse.parseMs + one.formats.reduce((sum, f) => sum + (raw.export[exportMs[f]] ?? 0), 0) : null;
    const under300 = (row) => row.value < 300;
    rows.push(
      {
        key: 'batch.jobs1',
        figure: `build ${n} articles --jobs 1${ofPairs}`,
        value: one.perSecond,
        unit: 'articles/s',
        baseline: inProcessMs ? { label: 'in-process parse + exports', value: 1000 / inProcessMs, unit: 'articles/s' } : null,
      },
      {
        key: 'machine.parallelism',
        figure: '2 CPU-bound processes at once',
        value: 2000 / parallelism.pairMs,
        unit: 'runs/s',
        baseline: { label: '1 process (ratio = speed-up)', value: 1000 / parallelism.aloneMs, unit: 'runs/s' },
      },
      {
        key: 'machine.conversion-parallelism',
        figure: `2 conversion processes at once, ${conversion.count} articles each`,
        value: (2 * conversion.count) / (conversion.pairMs / 1000),
        unit: 'articles/s',
        baseline: { label: '1 process (ratio = speed-up)', value: conversion.count / (conversion.aloneMs / 1000), unit: 'articles/s' },
      },
      {
        key: 'batch.jobs2',
        figure: `build ${n} articles --jobs 2${ofPairs}`,
        value: two.perSecond,
        unit: 'articles/s',
        baseline: { label: '--jobs 1 (ratio = speed-up)', value: one.perSecond, unit: 'articles/s' },
        target: { text: '≥ 1.7x', pass: (row) => row.ratio >= 1.7 },
      },
      ...[one, two]
        .filter((run) => run.cpuMs !== null)
        .map((run) => ({
          key: `batch.jobs${run.jobs}.cpu`,
          figure: `CPU time, build ${n} articles --jobs ${run.jobs}`,
          value: run.cpuMs / 1000,
          unit: 's',
          baseline: { label: 'its wall time (ratio = cores busy)', value: run.ms / 1000, unit: 's' },
        })),
      {
        key: 'batch.rss.jobs1',
        figure: `peak RSS, ${n} articles, --jobs 1`,
        value: one.peakRssMb,
        unit: 'MB',
        baseline: { label: 'node -e 0', value: bareNode.peakRssMb, unit: 'MB' },
        target: { text: '< 300 MB', pass: under300 },
      },
      {
        key: 'batch.rss.jobs2',
        figure: `peak RSS, ${n} articles, --jobs 2`,
        value: two.peakRssMb,
        unit: 'MB',
        baseline: { label: 'node -e 0', value: bareNode.peakRssMb, unit: 'MB' },
        target: { text: '< 300 MB', pass: under300 },
      },
    );
    if (big) {
      rows.push({
        key: 'batch.rss.large',
        figure: `peak RSS, ${largeN} articles, --jobs 2`,
        value: big.peakRssMb,
        unit: 'MB',
        baseline: { label: `${n} articles, --jobs 2 (ratio = growth)`, value: two.peakRssMb, unit: 'MB' },
        // "Not growing with N": a streamed build may grow by bookkeeping (the index), not by outputs.
        target: { text: '< 300 MB, ≤ 1.25x', pass: (row) => row.value < 300 && row.ratio <= 1.25 },
      });
    }
  } finally {
    if (flags.keep) log(`batch: kept ${scratch}`);
    else await rm(scratch, { recursive: true, force: true });
  }
}

/* --------------------------------------------------------------- results */
for (const row of rows) {
  row.ratio = row.baseline ? row.value / row.baseline.value : null;
  row.pass = row.target ? row.target.pass(row) : null;
}

const cpuModel = cpus()[0]?.model ?? 'unknown';
// Which code was measured: the commit, and whether the working tree differed from it.
const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const head = git('rev-parse', '--short', 'HEAD');
const commit = head.status === 0 ? { commit: head.stdout.trim(), uncommittedChanges: git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '' } : null;
const load = { start: loadAtStart, end: loadavg()[0] };
if (Math.max(load.start, load.end) > availableParallelism()) {
  notes.push(`The machine was busy (1-minute load average ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end, on ${availableParallelism()} cores): absolute times are inflated, ratios less so.`);
}
const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: availableParallelism(), cpuModel, memoryMb: Math.round(totalmem() / 2 ** 20), loadAverage: load },
  code: commit,
  options: { seed, n, largeN, coldRuns, quick: flags.quick, sections: [...sections] },
  corpus: {
    articles: corpus.length,
    markdownArticles: corpus.filter((article) => article.name.endsWith('.md')).length,
    medianChars: median(corpus.map((article) => article.text.length)),
    seeds: seeds.map((s) => s.name),
  },
  figures: rows.map(({ key, figure, value, unit, baseline, ratio, target, pass }) => ({
    key,
    figure,
    value,
    unit,
    baseline: baseline ? { label: baseline.label, value: baseline.value, unit: baseline.unit } : null,
    ratio,
    target: target?.text ?? null,
    pass,
  })),
  raw,
  notes,
};
await writeFile(RESULTS, JSON.stringify(results, null, 2) + '\n');

console.log(`treatykit bench: ${n} articles (seed ${seed}), node ${process.version}, ${availableParallelism()} cores (${cpuModel})\n`);
console.log(formatTable(rows));
for (const note of notes) console.log(`\nNote: ${note}`);
const missed = rows.filter((r) => r.pass === false);
console.log(`\n${missed.length === 0 ? 'Every target met.' : `Targets missed: ${missed.map((r) => r.key).join(', ')}.`} Results in bench/results.json.`);
if (flags.check && missed.length > 0) process.exitCode = 1;
