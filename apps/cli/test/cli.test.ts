import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeParseArticle } from '@treatykit/core';
import { describe, expect, it } from 'vitest';

const bin = new URL('../dist/bin.cjs', import.meta.url).pathname;
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

// A folder with the first `count` dev-corpus articles (plain, Markdown and CRLF ones among the first six).
function fixtureFolder(count = 13): { dir: string; input: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'treatykit-'));
  const input = join(dir, 'in');
  mkdirSync(input, { recursive: true });
  const corpus = new URL('../../../corpus/dev/', import.meta.url).pathname;
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt')).sort().slice(0, count)) copyFileSync(join(corpus, f), join(input, f));
  return { dir, input, out: join(dir, 'out') };
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

describe('treatykit build, batch behaviour', () => {
  it('writes the same bytes in every format with --jobs 1 and --jobs 2', () => {
    const { input, dir } = fixtureFolder(6);
    const one = run(['build', input, '--out', join(dir, 'one'), '--jobs', '1']);
    const two = run(['build', input, '--out', join(dir, 'two'), '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const a = snapshot(join(dir, 'one'));
    expect(Object.keys(a)).toHaveLength(6 * 4 + 1);
    expect(Object.keys(a).filter((f) => f.endsWith('.pdf'))).toHaveLength(6);
    expect(readFileSync(join(dir, 'one', 'ussr-and-japan-sign-neutrality-pact.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(snapshot(join(dir, 'two'))).toEqual(a);
  });

  it('skips unchanged articles, rebuilds a changed one, and --force rebuilds all', () => {
    const { input, out } = fixtureFolder();
    expect(run(['build', input, '--out', out, '--format', 'json', '--jobs', '1']).code).toBe(0);
    const again = run(['build', input, '--out', out, '--format', 'json', '--jobs', '1']);
    expect(again.stderr).toContain('13 ok (13 unchanged)');
    const file = join(input, '00-ussr-japan-neutrality-pact.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('key figures', 'central figures'));
    expect(run(['build', input, '--out', out, '--format', 'json', '--jobs', '1']).stderr).toContain('13 ok (12 unchanged)');
    expect(run(['build', input, '--out', out, '--format', 'md', '--jobs', '1']).stderr).toContain('13 ok, 0 failed, 14 files written');
    expect(run(['build', input, '--out', out, '--format', 'md', '--jobs', '1', '--force']).stderr).toContain('13 ok, 0 failed, 14 files written');
  });

  it('keeps the previous good output of an article that now fails', () => {
    const { input, out } = fixtureFolder();
    run(['build', input, '--out', out, '--format', 'json', '--jobs', '1']);
    const target = join(out, 'ussr-and-japan-sign-neutrality-pact.json');
    const before = readFileSync(target, 'utf8');
    writeFileSync(join(input, '00-ussr-japan-neutrality-pact.txt'), 'USSR and Japan Sign Neutrality Pact\n');
    const r = run(['build', input, '--out', out, '--format', 'json', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('expands a quoted glob and reads stdin with -', () => {
    const { input, out } = fixtureFolder();
    const r = run(['build', join(input, '0[0-2]-*.txt'), '--out', out, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^3 articles/m);
    const piped = run(['build', '-', '--out', join(out, 'stdin'), '--format', 'json'], readFileSync(example, 'utf8'));
    expect(piped.code).toBe(0);
    expect(readdirSync(join(out, 'stdin')).sort()).toEqual(['index.json', 'ussr-and-japan-sign-neutrality-pact.json']);
  });

  it('rejects bad options with exit 2 and writes nothing', () => {
    const { input, out } = fixtureFolder();
    for (const args of [['--format', 'docx'], ['--jobs', '0'], ['--paper', 'a3'], ['--base-url', 'not a url']]) {
      const r = run(['build', input, '--out', out, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^treatykit: /);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('shows a progress bar on a terminal and nothing but the summary otherwise', () => {
    const { input, out } = fixtureFolder();
    // `script` runs the command under a pseudo-terminal, so stderr is a TTY.
    const tty = spawnSync('script', ['-qec', `${process.execPath} ${bin} build ${input} --out ${out} --format json --jobs 1`, '/dev/null'], { encoding: 'utf8' });
    expect(tty.stdout).toMatch(/\[#+\.*\] \d+\/13 articles/);
    const plain = run(['build', input, '--out', out + '2', '--format', 'json', '--jobs', '1']);
    expect(plain.stderr).not.toContain('[#');
    expect(plain.stderr.trim().split('\n').at(-1)).toMatch(/^13 articles, 13 ok, 0 failed, 14 files written in [\d.]+ s$/);
  });
});

describe('treatykit build --format jsonld', () => {
  it('writes schema.org JSON-LD under the given base URL, validated offline with no problems', () => {
    const { input, out } = fixtureFolder();
    const r = run(['build', input, '--out', out, '--format', 'jsonld', '--base-url', 'https://example.org/treaties']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('warning jsonld');
    const doc = JSON.parse(readFileSync(join(out, 'ussr-and-japan-sign-neutrality-pact.jsonld'), 'utf8')) as { '@graph': { '@id': string; '@type': string }[] };
    expect(doc['@graph'].find((n) => n['@type'] === 'Article')?.['@id']).toBe('https://example.org/treaties/ussr-and-japan-sign-neutrality-pact');
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { articles: { warnings: string[] }[] };
    expect(index.articles.flatMap((a) => a.warnings)).toEqual([]);
  });
});

describe('treatykit build --watch', () => {
  it('rebuilds what changed, keeps going after a broken file, and stops cleanly on SIGINT', async () => {
    const { input, out } = fixtureFolder();
    const child = spawn(process.execPath, [bin, 'build', input, '--out', out, '--format', 'json', '--jobs', '1', '--watch'], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    const waitFor = (re: RegExp): Promise<void> =>
      new Promise((resolveWait, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re} in:\n${stderr}`)), 30_000);
        const check = (): void => {
          if (re.test(stderr)) {
            clearTimeout(timer);
            child.stderr.off('data', check);
            resolveWait();
          }
        };
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          check();
        });
        check();
      });
    // A failed wait must not leave the watcher running after the test.
    const cleanup = setTimeout(() => child.kill('SIGKILL'), 55_000);
    child.on('exit', () => clearTimeout(cleanup));
    await waitFor(/watching /);
    writeFileSync(join(input, '99-broken.txt'), 'Nothing to see\n');
    await waitFor(/14 articles, 13 ok \(13 unchanged\), 1 failed/);
    writeFileSync(join(input, '99-broken.txt'), readFileSync(example, 'utf8').replace('USSR and Japan Sign Neutrality Pact', 'USSR and Japan Sign Another Pact'));
    await waitFor(/14 articles, 14 ok \(13 unchanged\), 0 failed/);
    expect(existsSync(join(out, 'ussr-and-japan-sign-another-pact.json'))).toBe(true);
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});

describe('treatykit validate', () => {
  it('prints stable JSON diagnostics and fails with --strict on warnings', () => {
    const { input } = fixtureFolder();
    writeFileSync(join(input, 'zz-bad.txt'), 'Headline\nGermany and France talked.\n');
    const r = run(['validate', input, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { path: string; ok: boolean; diagnostics: { code: string; span: unknown }[] }[]; summary: { failed: number } };
    expect(report.summary.failed).toBe(1);
    const bad = report.files.find((f) => f.path.endsWith('zz-bad.txt'));
    expect(bad?.diagnostics.map((d) => d.code)).toContain('missing_signing_date');
    const noPlace = join(input, 'no-place.txt');
    writeFileSync(noPlace, 'Two Powers Agree\nOn 1 May 1900, Sweden and Norway signed a treaty.\nA fact\nWhat Happened?\nThey signed.\n');
    expect(run(['validate', noPlace]).code).toBe(0);
    expect(run(['validate', noPlace, '--strict']).code).toBe(1);
  });
});

describe('treatykit --version and --help', () => {
  it('prints the version', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('documents exit codes and examples in the help of each command', () => {
    for (const cmd of ['parse', 'build', 'validate', 'schema']) {
      const r = run([cmd, '--help']);
      expect(r.code).toBe(0);
      if (cmd !== 'schema') expect(r.stdout).toContain('Exit codes');
      expect(r.stdout).toContain(`treatykit ${cmd}`);
    }
  });
});

// The CLI carries its own copy of @treatykit/core, bundled and rewritten to ASCII (scripts/bundle.mjs):
// it must read every article exactly as the package does, typographic apostrophes and dashes
// (the characters the rewriting touches) included.
describe('the bundled parser', () => {
  it('gives every corpus article, also with curly apostrophes and en dashes, the model @treatykit/core gives', () => {
    const corpus = new URL('../../../corpus/', import.meta.url).pathname;
    const input = mkdtempSync(join(tmpdir(), 'treatykit-same-in-'));
    const out = mkdtempSync(join(tmpdir(), 'treatykit-same-out-'));
    let count = 0;
    for (const set of ['dev', 'holdout', 'fresh']) {
      for (const f of readdirSync(join(corpus, set)).filter((x) => /\.(txt|md)$/.test(x))) {
        const text = readFileSync(join(corpus, set, f), 'utf8');
        const typographic = text.replace(/(\p{L})'(\p{L})/gu, '$1\u2019$2').replace(/(\d)-(\d)/g, '$1\u2013$2').replace(/ - /g, ' \u2013 ');
        writeFileSync(join(input, `${set}-${f}`), text);
        writeFileSync(join(input, `${set}-typographic-${f}`), typographic);
        count += 2;
      }
    }
    const r = run(['build', input, '--out', out, '--format', 'json', '--jobs', '2', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { articles: { source: string; outputs: string[] }[] };
    expect(index.articles).toHaveLength(count);
    for (const article of index.articles) {
      const text = readFileSync(article.source, 'utf8');
      const expected = safeParseArticle(text, { path: article.source, format: article.source.endsWith('.md') ? 'markdown' : 'auto' });
      if (!expected.success) throw new Error(`${article.source} does not parse`);
      expect(JSON.parse(readFileSync(join(out, article.outputs[0] ?? ''), 'utf8')), article.source).toEqual(JSON.parse(JSON.stringify(expected.model)));
    }
  });
});

// The root's `pnpm start` runs this package's bin by path; a renamed bin must not leave it behind.
describe('the root script `pnpm start`', () => {
  it('runs the file this package declares as its bin, which the build made', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const bins = (JSON.parse(readFileSync(join(root, 'apps/cli/package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
    const ran = /\bnode (\S+)/.exec(scripts['start'] ?? '')?.[1];
    expect(ran).toBe(join('apps/cli', bins['treatykit'] ?? ''));
    expect(existsSync(join(root, ran ?? ''))).toBe(true);
  });
});

