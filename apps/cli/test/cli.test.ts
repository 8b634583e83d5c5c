import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../dist/bin.js', import.meta.url).pathname;
const examples = new URL('../../../examples/', import.meta.url).pathname;
const example = join(examples, 'ussr-japan-neutrality-pact.txt');

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('treatykit parse', () => {
  it('prints the model as JSON on stdout and exits 0', () => {
    const r = run(['parse', example]);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout) as { signed: { date: { iso: string } }; source: { path: string } };
    expect(model.signed.date.iso).toBe('1941-04-13');
    expect(model.source.path).toBe(example);
  });

  it('reads stdin with -', () => {
    const r = run(['parse', '-'], readFileSync(example, 'utf8'));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { source: { path: null } }).source.path).toBeNull();
  });

  it('reports errors as file:line:col: severity code: message and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treatykit-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'A Headline Only\nGermany and France talked at length.\n');
    const r = run(['parse', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:2:1: error missing_signing_date: `);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with a clear message for a missing file or a usage mistake', () => {
    const missing = run(['parse', '/no/such/file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('/no/such/file.txt: cannot read input: no such file');
    const usage = run(['frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('treatykit build', () => {
  it('writes one JSON file per article and an index; one bad file does not stop the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treatykit-'));
    const input = join(dir, 'in');
    mkdirSync(join(input, 'nested'), { recursive: true });
    copyFileSync(example, join(input, 'good.txt'));
    copyFileSync(join(examples, 'treaty-of-versailles.md'), join(input, 'nested', 'versailles.md'));
    writeFileSync(join(input, 'broken.txt'), 'Nothing Here\n');
    const out = join(dir, 'out');
    const r = run(['build', input, '--out', out, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/3 articles, 2 ok, 1 failed, 3 files written in [\d.]+ s/);
    expect(readdirSync(out).sort()).toEqual(['germany-signs-peace-treaty-in-the-hall-of-mirrors.json', 'index.json', 'ussr-and-japan-sign-neutrality-pact.json']);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { articles: { status: string; source: string }[] };
    expect(index.articles.map((a) => a.status)).toEqual(['failed', 'built', 'built']);
  });
});

describe('treatykit --version and --help', () => {
  it('prints the version', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('documents exit codes and examples in the help of each command', () => {
    for (const cmd of ['parse', 'build']) {
      const r = run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Exit codes');
      expect(r.stdout).toContain(`treatykit ${cmd}`);
    }
  });
});
