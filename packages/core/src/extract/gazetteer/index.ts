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

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One alternation of every surface form, longest first, so "Soviet Union" wins over "Soviet".
function alternation(forms: Iterable<string>): RegExp {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  // A form inside a compound ("Russo-Japanese", "German-speaking") is not a mention of the state.
  return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}-)(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}]|-\\p{Ll})`, 'gu');
}

let polityIndex: { re: RegExp; forms: Map<string, Form[]> } | undefined;

function getPolityIndex(): { re: RegExp; forms: Map<string, Form[]> } {
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
  polityIndex = { re: alternation(forms.keys()), forms };
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
  const { re, forms } = getPolityIndex();
  const out: PolityMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const form = choose(forms.get(m[0]) ?? [], year);
    // A form that only fits a polity of another era (e.g. "imperial" for the Holy Roman Empire
    // in 1842) is not trusted when it is a demonym or metonym.
    if (!form) continue;
    if (year !== undefined && form.kind !== 'name' && !inEra(form.polity, year)) continue;
    out.push({ polity: form.polity, kind: form.kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

let placeIndex: { re: RegExp; forms: Map<string, Place> } | undefined;

/** Finds every known place mentioned in `text`. */
export function findPlaces(text: string): PlaceMention[] {
  if (!placeIndex) {
    const forms = new Map<string, Place>();
    for (const p of places) for (const n of [p.name, ...p.aliases]) if (!forms.has(n)) forms.set(n, p);
    placeIndex = { re: alternation(forms.keys()), forms };
  }
  const { re, forms } = placeIndex;
  const out: PlaceMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const place = forms.get(m[0]);
    if (place) out.push({ place, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Looks up a place by one of its names. */
export function lookupPlace(name: string): Place | undefined {
  findPlaces('');
  return placeIndex?.forms.get(name);
}

const STATE_HEAD = String.raw`(?:Kingdom|Republic|Empire|Sultanate|Emirate|Khanate|Duchy|Grand\s+Duchy|Principality|Confederacy|Shogunate|Caliphate|Tsardom|Electorate|Margraviate|County)`;
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
// "the Kingdom of Hawaii", "the Ashanti Empire": states the gazetteer does not know are still states.
const UNKNOWN_STATE = new RegExp(
  String.raw`\b${STATE_HEAD}\s+of\s+(?:the\s+)?${CAP_WORD}(?:\s+${CAP_WORD}){0,3}|\b${CAP_WORD}(?:\s+${CAP_WORD}){0,2}\s+${STATE_HEAD}\b`,
  'gu',
);
const unknownStates = new Map<string, Polity>();

/** Finds names of states the gazetteer lacks ("the Kingdom of Kongo"), skipping spans already found. */
export function findUnknownStates(text: string, known: readonly { start: number; end: number }[]): PolityMention[] {
  const out: PolityMention[] = [];
  for (const m of text.matchAll(UNKNOWN_STATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    const name = m[0].replace(/^(?:The|A)\s+/, '');
    let polity = unknownStates.get(name);
    if (!polity) {
      const id = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      polity = { id: id || 'unknown-state', name, wikidata: null, names: [name], demonyms: [], metonyms: [] };
      unknownStates.set(name, polity);
    }
    out.push({ polity, kind: 'name', text: m[0], start, end });
  }
  return out;
}
