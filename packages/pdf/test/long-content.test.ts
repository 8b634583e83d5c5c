import { describe, expect, it } from 'vitest';
import { parseArticle } from '@treatykit/core';
import { toPdf } from '../src/index.js';
import {
  example,
  firstOutOfOrder,
  missingWordIndex,
  overlaps,
  pdfFile,
  pdfInfo,
  qpdfCheck,
  rawText,
  wordBoxes,
  withFields,
  words,
} from './helpers.js';

// Sentences to build a long, realistic "What Happened?" from; each paragraph is tagged with a
// unique marker word so that lost or reordered paragraphs show up.
const SENTENCES = [
  'The delegations met again in the long hall of the ministry, where the clerks had laid out fresh copies of the draft.',
  'Each article was read aloud twice, first in Russian and then in Japanese, before the interpreters compared their notes.',
  'Disputes over the fisheries in the northern waters took most of the morning and were settled only after lunch.',
  'The ambassador cabled Tokyo for instructions, and the reply came back within hours, approving the revised wording.',
  'Observers in Berlin and London followed the talks closely, unsure whether the agreement would shift the balance in Asia.',
  'By evening the two foreign ministers had agreed on every clause except the protocol on Mongolia and Manchukuo.',
  'A compromise was found late at night: each side would respect the territorial integrity of the other’s client state.',
  'Newspapers in both capitals printed the communiqué the following day, praising the spirit of mutual understanding.',
];

function longArticle(paragraphs: number, wordsEach: number): string {
  const body: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences = [`Paragraph marker${p} opens this part of the story.`];
    let count = 7;
    for (let s = 0; count < wordsEach; s++) {
      const sentence = SENTENCES[(p * 3 + s) % SENTENCES.length] as string;
      sentences.push(sentence);
      count += sentence.split(' ').length;
    }
    body.push(sentences.join(' '));
  }
  return [
    'USSR and Japan Sign Neutrality Pact',
    'A pact of neutrality was signed between the USSR and Japan on April 13, 1941, in Moscow. Soviet Foreign Minister Vyacheslav Molotov and Japanese Foreign Minister Yosuke Matsuoka signed it for five years.',
    'Established a five-year non-aggression agreement',
    'Negotiated by Molotov and Matsuoka in Moscow',
    'What Happened?',
    ...body,
    'Why Does it Matter?',
    'The pact let both powers turn their attention elsewhere, and it lasted until August 1945.',
  ].join('\n');
}

describe('a 5,000-word "What Happened?"', async () => {
  const model = parseArticle(longArticle(40, 125), { path: 'long.txt' });
  const result = await toPdf(model);
  const path = pdfFile(result.bytes);

  it('is really that long', () => {
    const happened = model.sections[0]?.paragraphs ?? [];
    expect(happened).toHaveLength(40);
    expect(happened.join(' ').split(/\s+/).length).toBeGreaterThanOrEqual(5000);
  });

  it('flows onto several clean pages', () => {
    expect(result.pages).toBeGreaterThanOrEqual(4);
    expect(pdfInfo(path)['Pages']).toBe(String(result.pages));
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors found');
  });

  it('repeats the header and footer, with the page number, on every page', () => {
    for (let page = 1; page <= result.pages; page++) {
      const text = rawText(path, page);
      expect(text).toContain(`Page ${page} of ${result.pages}`);
      expect(text).toContain(model.source.sha256);
      if (page > 1) expect(firstOutOfOrder(text, [model.title, 'Treaty fact sheet, continued'])).toBeNull();
    }
  });

  it('loses no word and keeps the paragraphs in order', () => {
    const all = words(rawText(path));
    let next = 0;
    for (const section of model.sections) {
      for (const paragraph of [section.heading, ...section.paragraphs]) {
        const found = missingWordIndex(all, words(paragraph), next);
        expect(found.index, `word ${found.index} of "${paragraph.slice(0, 40)}…"`).toBe(-1);
        next = found.next;
      }
    }
  });

  it('keeps every word inside the page and clear of the footer', () => {
    const boxes = wordBoxes(path);
    expect(boxes.length).toBeGreaterThan(5000);
    for (const box of boxes) {
      expect(box.xMin).toBeGreaterThanOrEqual(40);
      expect(box.xMax).toBeLessThanOrEqual(box.pageWidth - 40);
      expect(box.yMin).toBeGreaterThanOrEqual(0);
      expect(box.yMax).toBeLessThanOrEqual(box.pageHeight - 20);
    }
    // Body text and footer never share a line: every word above the footer rule is body text.
    for (let page = 1; page <= result.pages; page++) {
      const onPage = boxes.filter((b) => b.page === page);
      const footerTop = Math.min(...onPage.filter((b) => b.word === 'Source:').map((b) => b.yMin));
      const bodyBottom = Math.max(...onPage.filter((b) => b.yMax < footerTop).map((b) => b.yMax));
      expect(footerTop - bodyBottom).toBeGreaterThan(8);
    }
  });

  it('never overlaps two words', () => {
    expect(overlaps(wordBoxes(path))).toEqual([]);
  });
});

describe('a 300-character title', async () => {
  const title =
    'The Extraordinarily Long and Carefully Negotiated Agreement Between the Union of Soviet Socialist Republics and the Empire of Japan Concerning Mutual Neutrality, Territorial Integrity, the Inviolability of Their Frontiers and the Settlement of All Outstanding Questions in the Far East, Signed at the Kremlin';
  const model = withFields(example(), { title, name: `${title} (Short Name Treaty of Moscow and Tokyo)` });
  const result = await toPdf(model);
  const path = pdfFile(result.bytes);

  it('wraps onto several lines and keeps the sheet on one page', () => {
    expect(title.length).toBeGreaterThanOrEqual(300);
    expect(result.pages).toBe(1);
    expect(firstOutOfOrder(rawText(path), [title, model.name ?? ''])).toBeNull();
  });

  it('stays inside the page: no word box crosses its edges or margins', () => {
    for (const box of wordBoxes(path)) {
      expect(box.xMin, box.word).toBeGreaterThanOrEqual(40);
      expect(box.xMax, box.word).toBeLessThanOrEqual(box.pageWidth - 40);
      expect(box.yMin, box.word).toBeGreaterThanOrEqual(0);
      expect(box.yMax, box.word).toBeLessThanOrEqual(box.pageHeight);
    }
  });

  it('breaks a single word longer than the line rather than letting it overflow', async () => {
    const word = 'Vereinigungsvertragsverhandlungsprotokollunterzeichnungszeremonie'.repeat(5);
    const long = await toPdf(withFields(example(), { title: word }));
    const boxes = wordBoxes(pdfFile(long.bytes));
    expect(boxes.map((b) => b.word).join('')).toContain(word);
    for (const box of boxes) expect(box.xMax, box.word).toBeLessThanOrEqual(box.pageWidth - 40);
  });
});

describe('an article with a great many parties and signatories', () => {
  it('stacks the table and the key facts and flows them onto further pages', async () => {
    const base = example();
    const parties = Array.from({ length: 60 }, (_, i) => ({
      id: `state-${i}`,
      name: `Federated State Number ${i}`,
      mentions: [`State ${i}`],
      wikidata: null,
    }));
    const signatories = Array.from({ length: 60 }, (_, i) => ({
      name: `Plenipotentiary Person ${i}`,
      role: `Minister of Foreign Affairs of Federated State Number ${i}`,
      party: `state-${i}`,
    }));
    const model = withFields(base, { parties, signatories });
    const result = await toPdf(model);
    expect(result.pages).toBeGreaterThan(1);
    const path = pdfFile(result.bytes);
    qpdfCheck(path);
    const text = rawText(path);
    expect(firstOutOfOrder(text, signatories.flatMap((s) => [s.name, s.role]))).toBeNull();
    expect(firstOutOfOrder(text, base.keyFacts)).toBeNull();
    for (const box of wordBoxes(path)) expect(box.xMax, box.word).toBeLessThanOrEqual(box.pageWidth - 40);
  });
});
