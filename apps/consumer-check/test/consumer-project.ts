import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';

const run = promisify(execFile);

/** The monorepo root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The packages a consumer installs: every published package of the workspace. */
export const PUBLISHED = ['packages/core', 'packages/jsonld', 'packages/markdown', 'packages/pdf', 'apps/cli'] as const;

/** Third-party packages the consumer project itself depends on, with the workspace importer whose version it takes. */
const CONSUMER_TOOLS = { zod: 'packages/core', typescript: '.', '@types/node': '.' } as const;

/** The workspace's pinned pnpm (a root devDependency). */
const PNPM = join(ROOT, 'node_modules/pnpm/bin/pnpm.cjs');

/** A registry nothing listens on: any request the install makes fails at once instead of reaching the network. */
const NO_REGISTRY = 'http://127.0.0.1:9/';

/**
 * The environment for child processes, without the `npm_*`/`pnpm_*` settings of the script that runs the tests,
 * so the inner pnpm neither inherits the workspace's configuration nor finds its way to a registry.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(npm|pnpm)_/i.test(k) && !k.startsWith('VITEST') && k !== 'NODE_OPTIONS') env[k] = v;
  return { ...env, npm_config_offline: 'true', npm_config_registry: NO_REGISTRY, NO_COLOR: '1', ...extra };
}

/** Runs pnpm (the workspace's own pinned copy) and returns its stdout. */
export async function pnpm(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { stdout } = await run(process.execPath, [PNPM, ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** One packed package. */
export interface Packed {
  readonly dir: (typeof PUBLISHED)[number];
  readonly name: string;
  readonly version: string;
  /** Absolute path of the tarball. */
  readonly tarball: string;
  /** The manifest as published (`workspace:` ranges replaced by versions). */
  readonly manifest: { dependencies?: Record<string, string>; [key: string]: unknown };
  /** Files in the tarball, relative to the package root. */
  readonly files: readonly string[];
}

/** `pnpm pack`s every published package into `dest`, as `pnpm publish` would. */
export async function packAll(dest: string): Promise<Packed[]> {
  mkdirSync(dest, { recursive: true });
  return Promise.all(
    PUBLISHED.map(async (dir) => {
      const out = await pnpm(['pack', '--json', '--pack-destination', dest], join(ROOT, dir));
      const info = JSON.parse(out) as { name: string; version: string; filename: string; files: { path: string }[] };
      const tarball = info.filename.startsWith('/') ? info.filename : join(dest, info.filename);
      const { stdout } = await run('tar', ['-xOzf', tarball, 'package/package.json']);
      return { dir, name: info.name, version: info.version, tarball, manifest: JSON.parse(stdout), files: info.files.map((f) => f.path) };
    }),
  );
}

interface LockDep {
  specifier: string;
  version: string;
}
interface Snapshot {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}
interface Lockfile {
  lockfileVersion: string;
  settings?: Record<string, unknown>;
  importers: Record<string, { dependencies?: Record<string, LockDep>; devDependencies?: Record<string, LockDep> }>;
  packages: Record<string, Record<string, unknown>>;
  snapshots: Record<string, Snapshot>;
}

function importerVersion(lock: Lockfile, importer: string, name: string): string {
  const entry = lock.importers[importer];
  const dep = entry?.dependencies?.[name] ?? entry?.devDependencies?.[name];
  if (!dep) throw new Error(`pnpm-lock.yaml: importer ${importer} has no dependency ${name}`);
  return dep.version;
}

const packageKey = (snapshotKey: string): string => snapshotKey.replace(/\(.*$/, '');

/** Creates an empty temporary folder outside the workspace with the consumer project's sources and the examples. */
export function createConsumerDir(template: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'treatykit-consumer-'));
  cpSync(template, dir, { recursive: true });
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  return dir;
}

/**
 * Writes the consumer project's `package.json`, which depends on the tarballs in `dir/tarballs` (and on zod,
 * TypeScript and @types/node for the type check), and a `pnpm-lock.yaml` that pins every third-party package to
 * the version the workspace lockfile has. With that lockfile `pnpm install --offline` needs no registry metadata:
 * everything comes from the tarballs and the local store.
 */
export function writeConsumerManifest(dir: string, packed: readonly Packed[]): void {
  const lock = parse(readFileSync(join(ROOT, 'pnpm-lock.yaml'), 'utf8')) as Lockfile;
  const local = new Map<string, { spec: string; packed: Packed; integrity: string }>();
  for (const p of packed) {
    const rel = `tarballs/${basename(p.tarball)}`;
    const integrity = `sha512-${createHash('sha512').update(readFileSync(p.tarball)).digest('base64')}`;
    local.set(p.name, { spec: `file:${rel}`, packed: p, integrity });
  }

  const dependencies: Record<string, string> = {};
  const importer: Record<string, LockDep> = {};
  for (const [name, l] of local) {
    dependencies[name] = l.spec;
    importer[name] = { specifier: l.spec, version: l.spec };
  }
  for (const [name, from] of Object.entries(CONSUMER_TOOLS)) {
    const version = importerVersion(lock, from, name);
    dependencies[name] = packageKey(version);
    importer[name] = { specifier: packageKey(version), version };
  }
  // The tarballs depend on each other by version (pnpm pack turns `workspace:^` into `^x.y.z`), which is not on
  // any registry yet: the overrides point those ranges at the tarballs.
  const overrides = Object.fromEntries([...local].map(([name, l]) => [name, l.spec]));
  const manifest = { name: 'treatykit-consumer', private: true, type: 'module', dependencies, pnpm: { overrides } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

  const packages: Lockfile['packages'] = {};
  const snapshots: Lockfile['snapshots'] = {};
  const queue: string[] = Object.entries(importer)
    .filter(([name]) => !local.has(name))
    .map(([name, d]) => `${name}@${d.version}`);
  for (const [name, l] of local) {
    const key = `${name}@${l.spec}`;
    packages[key] = { resolution: { integrity: l.integrity, tarball: l.spec }, version: l.packed.version };
    const deps: Record<string, string> = {};
    for (const dep of Object.keys(l.packed.manifest.dependencies ?? {})) {
      const target = local.get(dep);
      if (target) deps[dep] = target.spec;
      else {
        const version = importerVersion(lock, l.packed.dir, dep);
        deps[dep] = version;
        queue.push(`${dep}@${version}`);
      }
    }
    snapshots[key] = Object.keys(deps).length ? { dependencies: deps } : {};
  }
  while (queue.length) {
    const key = queue.pop()!;
    if (snapshots[key]) continue;
    const snap = lock.snapshots[key];
    const pkg = lock.packages[packageKey(key)];
    if (!snap || !pkg) throw new Error(`pnpm-lock.yaml has no entry for ${key}`);
    snapshots[key] = snap;
    packages[packageKey(key)] = pkg;
    for (const deps of [snap.dependencies, snap.optionalDependencies]) {
      for (const [name, version] of Object.entries(deps ?? {})) queue.push(`${name}@${version}`);
    }
  }
  const sorted = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  const consumerLock = {
    lockfileVersion: lock.lockfileVersion,
    settings: lock.settings,
    overrides,
    importers: { '.': { dependencies: sorted(importer) } },
    packages: sorted(packages),
    snapshots: sorted(snapshots),
  };
  writeFileSync(join(dir, 'pnpm-lock.yaml'), stringify(consumerLock, { lineWidth: 0 }));
}

/** Installs the consumer project from its lockfile, offline, with the workspace's store and no registry. */
export async function installOffline(dir: string): Promise<string> {
  const store = (await pnpm(['store', 'path'], ROOT)).trim();
  return pnpm(
    ['install', '--offline', '--frozen-lockfile', `--store-dir=${store}`, `--registry=${NO_REGISTRY}`, '--reporter=append-only', '--config.confirmModulesPurge=false'],
    dir,
    cleanEnv(),
  );
}
