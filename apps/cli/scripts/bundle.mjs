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
  plugins: [englishZodMessages],
});
