import { afterEach, describe, expect, it, vi } from 'vitest';
import { toPdf } from '../src/index.js';
import {
  example,
  pageContents,
  pdfFile,
  pdfFonts,
  pdfInfo,
  qpdfCheck,
  run,
  uncompressed,
  unmarkedOperators,
  withFields,
} from './helpers.js';

describe('accessibility', async () => {
  const model = example();
  const path = pdfFile((await toPdf(model)).bytes);
  const pdf = uncompressed(path);

  it('is a tagged PDF with a title shown in the window, a language and metadata', () => {
    const info = pdfInfo(path);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe('USSR and Japan Sign Neutrality Pact');
    expect(info['Subject']).toBe('USSR and Japan Sign Neutrality Pact: signed 13 April 1941 in Moscow');
    expect(info['Keywords']).toBe('Soviet Union, Japan, neutrality, non-aggression');
    expect(info['Metadata Stream']).toBe('yes');
    expect(pdf).toMatch(/\/Lang \(en\)/);
    expect(pdf).toMatch(/\/DisplayDocTitle true/);
    expect(pdf).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(pdf).toMatch(/\/Marked true/);
    expect(pdf).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>');
  });

  it('has a logical structure: document, headings, paragraphs, table, list', () => {
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
    for (const type of ['Document', 'H1', 'H2', 'P', 'Sect', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody']) {
      expect(pdf, type).toMatch(new RegExp(`/S /${type}\\b`));
    }
    expect(pdf).toMatch(/\/Scope \/Row/);
    // Decoration is marked as artifacts so that screen readers skip it.
    expect(pdf).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
    expect(pdf).toMatch(/\/Artifact <<\s*\/Type \/Layout\s*>> BDC/);
  });

  it('leaves no text or drawing outside the structure tree or an artifact', () => {
    const pages = pageContents(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/\nBT\n/);
    expect(unmarkedOperators(pages[0] ?? '')).toEqual([]);
  });

  it('puts the structure in reading order', () => {
    const tree = run('pdfinfo', ['-struct-text', path]);
    const order = ['H1', 'At a glance', 'Parties', 'Soviet Union, Japan', 'Key facts', 'What Happened?', 'Why Does it Matter?'];
    let from = 0;
    for (const item of order) {
      const at = tree.indexOf(item, from);
      expect(at, item).toBeGreaterThan(-1);
      from = at;
    }
    expect(tree).toMatch(/TH:\s+\/Scope \/Row\s+"Signatories"/);
  });

  it('lets the language be set', async () => {
    const german = uncompressed(pdfFile((await toPdf(model, { lang: 'de-CH' })).bytes));
    expect(german).toMatch(/\/Lang \(de-CH\)/);
  });

  it('escapes the metadata so that "&" and "<" in a title keep the XMP well-formed', async () => {
    const title = 'Treaty of Friendship & Alliance <Draft>';
    const bytes = (await toPdf(withFields(model, { title }))).bytes;
    const file = pdfFile(bytes);
    expect(pdfInfo(file)['Title']).toBe(title);
    const xmp = run('pdfinfo', ['-meta', file]);
    expect(xmp).toContain('Treaty of Friendship &#38; Alliance &#60;Draft&#62;');
    expect(xmp).not.toContain('& Alliance');
  });
});

describe('PDF/A', async () => {
  const path = pdfFile((await toPdf(example(), { pdfa: true })).bytes);

  it('declares PDF/A-2b in the XMP metadata and carries an sRGB output intent', () => {
    const xmp = run('pdfinfo', ['-meta', path]);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<dc:title>');
    const pdf = uncompressed(path);
    expect(pdf).toMatch(/\/OutputIntents \[/);
    expect(pdf).toMatch(/\/S \/GTS_PDFA1/);
    expect(pdf).toMatch(/\(sRGB IEC61966-2\.1\)/);
  });

  it('stays tagged, clean and fully embedded', () => {
    expect(pdfInfo(path)['Tagged']).toBe('yes');
    qpdfCheck(path);
    for (const font of pdfFonts(path)) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  it('is not claimed without the option', async () => {
    const xmp = run('pdfinfo', ['-meta', pdfFile((await toPdf(example())).bytes)]);
    expect(xmp).not.toContain('pdfaid');
  });
});

describe('reproducibility', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('gives the same bytes for the same model', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    const model = example();
    const first = await toPdf(model);
    const second = await toPdf(structuredClone(model));
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const pdfa = await toPdf(model, { pdfa: true });
    expect(Buffer.from((await toPdf(model, { pdfa: true })).bytes).equals(Buffer.from(pdfa.bytes))).toBe(true);
  });

  it('never reads the clock: without a date it uses the Unix epoch', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    const info = pdfInfo(pdfFile((await toPdf(example())).bytes));
    expect(info['CreationDate']).toBe('Thu Jan  1 00:00:00 1970 UTC');
  });

  it('takes the creation date from SOURCE_DATE_EPOCH', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    const result = await toPdf(example());
    expect(result.warnings).toEqual([]);
    const file = pdfFile(result.bytes);
    expect(pdfInfo(file)['CreationDate']).toBe('Tue Nov 14 22:13:20 2023 UTC');
    expect(run('pdfinfo', ['-meta', file])).toContain('<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>');
  });

  it('prefers the creationDate option to SOURCE_DATE_EPOCH', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    const result = await toPdf(example(), { creationDate: new Date('1941-04-13T12:00:00Z') });
    expect(pdfInfo(pdfFile(result.bytes))['CreationDate']).toBe('Sun Apr 13 12:00:00 1941 UTC');
  });

  it('warns about a SOURCE_DATE_EPOCH that is not a number of seconds, and uses the epoch', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', 'yesterday');
    const result = await toPdf(example());
    expect(result.warnings).toEqual([
      { code: 'invalid_source_date_epoch', message: expect.stringContaining('"yesterday"'), value: 'yesterday' },
    ]);
    expect(pdfInfo(pdfFile(result.bytes))['CreationDate']).toBe('Thu Jan  1 00:00:00 1970 UTC');
  });

  it('changes the bytes when the creation date changes', async () => {
    const a = await toPdf(example(), { creationDate: new Date('2020-01-01T00:00:00Z') });
    const b = await toPdf(example(), { creationDate: new Date('2021-01-01T00:00:00Z') });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(false);
  });
});

describe('options', () => {
  it('rejects options it cannot honour, naming them', async () => {
    await expect(toPdf(example(), { paper: 'a3' as 'a4' })).rejects.toThrow(/options\.paper must be 'a4' or 'letter', got "a3"/);
    await expect(toPdf(example(), { lang: 'not a tag' })).rejects.toThrow(/options\.lang/);
    await expect(toPdf(example(), { creationDate: new Date('nope') })).rejects.toThrow(/options\.creationDate/);
  });
});
