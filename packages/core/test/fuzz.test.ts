import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseArticle, TreatyModelSchema, type ParseResult } from '../src/index.js';

// The normal test run makes a bounded number of runs with fixed seeds. `pnpm fuzz` sets FUZZ_RUNS
// for the long version (and FUZZ_SEED to explore new cases); a failure prints its seed and path.
const FUZZING = process.env.FUZZ_RUNS !== undefined;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const seed = (fixed: number): number => (process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : fixed);
const TIMEOUT = Math.max(120_000, RUNS * 400);
// A hang guard, not a speed test (the growth tests below catch slow patterns): such an input
// parses in well under a second, but wall time on a busy two-core CI machine can be ten times that.
const SLOW_MS = 30_000;

const corpusRoot = new URL('../../../corpus/', import.meta.url).pathname;
const corpus = ['dev', 'holdout', 'fresh'].flatMap((set) =>
  readdirSync(join(corpusRoot, set))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpusRoot, set, f), 'utf8')),
);

/** Parses and checks what must hold for every input: no throw, bounded time, a valid model or an error. */
function parseChecked(text: string, options: { format?: 'auto' | 'text' | 'markdown' } = {}): ParseResult {
  const started = performance.now();
  const result = safeParseArticle(text, options);
  const ms = performance.now() - started;
  expect(ms, `parse took ${ms.toFixed(0)} ms for ${text.length} characters: ${JSON.stringify(text.slice(0, 200))}`).toBeLessThan(SLOW_MS);
  if (result.success) {
    expect(TreatyModelSchema.safeParse(result.model).success).toBe(true);
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  } else {
    expect(result.model).toBeNull();
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }
  for (const d of result.diagnostics) expect(d.code).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
  return result;
}

// Words and marks that steer the parser: treaty words, states, dates, names, roles, headings, markup.
const TOKENS = [
  'Treaty', 'treaty', 'Pact', 'of', 'the', 'signed', 'signing', 'between', 'and', 'by', 'in', 'on', 'with', 'for', 'was', 'not', 'refused', 'to', 'sign',
  'Japan', 'USSR', 'Soviet', 'Union', 'Germany', 'France', 'Britain', 'Castile', 'Portugal', 'Moscow', 'Paris', 'Versailles',
  'April', 'May', '13,', '1941', '1259', 'BC', 'AD', '1st', 'century', 'five-year', 'years',
  'Vyacheslav', 'Molotov', 'Foreign', 'Minister', 'King', 'Duke', 'Mr.', 'U.S.', 'St.',
  'What Happened?', 'Why Does it Matter?', '#', '##', '-', '*', '>', '1.', '|', '`', '[', ']', '(', ')', '{', '}', '"', "'", ',', '.', ';', ':', '!', '?',
  '\n', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u200b', '\ufeff', '\u0000', '\ud800', '🕊️', 'Молотов', '松岡洋右',
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: FUZZING ? 600 : 300 }).map((t) => t.join(' '));
const format = fc.constantFrom('auto' as const, 'text' as const, 'markdown' as const);

describe('safeParseArticle on any string', () => {
  it('never throws or hangs on random Unicode, and returns a valid model or errors', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'binary-ascii', maxLength: 2000 })), format, (text, f) => {
        parseChecked(text, { format: f });
      }),
      { seed: seed(42_001), numRuns: RUNS },
    );
  });

  it('never throws or hangs on random sequences of the words and marks articles are made of', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(tokenText, format, (text, f) => {
        parseChecked(text, { format: f });
      }),
      { seed: seed(42_002), numRuns: RUNS },
    );
  });
});

describe('safeParseArticle on mutated corpus articles', () => {
  // Edits of a real article: text inserted, a stretch cut, lines repeated, swapped or joined,
  // letters upper-cased, and a byte-order mark or CRLF line ends.
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...TOKENS)) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(400) }),
    fc.record({ kind: fc.constant('repeat-line' as const), line: fc.nat(), times: fc.integer({ min: 2, max: 20 }) }),
    fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ kind: fc.constant('join-lines' as const) }),
    fc.record({ kind: fc.constant('upper' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(300) }),
    fc.record({ kind: fc.constant('crlf' as const) }),
    fc.record({ kind: fc.constant('bom' as const) }),
  );
  type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

  function apply(text: string, e: Edit): string {
    const lines = text.split('\n');
    switch (e.kind) {
      case 'insert': {
        const at = Math.floor(e.at * text.length);
        return text.slice(0, at) + e.text + text.slice(at);
      }
      case 'cut': {
        const at = Math.floor(e.at * text.length);
        return text.slice(0, at) + text.slice(at + e.length);
      }
      case 'repeat-line': {
        const i = e.line % lines.length;
        lines.splice(i, 1, ...Array<string>(e.times).fill(lines[i] ?? ''));
        return lines.join('\n');
      }
      case 'swap-lines': {
        const a = e.a % lines.length;
        const b = e.b % lines.length;
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        return lines.join('\n');
      }
      case 'join-lines':
        return lines.join(' ');
      case 'upper': {
        const at = Math.floor(e.at * text.length);
        return text.slice(0, at) + text.slice(at, at + e.length).toUpperCase() + text.slice(at + e.length);
      }
      case 'crlf':
        return text.replace(/\r?\n/g, '\r\n');
      case 'bom':
        return `\ufeff${text}`;
    }
  }

  it('never throws or hangs, and most of them still parse', { timeout: TIMEOUT }, () => {
    let parsed = 0;
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.array(edit, { minLength: 1, maxLength: 5 }), format, (article, edits, f) => {
        const text = edits.reduce(apply, corpus[article] ?? '');
        if (parseChecked(text, { format: f }).success) parsed++;
      }),
      { seed: seed(42_003), numRuns: RUNS },
    );
    expect(parsed).toBeGreaterThan(RUNS / 3);
  });
});

// Parse time must grow linearly with the input: a 100 KB adversarial input may take at most about
// ten times as long as a 10 KB one (15 allows for noise). Time is the CPU time of this process, so
// other processes on a busy machine do not count; samples of the two sizes alternate, each time is
// the median of three samples, and a sample of a small input repeats the parse until it lasts long
// enough to measure. A busy machine can still tip one measurement, so a case gets three tries: a
// superlinear parser fails all three by far (a quadratic step makes the ratio about 100).
function sample(text: string): number {
  let reps = 0;
  const wall = performance.now();
  const cpu = process.cpuUsage();
  do {
    safeParseArticle(text);
    reps++;
  } while (performance.now() - wall < 150 && reps < 50);
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / reps;
}

const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function growth(small: string, large: string): { ratio: number; tries: string[] } {
  safeParseArticle(small);
  safeParseArticle(large);
  const tries: string[] = [];
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 15; attempt++) {
    const s: number[] = [];
    const l: number[] = [];
    for (let i = 0; i < 3; i++) {
      s.push(sample(small));
      l.push(sample(large));
    }
    ratio = median(l) / median(s);
    tries.push(`${median(s).toFixed(1)} ms -> ${median(l).toFixed(1)} ms (x${ratio.toFixed(1)})`);
  }
  return { ratio, tries };
}

const PATTERNS: Record<string, string> = {
  'long runs of capitals': 'ABCDEFGHIJKLMNOP QRSTUVWXYZ ',
  'long runs of digits': '1234567890 ',
  'April April April': 'April ',
  'nested brackets': '(((([[[[{{{{<<<< ',
  'closing brackets': ')))]]]}}}>>> ',
  'dates': 'April 13, 1941, ',
  'abbreviations': 'U.S. Mr. St. ',
  'full stops': '. ',
  'one word without spaces': 'x',
  'quotes': '"\'\u201c\u2018 ',
};
const lead = (b: string): string => `Japan and France Sign a Pact\n${b}\nA fact\nWhat Happened?\nThey signed.\n`;
const keyFact = (b: string): string => `Japan and France Sign a Pact\nJapan and France signed a pact on 1 May 1900.\n${b}\nWhat Happened?\nThey signed.\n`;
const PLACES: Record<string, (body: string) => string> = {
  'the headline': (b) => b,
  'the lead': lead,
  'a section paragraph': (b) => `Japan and France Sign a Pact\nJapan and France signed a pact on 1 May 1900.\nA fact\nWhat Happened?\n${b}\n`,
};
// Cases this test once found superlinear, now fixed: the headline and key-fact lines were not cut
// into bounded sentences like the lead and the sections, so the per-sentence steps (dates,
// abbreviations, the signing-clause search, which read every "between" again at each signing verb)
// grew quadratically or worse in a long one; a long run without a space was cut into sentences by
// a search that went back to the start of the block; and each mention of a person was resolved
// against every full name in the article.
const FOUND: Record<string, [pattern: string, wrap: (body: string) => string, small: number]> = {
  'signing words in the headline': ['between Japan signed ', (b) => b, 10_000],
  'signing words in a key-fact line': ['between Japan signed ', keyFact, 10_000],
  'a word without spaces in the lead, 100 KB to 1 MB': ['x', lead, 100_000],
  // Real text, many articles in one file.
  'the whole corpus as one article': [corpus.join('\n'), (b) => b, 10_000],
};

const repeatTo = (pattern: string, length: number): string => pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);

describe('parse time', () => {
  const cases = Object.entries(PLACES).flatMap(([place, wrap]) => Object.entries(PATTERNS).map(([name, pattern]) => [`${name} in ${place}`, pattern, wrap] as const));
  it.each(cases)('grows linearly: %s', { timeout: 120_000 }, (_name, pattern, wrap) => {
    const { ratio, tries } = growth(wrap(repeatTo(pattern, 10_000)), wrap(repeatTo(pattern, 100_000)));
    expect(ratio, `10 KB -> 100 KB: ${tries.join('; ')}`).toBeLessThan(15);
  });

  it.each(Object.entries(FOUND))('grows linearly: %s', { timeout: 120_000 }, (_name, [pattern, wrap, size]) => {
    const { ratio, tries } = growth(wrap(repeatTo(pattern, size)), wrap(repeatTo(pattern, size * 10)));
    expect(ratio, `${size} -> ${size * 10} characters: ${tries.join('; ')}`).toBeLessThan(15);
  });
});
