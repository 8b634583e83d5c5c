import { sourceOffset, type Block } from '../read/blocks.js';

/** Which part of the article a sentence belongs to. */
export type Zone = 'title' | 'lead' | 'fact' | 'heading' | 'body';

/** A sentence of the article with enough context to map it back to the source. */
export interface Sentence {
  readonly text: string;
  readonly zone: Zone;
  /** Index of the body section (0-based), or -1 outside sections. */
  readonly section: number;
  readonly block: Block;
  /** Index of the sentence's first character in its block's text. */
  readonly at: number;
}

// Words after which a full stop does not end a sentence. Intl.Segmenter splits after "U.S." and
// initials such as "Frank B. Kellogg", so sentence boundaries are found by hand.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sr jr gen col lt capt adm sgt rev gov sen rep pres prof mt ft no vs etc cf approx ca c inc co corp ltd bros jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

const SENTENCE_STARTERS = new Set(
  'The In On At After Before When While This That These Those It He She They His Her Their Its A An But Yet For By With From As Although Though Under During Over Since Until Within Both Each Many Most Some Such Then There Later Meanwhile However'.split(' '),
);

/** Splits a block's text into sentences. */
export function splitSentences(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let start = 0;
  const re = /[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // "U.S." or "B." (an initial) or a known abbreviation: not the end of a sentence, unless a word
    // that starts sentences follows ("signed for King Frederick I. In Russia ...").
    if (m[0].startsWith('.')) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 40), m.index))?.[1] ?? '';
      const next = (): string => /^\s+["'\u201c\u2018(\[]?([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
      if ((/^(\p{L}\.)*\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) && !SENTENCE_STARTERS.has(next())) continue;
    }
    pushTrimmed(out, text, start, end);
    start = end;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

// Real sentences are far shorter; capping the length keeps every per-sentence step linear in the
// size of the article, whatever the input (a 1 MB line without a full stop).
const MAX_SENTENCE = 1200;

function pushTrimmed(out: { text: string; at: number }[], text: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE) {
    const at = cutAt(text, start);
    pushTrimmed(out, text, start, at);
    start = at;
  }
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed !== '') out.push({ text: trimmed, at: start + lead });
}

// Where to cut a long run that starts at `start`: at the last space in the second half of the
// first MAX_SENTENCE characters, else hard at MAX_SENTENCE. The search stays inside that window
// (lastIndexOf would rescan a run without spaces back to the start of the block for every cut).
function cutAt(text: string, start: number): number {
  for (let i = start + MAX_SENTENCE; i > start + MAX_SENTENCE / 2; i--) if (text.charCodeAt(i) === 32) return i;
  return start + MAX_SENTENCE;
}

/** The source offsets of a range inside a sentence. */
export function sentenceRange(s: Sentence, from: number, to: number): { start: number; end: number } {
  return { start: sourceOffset(s.block, s.at + from), end: sourceOffset(s.block, s.at + to) };
}

/** All sentences of a block, tagged with their zone. */
export function blockSentences(block: Block, zone: Zone, section = -1): Sentence[] {
  let pieces: { text: string; at: number }[];
  if (zone === 'title' || zone === 'heading' || zone === 'fact') {
    // A headline, heading or key fact is one sentence; one longer than any real one is cut like a
    // long sentence, so that the per-sentence steps stay bounded.
    pieces = [];
    if (block.text.length <= MAX_SENTENCE) pieces.push({ text: block.text, at: 0 });
    else pushTrimmed(pieces, block.text, 0, block.text.length);
  } else {
    pieces = splitSentences(block.text);
  }
  // Built field by field, in one order: every sentence then has the same shape, which the
  // extractors' property reads stay fast on (a spread would also be slower to build).
  return pieces.map((s) => ({ text: s.text, zone, section, block, at: s.at }));
}
