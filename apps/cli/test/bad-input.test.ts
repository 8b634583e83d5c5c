import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '@treatykit/core';
import { toHtmlScript, validateJsonLd, type JsonLdDocument } from '@treatykit/jsonld';
import { describe, expect, it } from 'vitest';
import { examplesDir, run, runAsync, STACK_TRACE, tempDir } from './helpers.js';

// Each folder in test/fixtures holds one bad (or awkward) input and `expected.txt`: the exit code,
// the id and title when it parses, and stderr of `treatykit parse`. A missing expected.txt is written
// on the first run and UPDATE=1 rewrites them all; changes to them are reviewed like code.
const fixturesDir = new URL('./fixtures/', import.meta.url).pathname;
const cases = readdirSync(fixturesDir).sort();

function inputOf(name: string): string {
  const input = readdirSync(join(fixturesDir, name)).find((f) => f.startsWith('input.'));
  if (!input) throw new Error(`fixture ${name} has no input.* file`);
  return input;
}

describe.concurrent('treatykit parse on bad input', () => {
  it.each(cases)('%s: gives the expected exit code and diagnostics, and never a stack trace', async (name) => {
    const cwd = join(fixturesDir, name);
    const r = await runAsync(['parse', inputOf(name)], { cwd });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect([0, 1, 2]).toContain(r.code);
    let actual = `exit ${r.code}\n`;
    if (r.code === 0) {
      const model = JSON.parse(r.stdout) as { id: string; title: string };
      actual += `id: ${model.id}\ntitle: ${model.title}\n`;
    } else {
      // A failure prints nothing on stdout, and says why on stderr.
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toBe('');
    }
    actual += `stderr:\n${r.stderr}`;
    const expectedFile = join(cwd, 'expected.txt');
    if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });
});

describe('treatykit build on a folder of bad input', () => {
  it('builds the good articles in every format and reports each bad one, without stopping the batch', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const name of cases) {
      const file = inputOf(name);
      copyFileSync(join(fixturesDir, name, file), join(input, `${name}${file.slice('input'.length)}`));
    }
    const out = join(dir, 'out');
    const r = run(['build', input, '--out', out, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { articles: { source: string; status: string; outputs: string[]; diagnostics: { code: string }[] }[] };
    expect(index.articles).toHaveLength(cases.length);
    const expectedOk = cases.filter((name) => readFileSync(join(fixturesDir, name, 'expected.txt'), 'utf8').startsWith('exit 0'));
    const ok = index.articles.filter((a) => a.status === 'built');
    expect(ok.map((a) => a.source.slice(input.length + 1).replace(/\.\w+$/, '')).sort()).toEqual(expectedOk);
    for (const a of index.articles) {
      if (a.status === 'built') expect(a.outputs.map((o) => o.replace(/^.*\./, ''))).toEqual(['json', 'jsonld', 'md', 'pdf']);
      else {
        expect(a.diagnostics.some((d) => d.code !== undefined)).toBe(true);
        // Every failure is named on stderr with the file it is about.
        expect(r.stderr).toContain(a.source);
      }
    }
    expect(r.stderr).toMatch(new RegExp(`^${cases.length} articles, ${expectedOk.length} ok, ${cases.length - expectedOk.length} failed, ${expectedOk.length * 4 + 1} files written`, 'm'));
    // Nothing but the outputs and the index: no temporary files, no folders.
    expect(readdirSync(out).filter((f) => f.startsWith('.') || !/^[a-z0-9-]+\.(json|jsonld|md|pdf)$/.test(f))).toEqual([]);
  });
});

describe('treatykit on very large input', () => {
  it('reads a 1 MB article on a single line in linear time and reports what it lacks', () => {
    const dir = tempDir();
    const file = join(dir, 'one-line.txt');
    const head = 'A pact of neutrality was signed between the USSR and Japan on April 13, 1941, in Moscow. ';
    const filler = 'The delegates talked about the weather and the harvest for a long time without a break. ';
    writeFileSync(file, head + filler.repeat(Math.ceil((1024 * 1024 - head.length) / filler.length)));
    const started = performance.now();
    const r = run(['parse', file]);
    const seconds = (performance.now() - started) / 1000;
    expect(r.stderr).not.toMatch(STACK_TRACE);
    // One line is a headline and nothing else: no lead, no sections.
    expect(r.stderr).toContain(`${file}: warning missing_sections:`);
    expect([0, 1]).toContain(r.code);
    expect(seconds).toBeLessThan(60);
  });

  it('refuses a 20 MB file by its size, without reading it, and builds the rest', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    copyFileSync(join(examplesDir, 'ussr-japan-neutrality-pact.txt'), join(input, 'good.txt'));
    // A sparse file: 20 MB long, no disk space, and only its size is looked at.
    const huge = join(input, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 20 * 1024 * 1024);
    const r = run(['build', input, '--out', join(dir, 'out'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${huge}: input is 20971520 bytes (20.0 MiB), larger than the limit of 5242880 bytes (5.0 MiB); raise it with --max-bytes`);
    expect(r.stderr).toMatch(/^2 articles, 1 ok, 1 failed, 2 files written/m);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('takes the size limit from --max-bytes, for files and for stdin', () => {
    const example = join(examplesDir, 'ussr-japan-neutrality-pact.txt');
    const size = readFileSync(example).length;
    const small = run(['parse', example, '--max-bytes', String(size - 1)]);
    expect(small.code, small.stderr).toBe(2);
    expect(small.stderr).toBe(`${example}: input is ${size} bytes (0.0 MiB), larger than the limit of ${size - 1} bytes (0.0 MiB); raise it with --max-bytes\n`);
    expect(run(['parse', example, '--max-bytes', String(size)]).code).toBe(0);
    const piped = run(['parse', '-', '--max-bytes', '100'], { input: readFileSync(example, 'utf8') });
    expect(piped.code, piped.stderr).toBe(2);
    expect(piped.stderr).toBe('<stdin>: input is larger than the limit of 100 bytes (0.0 MiB); raise it with --max-bytes\n');
    const bad = run(['parse', example, '--max-bytes', 'lots']);
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain('--max-bytes expects a positive whole number, found "lots"');
  });
});

describe('markup and template syntax in an article', () => {
  it('comes out as inert text in JSON, JSON-LD, Markdown and PDF', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const source = join(fixturesDir, 'markup-markdown', 'input.md');
    const r = run(['build', source, '--out', out, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    const name = 'japan-script-script-alert-1-script-and-ussr-sign-pact-process-env-home';
    expect(readdirSync(out).sort()).toEqual(['index.json', ...['json', 'jsonld', 'md', 'pdf'].map((e) => `${name}.${e}`)]);
    const title = 'Japan </script><script>alert(1)</script> and USSR Sign {{pact}} ${process.env.HOME}';

    // JSON and JSON-LD: the same strings, with <, > and & escaped so that even a file pasted
    // into an HTML <script> block cannot close it.
    const jsonText = readFileSync(join(out, `${name}.json`), 'utf8');
    const jsonldText = readFileSync(join(out, `${name}.jsonld`), 'utf8');
    for (const text of [jsonText, jsonldText]) expect(text).not.toMatch(/[<>]/);
    const model = JSON.parse(jsonText) as { title: string; summary: string; keyFacts: string[] };
    expect(model.title).toBe(title);
    expect(model.summary).toContain('<script>alert("lead")</script>');
    expect(model.keyFacts[0]).toContain('{{ five }}-year ${non}-aggression');
    // The Markdown link's javascript: target is not part of the text at all.
    expect(jsonText).not.toContain('javascript:alert(1)');
    const doc = JSON.parse(jsonldText) as JsonLdDocument;
    expect(await validateJsonLd(doc)).toEqual({ valid: true, problems: [] });
    expect(JSON.stringify(doc)).toContain(JSON.stringify(title).slice(1, -1));
    const script = toHtmlScript(doc);
    expect(script.match(/<\/script/gi)).toHaveLength(1);

    // Markdown: every < is escaped, so a CommonMark reader sees text, not HTML; no link targets.
    const md = readFileSync(join(out, `${name}.md`), 'utf8');
    const body = md.slice(md.indexOf('\n---\n') + 5);
    expect(body).not.toMatch(/(?<!\\)<[A-Za-z/!?]/);
    expect(body).not.toMatch(/\]\(\s*javascript:/i);
    // Template syntax is escaped for the engines that read a file before Markdown does (Liquid,
    // Hugo, Nunjucks, MDX, envsubst), with CommonMark escapes that a reader shows as the same text.
    expect(md).not.toMatch(/\{[{%#]|\$\{/);
    expect(body).toContain('Sign \\{\\{pact\\}\\} $\\{process.env.HOME\\}');
    expect(parseArticle(md).title).toBe(title);

    // PDF: the same text, and no JavaScript, links or actions.
    const pdf = join(out, `${name}.pdf`);
    const text = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text.status, `pdftotext (poppler-utils) is needed: ${text.stderr ?? text.error?.message}`).toBe(0);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(title);
    // Every object's names, without stream data: none runs code, opens a link or a form, or carries a file.
    const objects = spawnSync('qpdf', ['--json=2', '--json-key=qpdf', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(objects.status, `qpdf is needed: ${objects.stderr ?? objects.error?.message}`).toBe(0);
    expect(objects.stdout).toContain('"/Type"');
    expect(objects.stdout).not.toMatch(/"\/(?:JS|JavaScript|URI|Launch|OpenAction|AA|SubmitForm|ImportData|EmbeddedFiles?|RichMedia)"/);
  });
});

describe('headlines that look like paths or device names', () => {
  it('become safe, unique file names inside --out', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    const titles: Record<string, string> = {
      'a-dotdot': '../../etc/passwd',
      'b-device': 'CON',
      'c-slash': 'a/b',
      'd-long': `${'Treaty '.repeat(43)}End`,
      'e-emoji': '🕊️🤝📜',
      'f-index': 'Index',
      'g-slash-again': 'a/b',
      'h-windows': 'C:\\Windows\\System32',
      'i-nul': 'NUL',
    };
    for (const [file, title] of Object.entries(titles)) {
      writeFileSync(join(input, `${file}.txt`), `${title}\nA pact was signed between the USSR and Japan on April 13, 1941, in Moscow.\nA fact\nWhat Happened?\nThey signed.\n`);
    }
    const out = join(dir, 'out');
    const r = run(['build', input, '--out', out, '--format', 'json,md', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { articles: { source: string; id: string; outputs: string[] }[] };
    const ids = index.articles.map((a) => a.id);
    expect(ids.slice(0, 4)).toEqual(['etc-passwd', 'con-treaty', 'a-b', Array(11).fill('treaty').join('-')]);
    expect(ids[4]).toMatch(/^treaty-[0-9a-f]{12}$/);
    expect(ids.slice(5)).toEqual(['index-treaty', 'a-b-2', 'c-windows-system32', 'nul-treaty']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(120);
    // Everything is inside --out and nothing else was created: one folder level, nothing outside.
    expect(readdirSync(out).sort()).toEqual(['index.json', ...ids.flatMap((id) => [`${id}.json`, `${id}.md`])].sort());
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
    // index.json is still the index, not an article.
    expect(index.articles).toHaveLength(9);
  });
});
