import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { parseArticle } from '@treatykit/core';
import { build, type Metafile, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from './consumer-project.js';

/** Packages that must never end up in core: they need Node or are too heavy for a page. */
const HEAVY = ['pdfkit', 'fontkit', 'jsonld', 'dejavu-fonts-ttf', '@fontsource/noto-sans-jp', 'schema-dts'];

const ENTRY = `
import { parseArticle, safeParseArticle, TreatyModelSchema } from '@treatykit/core';
export function parse(text) {
  const model = parseArticle(text, { path: 'article' });
  return { model, valid: TreatyModelSchema.safeParse(model).success, empty: safeParseArticle('').diagnostics.map((d) => d.code) };
}
`;

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails the build on any import of a Node built-in, even one a package would map away for browsers. */
function noNodeBuiltins(found: string[]): Plugin {
  return {
    name: 'no-node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.replace(/\/.*$/, '');
        if (args.path.startsWith('node:') || BUILTINS.has(bare)) {
          found.push(`${args.path} (imported by ${args.importer})`);
          return { errors: [{ text: `the browser bundle must not need the Node built-in "${args.path}"` }] };
        }
        return undefined;
      });
    },
  };
}

interface Bundle {
  code: string;
  metafile: Metafile;
}

/** Bundles the entry for the browser from the built packages (`dist`, no source condition), minified. */
async function bundle(conditions: string[] = []): Promise<Bundle> {
  const builtins: string[] = [];
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: join(ROOT, 'apps/consumer-check'), sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'treatykit',
    target: 'es2022',
    conditions,
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [noNodeBuiltins(builtins)],
  }).catch((e: Error) => {
    throw new Error(`${e.message}${builtins.length ? `\nNode built-ins needed: ${builtins.join(', ')}` : ''}`);
  });
  expect(builtins).toEqual([]);
  const code = result.outputFiles[0]?.text ?? '';
  return { code, metafile: result.metafile };
}

/** Runs the bundle in a fresh V8 context: ECMAScript globals plus the given web APIs, no `require`, `process` or `Buffer`. */
function runInFreshContext(code: string, text: string, web: Record<string, unknown>): unknown {
  const context = vm.createContext({ TextEncoder, TextDecoder, ...web, text });
  const probe = vm.runInContext('[typeof require, typeof process, typeof Buffer, typeof module, typeof global, typeof setImmediate]', context) as string[];
  expect([...probe]).toEqual(Array(6).fill('undefined'));
  vm.runInContext(code, context, { filename: 'bundle.js' });
  return JSON.parse(vm.runInContext('JSON.stringify(treatykit.parse(text))', context) as string);
}

const EXAMPLES = ['ussr-japan-neutrality-pact.txt', 'treaty-of-versailles.md'].map((file) => ({
  file,
  text: readFileSync(join(ROOT, 'examples', file), 'utf8'),
}));

/** The one DOM call in the bundle: decode-named-character-reference's browser build decodes entities with an element. */
const documentStub = { createElement: () => ({ innerHTML: '', get textContent(): string { return this.innerHTML; } }) };

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

describe('@treatykit/core in a browser bundle', () => {
  it('declares none of the heavy Node-only packages as dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/core/package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const deps = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
    expect(deps.filter((d) => HEAVY.includes(d))).toEqual([]);
  });

  it('bundles for the browser from dist without Node built-ins, and parses the examples in a fresh context', async () => {
    const { code, metafile } = await bundle();
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((i) => i.includes('packages/core/dist/index.js'))).toBe(true);
    expect(inputs.filter((i) => i.includes('packages/core/src/'))).toEqual([]);
    expect(inputs.filter((i) => HEAVY.some((h) => i.includes(`/node_modules/${h}/`)))).toEqual([]);

    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`browser bundle of @treatykit/core (parseArticle, safeParseArticle, TreatyModelSchema): ${kb(code.length)} minified, ${kb(gzip)} gzip`);
    // A budget that catches a heavy dependency slipping in (pdfkit or jsonld alone would exceed it).
    expect(code.length).toBeLessThan(1024 * 1024);

    for (const { file, text } of EXAMPLES) {
      const result = runInFreshContext(code, text, { document: documentStub });
      expect(result, file).toEqual({ model: JSON.parse(JSON.stringify(parseArticle(text, { path: 'article' }))), valid: true, empty: ['empty_input'] });
    }
  });

  it('runs in a worker-like context with no DOM at all (the `worker` export condition)', async () => {
    const { code } = await bundle(['worker']);
    console.log(`worker bundle of @treatykit/core: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
    for (const { file, text } of EXAMPLES) {
      const result = runInFreshContext(code, text, {});
      expect(result, file).toEqual({ model: JSON.parse(JSON.stringify(parseArticle(text, { path: 'article' }))), valid: true, empty: ['empty_input'] });
    }
  });
});
