import { places, type Place } from './places.js';
import { polities, type Polity } from './polities.js';

export type { Place, Polity };

/** How a polity is referred to: by a name, a demonym or a metonym (its capital or seat). */
export type MentionKind = 'name' | 'demonym' | 'metonym';

/** A polity mentioned in a piece of text. */
export interface PolityMention {
  readonly polity: Polity;
  readonly kind: MentionKind;
  readonly text: string;
  /** Index of the first character and past the last character in the searched text. */
  readonly start: number;
  readonly end: number;
}

/** A known place mentioned in a piece of text. */
export interface PlaceMention {
  readonly place: Place;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const KIND_RANK: Record<MentionKind, number> = { name: 0, demonym: 1, metonym: 2 };

interface Form {
  readonly polity: Polity;
  readonly kind: MentionKind;
}

/** A found phrase: where it stands and what it names. */
interface PhraseMatch<T> {
  readonly value: T;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu;

// "Japan's" → "Japan".
const withoutPossessive = (s: string): string => (s.endsWith("'s") || s.endsWith('’s') ? s.slice(0, -2) : s);
const ABBREVIATION = /^(?:\p{L}\.)+$/u;

// Looks phrases up word by word in a map, longest first. A regex alternation of a thousand names
// scans every position of every sentence and dominated parse time; this does one map lookup per
// word, and more only for a word that starts a phrase. Only whole words match, so "Japanese" in
// "Russo-Japanese" or "German" in "German-speaking" is not a mention of the state.
class PhraseIndex<T> {
  private readonly phrases = new Map<string, T>();
  // The longest phrase, in words, that starts with a given first word.
  private readonly firstWords = new Map<string, number>();
  // The first characters of those words: most words of a text (all in lower case, nearly) start
  // no phrase, and are passed over without building a string to look up.
  private readonly firstChars = new Set<number>();

  add(phrase: string, value: T): void {
    if (this.phrases.has(phrase)) return;
    this.phrases.set(phrase, value);
    // Counted with exec(), as find() reads words: a thousand phrases are added on the first parse
    // in a process, and matchAll's iterator and array cost that parse a few milliseconds.
    let count = 0;
    let first = '';
    WORD.lastIndex = 0;
    for (let m = WORD.exec(phrase); m !== null; m = WORD.exec(phrase)) if (count++ === 0) first = withoutPossessive(m[0]);
    this.firstWords.set(first, Math.max(this.firstWords.get(first) ?? 0, count));
    this.firstChars.add(first.charCodeAt(0));
  }

  find(text: string): PhraseMatch<T>[] {
    // Where each word starts and ends: two arrays of numbers rather than an object per word.
    const starts: number[] = [];
    const ends: number[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
      const word = m[0];
      let end = m.index + word.length;
      // A full stop ends the word unless it is an abbreviation such as "U.S." or "St.".
      if (word.endsWith('.') && !ABBREVIATION.test(word)) while (text.charCodeAt(end - 1) === 46) end--;
      starts.push(m.index);
      ends.push(end);
    }
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i] ?? 0;
      if (!this.firstChars.has(text.charCodeAt(start))) continue;
      const longest = this.firstWords.get(withoutPossessive(text.slice(start, ends[i]))) ?? 0;
      let found: PhraseMatch<T> | undefined;
      for (let n = Math.min(longest, starts.length - i); n >= 1 && !found; n--) {
        const raw = text.slice(start, ends[i + n - 1]);
        const bare = withoutPossessive(raw);
        found = this.match(raw, start, n) ?? (bare !== raw ? this.match(bare, start, n) : undefined);
      }
      if (found) {
        out.push(found);
        while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) < found.end) i++;
      }
    }
    return out;
  }

  // The phrase `candidate` (of `words` words) starting at `start`, if it is known; the words of a
  // phrase may stand apart by any white space.
  private match(candidate: string, start: number, words: number): PhraseMatch<T> | undefined {
    const value = this.phrases.get(words === 1 ? candidate : candidate.replace(/\s+/g, ' '));
    return value === undefined ? undefined : { value, text: candidate, start, end: start + candidate.length };
  }
}

let polityIndex: PhraseIndex<Form[]> | undefined;

function getPolityIndex(): PhraseIndex<Form[]> {
  if (polityIndex) return polityIndex;
  const forms = new Map<string, Form[]>();
  const add = (text: string, polity: Polity, kind: MentionKind): void => {
    const list = forms.get(text) ?? [];
    list.push({ polity, kind });
    forms.set(text, list);
  };
  for (const p of polities) {
    for (const n of p.names) add(n, p, 'name');
    for (const n of p.demonyms) add(n, p, 'demonym');
    for (const n of p.metonyms) add(n, p, 'metonym');
  }
  polityIndex = new PhraseIndex<Form[]>();
  for (const [text, list] of forms) polityIndex.add(text, list);
  return polityIndex;
}

function inEra(p: Polity, year: number): boolean {
  return (p.from ?? -Infinity) <= year && year <= (p.to ?? Infinity);
}

// Picks the polity a surface form means in a given year: the one that existed then, else the
// closest in time; names beat demonyms beat metonyms.
function choose(candidates: readonly Form[], year: number | undefined): Form | undefined {
  const score = (f: Form): number => {
    if (year === undefined) return f.polity.to === undefined ? 0 : 1;
    if (inEra(f.polity, year)) return 0;
    const gap = Math.min(Math.abs((f.polity.from ?? year) - year), Math.abs((f.polity.to ?? year) - year));
    return 1 + gap;
  };
  return [...candidates].sort((a, b) => score(a) - score(b) || KIND_RANK[a.kind] - KIND_RANK[b.kind])[0];
}

/** Finds every polity mention in `text`, resolved for the given year (astronomical numbering). */
export function findPolities(text: string, year?: number): PolityMention[] {
  const out: PolityMention[] = [];
  for (const m of getPolityIndex().find(text)) {
    const form = choose(m.value, year);
    // A form that only fits a polity of another era (e.g. "imperial" for the Holy Roman Empire
    // in 1842) is not trusted when it is a demonym or metonym.
    if (!form) continue;
    if (year !== undefined && form.kind !== 'name' && !inEra(form.polity, year)) continue;
    out.push({ polity: form.polity, kind: form.kind, text: m.text, start: m.start, end: m.end });
  }
  return out;
}

let placeIndex: PhraseIndex<Place> | undefined;

function getPlaceIndex(): PhraseIndex<Place> {
  if (!placeIndex) {
    placeIndex = new PhraseIndex<Place>();
    for (const p of places) for (const n of [p.name, ...p.aliases]) placeIndex.add(n, p);
  }
  return placeIndex;
}

/** Finds every known place mentioned in `text`. */
export function findPlaces(text: string): PlaceMention[] {
  return getPlaceIndex()
    .find(text)
    .map((m) => ({ place: m.value, text: m.text, start: m.start, end: m.end }));
}

/** Looks up a place by one of its names. */
export function lookupPlace(name: string): Place | undefined {
  const found = getPlaceIndex().find(name)[0];
  return found && found.start === 0 && found.end === name.length ? found.value : undefined;
}

const STATE_HEAD = String.raw`(?:Kingdom|Republic|Empire|Sultanate|Emirate|Khanate|Duchy|Grand\s+Duchy|Principality|Confederacy|Shogunate|Caliphate|Tsardom|Electorate|Margraviate|County)`;
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
// "the Kingdom of Hawaii", "the Ashanti Empire": states the gazetteer does not know are still states.
const UNKNOWN_STATE = new RegExp(
  String.raw`\b${STATE_HEAD}\s+of\s+(?:the\s+)?${CAP_WORD}(?:\s+${CAP_WORD}){0,3}|\b${CAP_WORD}(?:\s+${CAP_WORD}){0,2}\s+${STATE_HEAD}\b`,
  'gu',
);
// Every match holds one of the head words: a text without one is passed over at once.
const HAS_STATE_HEAD = new RegExp(STATE_HEAD, 'u');
/**
 * Finds names of states the gazetteer lacks ("the Kingdom of Kongo"), skipping spans already found.
 * `seen` holds the states made so far for one article, so that every mention of a name is the same
 * polity; it belongs to the caller, so a long-running process keeps none of them.
 */
export function findUnknownStates(text: string, known: readonly { start: number; end: number }[], seen: Map<string, Polity>): PolityMention[] {
  const out: PolityMention[] = [];
  if (!HAS_STATE_HEAD.test(text)) return out;
  for (const m of text.matchAll(UNKNOWN_STATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    const name = m[0].replace(/^(?:The|A)\s+/, '');
    let polity = seen.get(name);
    if (!polity) {
      const id = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      polity = { id: id || 'unknown-state', name, wikidata: null, names: [name], demonyms: [], metonyms: [] };
      seen.set(name, polity);
    }
    out.push({ polity, kind: 'name', text: m[0], start, end });
  }
  return out;
}
