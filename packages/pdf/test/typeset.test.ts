import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryFont } from '../src/fonts.js';
import { cleanText, Typesetter, type Line } from '../src/typeset.js';

const text = (lines: Line[]): string[] => lines.map((l) => l.runs.map((r) => r.text).join(''));

describe('Typesetter', () => {
  it('fills lines greedily and breaks at spaces', () => {
    const ts = new Typesetter('#000');
    const lines = ts.lines([{ text: 'one two three four five six seven', face: 'sans' }], 10, 80);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(80);
    expect(text(lines).join('').replace(/ +/g, ' ').trim()).toBe('one two three four five six seven');
    // The space a line was broken at is kept at its end, so extracted text reads on.
    expect(text(lines)[0]).toMatch(/ $/);
  });

  it('breaks Japanese between characters but never before closing punctuation', () => {
    const ts = new Typesetter('#000');
    const lines = ts.lines([{ text: '日ソ中立条約は一九四一年に調印された。', face: 'serif' }], 10, 45);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of text(lines).slice(1)) expect(line).not.toMatch(/^[、。]/);
    expect(text(lines).join('')).toBe('日ソ中立条約は一九四一年に調印された。');
  });

  it('may break after a hyphen between letters', () => {
    const ts = new Typesetter('#000');
    const lines = ts.lines([{ text: 'Brest-Litovsk', face: 'sans' }], 10, 40);
    expect(text(lines)).toEqual(['Brest-', 'Litovsk']);
  });

  it('breaks after a dash only between letters, moving a date range whole', () => {
    const ts = new Typesetter('#000');
    // Each time, the whole text is a point too wide for the line.
    const narrower = (t: string): number => ts.width(primaryFont('sans'), t, 10) - 1;
    expect(text(ts.lines([{ text: 'in 1939-1945 war', face: 'sans' }], 10, narrower('in 1939-1945')))).toEqual(['in ', '1939-1945 ', 'war']);
    expect(text(ts.lines([{ text: 'in Brest-Litovsk', face: 'sans' }], 10, narrower('in Brest-Litovsk')))).toEqual(['in Brest-', 'Litovsk']);
  });

  it('breaks a word too wide for the line between graphemes, never between a letter and its combining mark', () => {
    const ts = new Typesetter('#000');
    const word = 'e\u0301'.repeat(12) + 'x\u0316'.repeat(12);
    const lines = text(ts.lines([{ text: word, face: 'serif' }], 10, 25));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line).toMatch(/^\P{M}/u);
    expect(lines.join('')).toBe(word.normalize('NFC'));
  });

  it('uses the font that has the character and keeps colours per span', () => {
    const ts = new Typesetter('#111');
    const [line] = ts.lines(
      [
        { text: 'Pact ', face: 'serif' },
        { text: '日ソ', face: 'serif', color: '#f00' },
      ],
      10,
      500,
    );
    expect(line?.runs.map((r) => [r.text, r.file.key.replace(/-\d+-/, '-N-'), r.color])).toEqual([
      ['Pact ', 'DejaVuSerif', '#111'],
      ['日', 'NotoSansJP-N-400', '#f00'],
      ['ソ', 'NotoSansJP-N-400', '#f00'],
    ]);
  });

  it('removes invisible characters and collapses white space', () => {
    expect(cleanText('a\u00ad b\u200b\tc\n\nd\u00a0e')).toBe('a b c d\u00a0e');
  });
});

describe('line breaking, for any text', () => {
  it('never makes a line wider than asked and never loses a visible character', () => {
    const ts = new Typesetter('#000');
    const unit = fc.constantFrom('a', 'W', 'ō', 'Ж', 'λ', '日', 'ソ', '-', ' ', ' ', '。', '(', '😀', 'mmmmmmmmmmmm');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 120 }), fc.integer({ min: 30, max: 400 }), (parts, width) => {
        const input = parts.join('');
        const lines = ts.lines([{ text: input, face: 'sans' }], 10, width);
        for (const line of lines) expect(line.width).toBeLessThanOrEqual(width + 0.01);
        expect(text(lines).join('').replace(/ /g, '')).toBe(cleanText(input).replace(/ /g, ''));
      }),
      { seed: 1648, numRuns: 300 },
    );
  });
});
