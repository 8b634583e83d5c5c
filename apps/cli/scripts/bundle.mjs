// Bundles the CLI into dist/. Start-up is the cost of loading and compiling code: @treatykit/core
// and its unified/remark/micromark, Zod and chrono-node dependencies are a few hundred small ES
// modules, which Node resolves, reads and compiles one by one (about 250 ms on a cold
// `treatykit parse`). So the CLI is one CommonJS bundle, dist/cli-<hash>.cjs, which the launchers
// (dist/bin.cjs, dist/worker.cjs) run with V8's stored code (src/launch/compile-cache.ts).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { build } from 'esbuild';

// Zod's namespace object `z` holds all of Zod, so no bundler can drop a part the CLI never uses.
// Two are left out by hand: the error messages in some fifty languages (a third of the bundle; the
// CLI reports in English), and the JSON Schema reader (its set-up costs a cold start ~2 ms).
const withoutUnusedZod = {
  name: 'without-unused-zod',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', loader: 'js' }));
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]classic[\\/]from-json-schema\.js$/ }, () => ({
      contents: 'export function fromJSONSchema() { throw new Error("z.fromJSONSchema is left out of the treatykit CLI"); }',
      loader: 'js',
    }));
  },
};

// citty imports consola, whose set-up (it inspects the terminal and the environment) costs a cold
// start ~15 ms, only for `runMain` and `showUsage`, which the CLI does not use: marking the
// package free of side effects lets the bundler drop it. consola/utils (colours) stays.
//
// consola/utils (the colours of citty's usage text) asks whether stdout is a terminal as it loads,
// which loads node:tty and node:net (~3 ms). citty gets a stand-in whose `colors` load the real
// module on first use: a required module is set up only when first required.
const withoutConsolaSetUp = {
  name: 'without-consola-set-up',
  setup(build) {
    build.onResolve({ filter: /^consola$/ }, async (args) => {
      if (args.pluginData === 'inner') return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'inner' });
      return { ...resolved, sideEffects: false };
    });
    build.onResolve({ filter: /^consola\/utils$/ }, (args) => (args.pluginData === 'inner' ? undefined : { path: 'consola/utils', namespace: 'lazy-consola-utils', pluginData: args.resolveDir }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-consola-utils' }, (args) => ({
      contents: 'export const colors = new Proxy({}, { get: (_, name) => require("consola/utils").colors[name] });',
      resolveDir: args.pluginData,
      loader: 'js',
      pluginData: 'inner',
    }));
  },
};

const common = { bundle: true, platform: 'node', target: 'node20', legalComments: 'linked', minifyWhitespace: true, minifySyntax: true, logLevel: 'warning' };

// Old bundles would pile up: their names change with their content.
rmSync('dist', { recursive: true, force: true });

const cli = await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  // The name carries a hash of the content: stored code is looked up by it (V8 itself compares
  // only a source's length).
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The PDF exporter reads its font files next to its own code, and jsonld.js carries optional
  // native and network modules: both stay installed dependencies, loaded only when a build asks.
  // Code run by `vm.Script` cannot import() without an experimental Node API, so their import()s
  // become require()s, which load ES modules since Node 20.19.
  external: ['@treatykit/pdf', '@treatykit/jsonld'],
  supported: { 'dynamic-import': false },
  // src/launch/compile-cache.ts runs the bundle as a function of these names.
  define: { 'import.meta.url': '__bundleUrl' },
  metafile: true,
  plugins: [withoutUnusedZod, withoutConsolaSetUp],
  // The file is the function src/launch/compile-cache.ts runs, as it is: no copy of a megabyte of
  // source is made to wrap it.
  banner: { js: '(function (exports, require, module, __filename, __dirname, __bundleUrl) {' },
  footer: { js: '})' },
});
const bundleFile = Object.keys(cli.metafile.outputs).find((f) => f.endsWith('.cjs'));
const bundleName = basename(bundleFile);

// The few characters outside ASCII that esbuild leaves (in regular expressions, and in String.raw
// patterns made into regular expressions) become \u escapes, which mean the same there. An ASCII
// file is read as Latin-1, a plain copy, into a string of one byte per character: half the memory
// of the UTF-16 string a single curly quote forces, and a few milliseconds less of a cold start.
const source = readFileSync(bundleFile, 'utf8');
const ascii = source.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(bundleFile, ascii);

await build({
  ...common,
  // The pool starts dist/worker.cjs; --version loads bin.cjs alone. CommonJS too: Node starts an
  // ES module entry point through its ES module loader, ~10 ms more of every cold start.
  entryPoints: { bin: 'src/bin.ts', worker: 'src/worker-main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { __CLI_BUNDLE__: JSON.stringify(bundleName), 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/import-meta-url.js'],
  // import() of node:v8 as require(): import() would set the ES module loader up after all.
  supported: { 'dynamic-import': false },
});
