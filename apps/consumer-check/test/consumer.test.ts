import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED, ROOT, cleanEnv, createConsumerDir, installOffline, packAll, writeConsumerManifest, type Packed } from './consumer-project.js';

const run = promisify(execFile);
const TEMPLATE = new URL('../project/', import.meta.url).pathname;
const README_PACKAGES = ['core', 'jsonld', 'markdown', 'pdf'] as const;

/** The first TypeScript block under "## Use" in a package README: the example a reader copies first. */
export function readmeExample(readme: string): string {
  const use = readme.split(/^## Use$/m)[1];
  const block = use?.match(/^```ts\n([\s\S]*?)^```$/m)?.[1];
  if (!block) throw new Error('the README has no ```ts block under "## Use"');
  return block;
}

let packed: Packed[] = [];
let dir = '';

// The CLI's compile cache goes in the project folder, not the user's.
const node = (args: readonly string[]) => run(process.execPath, args, { cwd: dir, env: cleanEnv({ TREATYKIT_CACHE_DIR: join(dir, 'cache') }), maxBuffer: 64 * 1024 * 1024 });
const tsc = (project: string) => node([join(dir, 'node_modules/typescript/bin/tsc'), '-p', project]);

beforeAll(async () => {
  dir = createConsumerDir(TEMPLATE);
  packed = await packAll(join(dir, 'tarballs'));
  writeConsumerManifest(dir, packed);
  for (const name of README_PACKAGES) {
    const readme = readFileSync(join(ROOT, 'packages', name, 'README.md'), 'utf8');
    writeFileSync(join(dir, 'src', `readme-${name}.ts`), readmeExample(readme));
  }
}, 120_000);

afterAll(() => {
  if (dir && !process.env.KEEP_CONSUMER) rmSync(dir, { recursive: true, force: true });
  else if (dir) console.log(`consumer project kept in ${dir}`);
});

describe('packed packages', () => {
  it('contain dist and no sources or tests', () => {
    for (const p of packed) {
      expect(p.files, p.name).toContain('package.json');
      expect(p.files.some((f) => f.startsWith('dist/') && /\.[cm]?js$/.test(f)), p.name).toBe(true);
      expect(p.files.filter((f) => /^(src|test)\//.test(f) || f.endsWith('.tsbuildinfo')), p.name).toEqual([]);
      for (const [dep, range] of Object.entries(p.manifest.dependencies ?? {})) expect(range, `${p.name} -> ${dep}`).not.toMatch(/^workspace:/);
    }
    expect(packed.map((p) => p.name).sort()).toEqual(['@treatykit/core', '@treatykit/jsonld', '@treatykit/markdown', '@treatykit/pdf', 'treatykit']);
  });

  it('pass publint (strict), the CLI included', async () => {
    for (const p of packed) {
      const tarball = readFileSync(p.tarball);
      const { messages, pkg } = await publint({
        pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
        strict: true,
      });
      expect(messages.map((m) => formatMessage(m, pkg)), p.name).toEqual([]);
    }
  });
});

describe('a consumer project outside the workspace', () => {
  it('installs the tarballs offline, third-party packages from the local store only', async () => {
    const log = await installOffline(dir);
    // The lockfile written for the project was taken as it is: nothing was resolved, so no registry was asked.
    expect(log).toContain('Lockfile is up to date, resolution step is skipped');
    for (const p of packed) expect(existsSync(join(dir, 'node_modules', p.name, 'package.json')), p.name).toBe(true);
    // The exporters get the packed core through the override, not a copy from anywhere else.
    const core = JSON.parse(readFileSync(join(dir, 'node_modules/@treatykit/core/package.json'), 'utf8')) as { version: string };
    expect(core.version).toBe(packed.find((p) => p.name === '@treatykit/core')?.version);
  }, 120_000);

  it('type-checks the public API (z.infer and JSON-LD types, README examples) with strict settings, NodeNext and Bundler resolution', async () => {
    await Promise.all([tsc('tsconfig.json'), tsc('tsconfig.bundler.json')]).catch((e: { stdout?: string; message: string }) => {
      throw new Error(`tsc failed:\n${e.stdout ?? e.message}`);
    });
    expect(existsSync(join(dir, 'dist/consumer.js'))).toBe(true);
  }, 120_000);

  it('parses the example article and exports it to JSON-LD, Markdown and PDF under Node', async () => {
    const { stdout } = await node(['dist/consumer.js']);
    const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Record<string, unknown>;
    console.log(`consumer: ${JSON.stringify(summary)}`);
    expect(summary).toMatchObject({ id: 'ussr-and-japan-sign-neutrality-pact', parties: ['soviet-union', 'japan'], pdfPages: 1 });
    expect(readFileSync(join(dir, 'out/pact.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it.each(README_PACKAGES)('runs the example in the README of @treatykit/%s', async (name) => {
    const { stdout } = await node([`dist/readme-${name}.js`]);
    expect(stdout.length).toBeGreaterThan(0);
  }, 60_000);

  it('runs the treatykit CLI from its bin', async () => {
    const bin = join(dir, 'node_modules/treatykit/package.json');
    const { bin: bins } = JSON.parse(readFileSync(bin, 'utf8')) as { bin: Record<string, string> };
    const cli = join(dir, 'node_modules/treatykit', bins.treatykit ?? '');
    const { stdout } = await node([cli, 'parse', 'examples/ussr-japan-neutrality-pact.txt']);
    expect((JSON.parse(stdout) as { id: string }).id).toBe('ussr-and-japan-sign-neutrality-pact');
    // The second run starts from the code the first stored, installed as users have it.
    expect(readdirSync(join(dir, 'cache/v8'))).toHaveLength(1);
    expect((await node([cli, 'parse', 'examples/ussr-japan-neutrality-pact.txt'])).stdout).toBe(stdout);
    await node([cli, 'build', 'examples/treaty-of-nanking.txt', '--out', 'out-cli', '--format', 'all', '--jobs', '1']);
    const index = JSON.parse(readFileSync(join(dir, 'out-cli/index.json'), 'utf8')) as { articles: { status: string; outputs: string[] }[] };
    expect(index.articles.map((a) => a.status)).toEqual(['built']);
    expect(index.articles[0]?.outputs.map((f) => f.replace(/^.*\./, '')).sort()).toEqual(['json', 'jsonld', 'md', 'pdf']);
  }, 60_000);
});

it('packs every package of the workspace that is not private', () => {
  const workspace = readdirSync(join(ROOT, 'packages'))
    .map((d) => `packages/${d}`)
    .concat(readdirSync(join(ROOT, 'apps')).map((d) => `apps/${d}`))
    .filter((d) => existsSync(join(ROOT, d, 'package.json')))
    .filter((d) => !(JSON.parse(readFileSync(join(ROOT, d, 'package.json'), 'utf8')) as { private?: boolean }).private);
  expect(workspace.sort()).toEqual([...PUBLISHED].sort());
});
