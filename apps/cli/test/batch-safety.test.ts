import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, examplesDir, isRoot, run, runAsync, STACK_TRACE, tempDir } from './helpers.js';

const example = join(examplesDir, 'ussr-japan-neutrality-pact.txt');
const TEMP = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

// A folder with the first `count` dev-corpus articles.
function articles(count: number): { dir: string; input: string; out: string } {
  const dir = tempDir();
  const input = join(dir, 'in');
  mkdirSync(input);
  for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.txt')).sort().slice(0, count)) copyFileSync(join(corpusDir, f), join(input, f));
  return { dir, input, out: join(dir, 'out') };
}

// Every file in a folder (not its subfolders) with its bytes.
function files(dir: string): Record<string, Buffer> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}

interface Index {
  articles: { source: string; id: string | null; status: string; outputs: string[]; diagnostics: { code: string; message: string }[] }[];
}
const readIndex = (out: string): Index => JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as Index;

// A pid that belonged to a process that has exited.
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('an input that cannot be read', () => {
  it('is reported with its reason while the other articles are built (a link to a file that is gone)', () => {
    const { input, out } = articles(2);
    symlinkSync(join(input, 'no-such-target.txt'), join(input, '00-gone.txt'));
    const r = run(['build', input, '--out', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${join(input, '00-gone.txt')}: cannot read input: no such file (or a link to a file that is gone)`);
    expect(r.stderr).toMatch(/^3 articles, 2 ok, 1 failed, 3 files written/m);
    expect(readIndex(out).articles[0]?.diagnostics.map((d) => d.code)).toEqual(['unreadable_input']);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('is a link out of the input folder: refused, so nobody who can write the folder can have another file published', () => {
    const { dir, input, out } = articles(1);
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, readFileSync(example, 'utf8').replace('USSR and Japan Sign Neutrality Pact', 'Secret Pact'));
    symlinkSync(secret, join(input, '00-outside.txt'));
    symlinkSync(join(input, readdirSync(input).find((f) => f.startsWith('00-ussr')) ?? ''), join(input, '01-inside.txt'));
    const r = run(['build', input, '--out', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${join(input, '00-outside.txt')}: cannot read input: a link to ${realpathSync(secret)}, outside the folder ${input}; give it as an INPUT of its own to read it`);
    expect(r.stderr).toMatch(/^3 articles, 2 ok, 1 failed/m);
    expect(readdirSync(out).some((f) => f.startsWith('secret'))).toBe(false);
    // Named on its own, the same file is read.
    expect(run(['build', join(input, '00-outside.txt'), '--out', out, '--format', 'json']).code).toBe(0);
    const v = run(['validate', input, '--json']);
    const report = JSON.parse(v.stdout) as { files: { path: string; diagnostics: { code: string }[] }[] };
    expect(report.files.find((f) => f.path.endsWith('00-outside.txt'))?.diagnostics.map((d) => d.code)).toEqual(['unreadable_input']);
  });

  it('is reported when it is a folder, not a file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.txt'));
    const r = run(['parse', join(dir, 'folder.txt')]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toBe(`${join(dir, 'folder.txt')}: cannot read input: is a folder, not a file\n`);
  });

  it.skipIf(isRoot)('is reported when permissions forbid reading it (skipped as root, who may read any file)', () => {
    const { input, out } = articles(2);
    const locked = join(input, '00-locked.txt');
    copyFileSync(example, locked);
    chmodSync(locked, 0o000);
    const r = run(['build', input, '--out', out, '--format', 'json']);
    chmodSync(locked, 0o644);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${locked}: cannot read input: permission denied`);
    expect(r.stderr).toMatch(/^3 articles, 2 ok, 1 failed/m);
  });
});

describe('an output folder that cannot be written', () => {
  it('stops with exit 2 and a clear message when --out is a file, or inside one', () => {
    const { dir, input } = articles(1);
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const r = run(['build', input, '--out', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`treatykit: cannot write ${file}: --out names a file, not a folder`);
    const inside = run(['build', input, '--out', join(file, 'out'), '--format', 'json']);
    expect(inside.code, inside.stderr).toBe(2);
    expect(inside.stderr).toContain(`treatykit: cannot write ${join(file, 'out')}: a part of the path is a file, not a folder (ENOTDIR)`);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
    for (const x of [r, inside]) expect(x.stderr).not.toMatch(STACK_TRACE);
  });

  it.skipIf(isRoot)('stops with exit 2 when permissions forbid writing (skipped as root, who may write anywhere)', () => {
    const { input, out } = articles(1);
    mkdirSync(out);
    chmodSync(out, 0o555);
    const r = run(['build', input, '--out', out, '--format', 'json']);
    chmodSync(out, 0o755);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('permission denied (EACCES)');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('a write that fails partway through a batch', () => {
  it('keeps every output written before it whole, leaves no temporary file, and a rerun finishes the rest', () => {
    const { input, out } = articles(6);
    // The first build writes good outputs; then every article changes and the rebuild meets a
    // folder where the fourth article's JSON must go, which makes its write fail like a full disk.
    expect(run(['build', input, '--out', out, '--format', 'json,md']).code).toBe(0);
    const before = files(out);
    const names = readIndex(out).articles.map((a) => a.id ?? '');
    for (const f of readdirSync(input)) writeFileSync(join(input, f), readFileSync(join(input, f), 'utf8').replace(/\s*$/, '\nWhy Does it Matter?\nA line added for the rebuild.\n'));
    rmSync(join(out, `${names[3]}.json`));
    mkdirSync(join(out, `${names[3]}.json`));
    const r = run(['build', input, '--out', out, '--format', 'json,md', '--jobs', '2']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`treatykit: cannot write ${join(out, `${names[3]}.json`)}: a folder is in the way (EISDIR); the outputs already written are complete, and running the build again finishes the rest`);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const after = files(out);
    expect(Object.keys(after).filter((f) => TEMP.test(f))).toEqual([]);
    // Articles 1-3 were rebuilt, 5 and 6 keep their previous outputs byte for byte.
    for (const n of [0, 1, 2]) expect(after[`${names[n]}.md`]?.toString()).toContain('A line added for the rebuild.');
    for (const n of [4, 5]) for (const ext of ['json', 'md']) expect(after[`${names[n]}.${ext}`]).toEqual(before[`${names[n]}.${ext}`]);
    // The index records what was rebuilt, so the rerun skips it.
    expect(readIndex(out).articles.map((a) => a.status)).toEqual(['built', 'built', 'built', 'built', 'built', 'built']);
    rmSync(join(out, `${names[3]}.json`), { recursive: true });
    const rerun = run(['build', input, '--out', out, '--format', 'json,md']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(/^6 articles, 6 ok \(3 unchanged\), 0 failed, 7 files written/m);
    for (const n of [3, 4, 5]) expect(readFileSync(join(out, `${names[n]}.md`), 'utf8')).toContain('A line added for the rebuild.');
  });

  const canMount = isRoot && spawnSync('sh', ['-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs "$d" && umount "$d"; r=$?; rmdir "$d"; exit $r']).status === 0;

  it.runIf(canMount)('on a disk that is really full (a small tmpfs; runs as root where mounting is allowed) reports ENOSPC and loses nothing', () => {
    const { dir, input } = articles(6);
    const out = join(dir, 'small-disk');
    mkdirSync(out);
    spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', out]);
    try {
      const r = run(['build', input, '--out', out, '--format', 'json,md', '--jobs', '1']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('no space left on the device (ENOSPC)');
      expect(r.stderr).not.toMatch(STACK_TRACE);
      const written = readdirSync(out);
      expect(written.filter((f) => TEMP.test(f))).toEqual([]);
      for (const f of written.filter((x) => x.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')) as unknown).not.toThrow();
      spawnSync('mount', ['-o', 'remount,size=2m', out]);
      const rerun = run(['build', input, '--out', out, '--format', 'json,md', '--jobs', '1']);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stderr).toMatch(/^6 articles, 6 ok/m);
    } finally {
      spawnSync('umount', [out]);
    }
  });

  it.runIf(canMount)('on a read-only file system (runs as root where mounting is allowed) reports EROFS', () => {
    const { dir, input } = articles(1);
    const out = join(dir, 'read-only');
    mkdirSync(out);
    spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=16k', 'tmpfs', out]);
    try {
      const r = run(['build', input, '--out', out, '--format', 'json']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('the file system is read-only (EROFS)');
    } finally {
      spawnSync('umount', [out]);
    }
  });
});

describe('a build that is killed', () => {
  it('leaves every output whole (old or new), and the next build removes its temporary files and finishes', async () => {
    const { input, out } = articles(8);
    expect(run(['build', input, '--out', out, '--jobs', '1']).code).toBe(0);
    const reference = files(out);
    // A temporary file of a process that is gone, and one of a process that still runs (this one).
    writeFileSync(join(out, `.stale.json.${deadPid()}.0badf00d.tmp`), '{"half":');
    writeFileSync(join(out, `.busy.json.${process.pid}.cafebabe.tmp`), '{"half":');

    const started = Date.now();
    const child = spawn(process.execPath, [new URL('../dist/bin.cjs', import.meta.url).pathname, 'build', input, '--out', out, '--jobs', '1', '--force'], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill it as soon as it has replaced a few outputs, in the middle of the batch.
    for (let tries = 0; tries < 3000; tries++) {
      const replaced = readdirSync(out).filter((f) => !f.startsWith('.') && statSync(join(out, f)).mtimeMs >= started).length;
      if (replaced >= 3 || child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // Whatever was replaced was replaced whole: every output has its reference bytes.
    const after = files(out);
    for (const [name, bytes] of Object.entries(after)) if (!name.startsWith('.')) expect(bytes, name).toEqual(reference[name]);

    const rerun = run(['build', input, '--out', out, '--jobs', '1']);
    expect(rerun.code, rerun.stderr).toBe(0);
    const final = files(out);
    expect(Object.keys(final).filter((f) => f.startsWith('.'))).toEqual([`.busy.json.${process.pid}.cafebabe.tmp`]);
    for (const [name, bytes] of Object.entries(reference)) if (name !== 'index.json') expect(final[name], name).toEqual(bytes);
    expect(readIndex(out).articles.every((a) => a.status !== 'failed')).toBe(true);
  });
});

describe('two builds into the same --out at once', () => {
  it('write whole files and a valid index, the same as one build', async () => {
    const { dir, input, out } = articles(5);
    const reference = join(dir, 'reference');
    expect(run(['build', input, '--out', reference, '--jobs', '1']).code).toBe(0);
    const runs = await Promise.all([1, 2].map(() => runAsync(['build', input, '--out', out, '--jobs', '1', '--force'])));
    for (const r of runs) {
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.code, r.stderr).toBe(0);
    }
    const a = files(reference);
    const b = files(out);
    expect(Object.keys(b).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) if (name !== 'index.json') expect(b[name], name).toEqual(a[name]);
    expect(readIndex(out).articles.map((x) => x.id)).toEqual(readIndex(reference).articles.map((x) => x.id));
  });
});

describe('output names across builds', () => {
  it('a new article never takes the name, and overwrites the outputs, of one that is unchanged', () => {
    const { input, out } = articles(0);
    const text = readFileSync(example, 'utf8');
    writeFileSync(join(input, 'b.txt'), text);
    expect(run(['build', input, '--out', out, '--format', 'json']).code).toBe(0);
    const first = readFileSync(join(out, 'ussr-and-japan-sign-neutrality-pact.json'), 'utf8');
    // Same headline, earlier in input order, different text.
    writeFileSync(join(input, 'a.txt'), text.replace('key figures', 'central figures'));
    const r = run(['build', input, '--out', out, '--format', 'json']);
    expect(r.stderr).toMatch(/^2 articles, 2 ok \(1 unchanged\)/m);
    expect(readIndex(out).articles.map((a) => [a.source.slice(input.length + 1), a.id])).toEqual([
      ['a.txt', 'ussr-and-japan-sign-neutrality-pact-2'],
      ['b.txt', 'ussr-and-japan-sign-neutrality-pact'],
    ]);
    expect(readFileSync(join(out, 'ussr-and-japan-sign-neutrality-pact.json'), 'utf8')).toBe(first);
  });
});

describe('an article that takes too long', () => {
  it('fails with conversion_timeout after --timeout seconds while the batch goes on', () => {
    const { input, out } = articles(3);
    // No real article converts in a millisecond, so every one runs into the limit.
    const r = run(['build', input, '--out', out, '--format', 'json', '--jobs', '2', '--timeout', '0.001']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^3 articles, 0 ok, 3 failed, 1 files written/m);
    expect(r.stderr).toContain('error conversion_timeout: converting took longer than the limit of 0.001 s and was stopped; raise it with --timeout');
    expect(readIndex(out).articles.map((a) => a.diagnostics[0]?.code)).toEqual(['conversion_timeout', 'conversion_timeout', 'conversion_timeout']);
    // With a real limit the same articles build.
    expect(run(['build', input, '--out', out, '--format', 'json', '--jobs', '2', '--timeout', '120']).code).toBe(0);
    const bad = run(['build', input, '--out', out, '--timeout', 'soon']);
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain('--timeout expects a number of seconds (0 for no limit), found "soon"');
  });
});

describe('an article that outgrows a worker’s heap', () => {
  it('is converted again in a worker without the limit, with the same outputs', () => {
    const { input, out } = articles(3);
    const roomy = join(tempDir(), 'out');
    expect(run(['build', input, '--out', roomy, '--jobs', '2']).code).toBe(0);
    // A heap this small runs out before any article is done, so every article takes the retry.
    const r = run(['build', input, '--out', out, '--jobs', '2'], { env: { TREATYKIT_WORKER_HEAP_MB: '4' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const files = readdirSync(roomy).filter((f) => f !== 'index.json').sort();
    expect(readdirSync(out).filter((f) => f !== 'index.json').sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(out, f)), f).toEqual(readFileSync(join(roomy, f)));
  });
});

describe('10,000 tiny files in one folder', () => {
  it('are all built or reported, with bounded open files, in one batch', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    for (let i = 0; i < 10_000; i++) {
      const n = String(i).padStart(5, '0');
      // Every tenth is only a headline, which fails; the rest are tiny but complete treaties.
      writeFileSync(join(input, `${n}.txt`), i % 10 === 9 ? `Tiny ${n}\n` : `Pact ${n}\nOn 1 May 1900, Sweden and Norway signed a treaty in Oslo.\n`);
    }
    const out = join(dir, 'out');
    const r = run(['build', input, '--out', out, '--format', 'json', '--jobs', '2']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).toMatch(/^10000 articles, 9000 ok, 1000 failed, 9001 files written/m);
    const index = readIndex(out);
    expect(index.articles).toHaveLength(10_000);
    const built = index.articles.filter((a) => a.status === 'built');
    expect(new Set(built.map((a) => a.id)).size).toBe(9000);
    expect(readdirSync(out)).toHaveLength(9001);
    expect(existsSync(join(out, 'pact-00000.json'))).toBe(true);
  });
});
