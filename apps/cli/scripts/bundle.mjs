// Bundles the CLI into a few files in dist/. Start-up is the cost of loading modules: @treatykit/core
// and its unified/remark/micromark, Zod and chrono-node dependencies are a few hundred small ES
// modules, which Node resolves, reads and compiles one by one (about 250 ms on a cold
// `treatykit parse`). One bundle loads in a fraction of that. Code splitting keeps each command
// and each exporter in its own chunk, so `--version` loads none of them and `parse` no exporter.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Zod carries error messages in some fifty languages and exports them all from one module, so no
// bundler can drop the unused ones: a third of the bundle. The CLI reports in English only.
const englishZodMessages = {
  name: 'english-zod-messages',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', loader: 'js' }));
  },
};

// Chunk names carry a content hash: old ones would pile up.
rmSync('dist', { recursive: true, force: true });

// citty imports consola, whose set-up (it inspects the terminal and the environment) costs a cold
// start ~15 ms, only for `runMain` and `showUsage`, which the CLI does not use: marking the
// package free of side effects lets the bundler drop it. consola/utils (colours) stays.
const withoutConsolaSetUp = {
  name: 'without-consola-set-up',
  setup(build) {
    build.onResolve({ filter: /^consola$/ }, async (args) => {
      if (args.pluginData === 'inner') return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'inner' });
      return { ...resolved, sideEffects: false };
    });
  },
};

await build({
  entryPoints: { bin: 'src/bin.ts', worker: 'src/build/worker.ts' },
  outdir: 'dist',
  // The pool starts `new URL('./worker.js', import.meta.url)`: chunks must sit next to worker.js.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The PDF exporter reads its font files next to its own code, and jsonld.js carries optional
  // native and network modules: both stay installed dependencies, loaded only when a build asks.
  external: ['@treatykit/pdf', '@treatykit/jsonld'],
  // CommonJS dependencies inside the bundle still call require().
  banner: { js: "import { createRequire as __treatykitRequire } from 'node:module';\nconst require = __treatykitRequire(import.meta.url);" },
  legalComments: 'linked',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  plugins: [englishZodMessages, withoutConsolaSetUp],
});
