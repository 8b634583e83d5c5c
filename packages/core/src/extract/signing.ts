import type { Sentence } from '../text/sentences.js';
import { clauses, NEGATION, SIGNING_CONTEXT, SIGNING_VERB } from './cues.js';
import { findPlaces, type Place, type PolityMention, type Polity } from './gazetteer/index.js';
import type { PersonMention } from './people.js';

/** What the extractors found in one sentence. */
export interface SentenceFacts {
  readonly sentence: Sentence;
  readonly polities: readonly PolityMention[];
  readonly people: readonly PersonMention[];
}

/** A polity named as a party, with the sentence that says so. */
export interface PartyEvidence {
  readonly facts: SentenceFacts;
  readonly mention: PolityMention;
}

/** A person named as a signer, with the sentence that says so. */
export interface SignerEvidence {
  readonly facts: SentenceFacts;
  readonly person: PersonMention;
  /** The state the sentence says the person stood for ("Castile was represented by X"), if any. */
  readonly polity?: Polity | undefined;
  /** For "X signed together with Y": X, whose side Y is on unless Y's own role says otherwise. */
  readonly companions?: readonly PersonMention[];
}

// "the six envoys signed", "the two men signed the treaty": a signing whose subject names nobody.
const UNNAMED_SIGNERS =
  /\b(?:the|both|all)\s+(?:\w+\s+)?(?:envoys|delegates|plenipotentiaries|commissioners|representatives|negotiators|men|ministers|diplomats|delegations|emissaries)\s+(?:then\s+|finally\s+|formally\s+)?(?:signed|set\s+their|put\s+their|affixed)/i;

/** Whether a sentence says the treaty was signed by people it does not name. */
export function unnamedSigners(facts: SentenceFacts): boolean {
  return UNNAMED_SIGNERS.test(facts.sentence.text);
}

/**
 * The people a sentence says represented a side ("Castile was represented by X and Y", "Z acted
 * for the Portuguese king", "Songgotu led the delegation"): the signers when a signing names nobody.
 */
export function representatives(facts: SentenceFacts): SignerEvidence[] {
  const out: SignerEvidence[] = [];
  const text = facts.sentence.text;
  for (const clause of clauses(text)) {
    const lo = clause.at;
    const hi = clause.at + clause.text.length;
    const people = facts.people.filter((p) => p.start >= lo && p.end <= hi && !p.possessive);
    const by = /\b(?:was|were)\s+represented\s+by\s+/.exec(clause.text);
    if (by) {
      const side = facts.polities.filter((p) => p.start >= lo && p.end <= lo + by.index).at(-1)?.polity;
      for (const p of people) if (p.start >= lo + by.index) out.push({ facts, person: p, polity: side });
    }
    const acted = /\b(?:acted|acting|spoke|negotiated)\s+for\b|\b(?:led|headed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:delegation|embassy|mission|side)\b/.exec(clause.text);
    if (acted) for (const p of people) if (p.end <= lo + acted.index) out.push({ facts, person: p });
  }
  return out;
}

// Words that may stand between the items of a list of states: "Germany and the Allied and
// Associated Powers led by France, Britain, the United States, Italy and Japan".
const LIST_GLUE =
  /^(?:[\s,:]|and|or|as well as|the|led by|including|namely|together with|along with|among them|such as|of|its|their|four|three|two|five|six|seven|other|former|victorious|principal|major|great|western|Allied|Associated|Central|Powers|Allies|allies|states|nations|countries|governments?|partners|kingdoms?|empires?|new|old|Bolshevik)*$/;
// Prepositions after which a state is a place, a target or a host, not a signer.
const NOT_SUBJECT = /\b(?:in|at|to|from|against|over|into|toward|towards|on behalf of|for|with|without|by|near|off|aboard|across|than|whose)\s+(?:the\s+)?$/i;

const HAS_SIGNING_VERB = new RegExp(SIGNING_VERB.source, 'i');

// Signing verbs of a clause that are not negated ("did not sign", "refused to sign").
function findVerbs(clause: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = new RegExp(SIGNING_VERB.source, 'gi');
  for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
    // "did not sign", "refused to sign"; "signed only a two-year truce" signs something else.
    if (!NEGATION.test(clause.slice(Math.max(0, m.index - 30), m.index)) && !/^\s+only\b/.test(clause.slice(m.index + m[0].length))) out.push(m);
  }
  return out;
}

// The items (in text order) of a list that starts at `from`, as long as only list words stand
// between them.
function listAfter<T extends { start: number; end: number }>(text: string, items: readonly T[], from: number, glue = LIST_GLUE): T[] {
  const out: T[] = [];
  let cursor = from;
  // Binary search for the first item at or after `from`: a clause may hold hundreds of items.
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? Infinity) < from) lo = mid + 1;
    else hi = mid;
  }
  for (const item of items.slice(lo)) {
    if (item.start < cursor) continue;
    if (!glue.test(text.slice(cursor, item.start).trim())) break;
    out.push(item);
    cursor = item.end;
  }
  return out;
}

// "The Treaty of Kiel, signed ...": the verb describes the treaty; it has no subject of its own.
function participle(before: string): boolean {
  return (
    /(?:Treaty|Convention|Pact|Agreement|Accords?|Peace|Protocol|Armistice|Truce|treaty|pact|agreement|convention|accord|protocol|peace|armistice|truce)(?:\s+of(?:\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)+)?\s*,\s*$/u.test(before) &&
    !/\b(?:who|which|that)\b/.test(before.slice(-40))
  );
}

// People named after "by", "with", "alongside" or "followed by" that follows a signing verb; not
// those merely present ("with Adolf Hitler looking on", "with Mao standing behind them").
function coSigners(text: string, people: readonly PersonMention[], after: number, end: number): PersonMention[] {
  const out: PersonMention[] = [];
  const marker = /\b(?:by|alongside|together\s+with|with|followed\s+by)\s+/g;
  marker.lastIndex = after;
  const m = marker.exec(text);
  if (!m || m.index >= end || m.index - after > 50) return out;
  if (/\b(?:looking\s+on|looked\s+on|standing|watching|present|in\s+attendance|behind|presiding)\b/.test(text.slice(m.index, end))) return out;
  let cursor = m.index + m[0].length;
  for (const p of [...people].sort((a, b) => a.start - b.start)) {
    // A role shared from earlier in the list ("the British commissioners, X, Y and Z") is not in the gap.
    const start = p.roleStart >= cursor && p.roleStart < p.start ? p.roleStart : p.start;
    if (start < cursor || p.start >= end) continue;
    const gap = text.slice(cursor, start);
    if (gap.length > 60 || /[;:]|\b(?:who|which|that|while|in|at|on|after|before|for|of|to|under|acting)\b/.test(gap)) break;
    out.push(p);
    cursor = p.end;
    // Skip an appositive role: "David Hartley, a member of Parliament acting for King George III,".
    if (p.roleStart > p.end) cursor = p.roleEnd;
  }
  return out;
}

const OWN_TREATY = /\b(?:its|their|his|her)\s+own\s+(?:separate\s+)?(?:peace|treaty|treaties|agreement|accord|convention|truce|armistice)\b|\bin\s+(?:a\s+)?separate\s+(?:treaty|treaties|agreement|instruments?|convention)\b/i;
const SEPARATE_TREATY = /\bseparate\s+(?:peace\s+)?(?:treaty|treaties|agreements?|instruments?)\b/i;

/** Parties and signers named in the signing clauses of a sentence. */
export function signingEvidence(facts: SentenceFacts): { parties: PartyEvidence[]; signers: SignerEvidence[] } {
  const parties: PartyEvidence[] = [];
  const signers: SignerEvidence[] = [];
  const text = facts.sentence.text;
  // Evidence comes from a signing verb or a list of signatories (which holds "sign"); a clause is
  // part of its sentence, cut at white space or punctuation, so most sentences are passed over.
  if (!HAS_SIGNING_VERB.test(text) && !/sign/iu.test(text)) return { parties, signers };
  for (const clause of clauses(text)) {
    // "Britain concluded its own peace with Denmark in a separate treaty" is another treaty; in the
    // lead, "a separate peace treaty" is this one (separate from the signer's allies).
    if (OWN_TREATY.test(clause.text) || (facts.sentence.zone !== 'lead' && SEPARATE_TREATY.test(clause.text))) continue;
    const lo = clause.at;
    const hi = clause.at + clause.text.length;
    const polities = facts.polities.filter((p) => p.start >= lo && p.end <= hi);
    const people = facts.people.filter((p) => p.start >= lo && p.end <= hi && !p.possessive);
    // "The original signatories were ...", "Key figures involved in the signing included ..."
    // (every form holds "sign": the long pattern runs only then).
    const listed =
      /sign/iu.test(clause.text) &&
      /\b(?:signatories|signers|those who signed)\s+(?:[\p{L}-]+\s+){0,2}?(?:were|included|includes|comprised)\s+|\b(?:in|at)\s+the\s+signing\s+(?:were|included)\s+|\b(?:nations|states|countries|powers|governments)\s+(?:that|which|who)\s+(?:did\s+)?sign(?:ed)?\s+(?:it\s+|the\s+(?:treaty|agreement|pact)\s+)?(?:were|included)\s+/iu.exec(
        clause.text,
      );
    if (listed) {
      const from = lo + listed.index + listed[0].length;
      const relative = /,\s*(?:who|which|whose)\b/.exec(text.slice(from, hi));
      const until = relative ? from + relative.index : hi;
      for (const m of listAfter(text, polities, from)) parties.push({ facts, mention: m });
      for (const p of people) if (p.start >= from && p.end <= until) signers.push({ facts, person: p });
    }
    let previous = 0;
    for (const [k, verb] of findVerbs(clause.text).entries()) {
      const v = lo + verb.index;
      const after = v + verb[0].length;
      // "was signed between X and Y" anywhere in the clause, "signed a peace treaty with X" just
      // after the verb. Every "between" is read at the first verb; at later verbs it would only add
      // the same parties again (and make a clause with many verbs quadratic), so the search starts
      // at the verb and stops past the reach of "with".
      const between = /\b(?:between|with)\s+/g;
      between.lastIndex = k === 0 ? 0 : verb.index;
      for (let m = between.exec(clause.text); m !== null && (k === 0 || m.index - verb.index <= 60); m = between.exec(clause.text)) {
        if (m[0].startsWith('with') && (m.index < verb.index || m.index - verb.index > 60)) continue;
        // "on the same day as Britain's treaties with France": other treaties, not this one's parties.
        if (m[0].startsWith('with') && /\b(?:as|than|like)\b|['’]s\s+(?:\w+\s+)?(?:treat|agreement|pact)/.test(clause.text.slice(verb.index, m.index))) continue;
        for (const p of listAfter(text, polities, lo + m.index + m[0].length)) parties.push({ facts, mention: p });
      }
      // "The Treaty of Paris, signed on ..., bound Great Britain to acknowledge the United States":
      // without "between" or "with", the states of the main clause are the parties.
      if (participle(clause.text.slice(0, verb.index)) && facts.sentence.zone === 'lead' && !/\b(?:between|with)\b/.test(clause.text.slice(verb.index))) {
        const relative = /\b(?:that|which|who|whom|whose|where)\b/.exec(clause.text.slice(verb.index));
        const stop = relative ? v + relative.index - (v - lo - verb.index) : hi;
        for (const p of polities) if (p.start > after && p.end <= Math.min(stop, hi) && !NOT_SUBJECT.test(text.slice(after, p.start))) parties.push({ facts, mention: p });
      }
      // Subjects: the states and people between the previous signing verb and this one. A passive
      // ("which was signed at") or a participle ("the Convention of Moss, signed on") has none.
      const before = clause.text.slice(0, verb.index);
      const passive = /\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$/.test(before) || participle(before);
      if ((!listed || listed.index > verb.index) && !passive) {
        const from = lo + previous;
        // A role written before the name stands between a preposition and the name ("on behalf of King X").
        const subject = (p: { start: number; end: number; roleStart?: number }): boolean => {
          const begins = p.roleStart !== undefined && p.roleStart >= from && p.roleStart < p.start ? p.roleStart : p.start;
          return p.start >= from && p.end <= v && !NOT_SUBJECT.test(text.slice(from, begins));
        };
        for (const p of polities) if (subject(p)) parties.push({ facts, mention: p });
        for (const p of people) if (subject(p)) signers.push({ facts, person: p });
      }
      // "was signed on September 8, 1951, by Japan and 48 Allied nations".
      const byStates = /\bby\s+/g;
      byStates.lastIndex = verb.index;
      const by = byStates.exec(clause.text);
      if (by && by.index - verb.index < 60) for (const p of listAfter(text, polities, lo + by.index + by[0].length)) parties.push({ facts, mention: p });
      // "Signed by X and Y", "signed alongside X", "signed the treaty together with X", "followed by X".
      const subjects = people.filter((p) => p.end <= v && p.start >= lo + previous);
      for (const p of coSigners(text, people, after, hi)) signers.push({ facts, person: p, companions: subjects });
      // "... signed for the Qing and Ivan Vlasov, the voivode of Nerchinsk, for the Russians".
      for (const p of people) {
        if (p.start > after && /^(?:,[^,]{0,80},)?\s*(?:for|on behalf of)\s/.test(text.slice(p.end, p.end + 100)) && /\band\s+$/.test(text.slice(after, p.roleStart >= 0 && p.roleStart < p.start ? p.roleStart : p.start).slice(-10))) {
          signers.push({ facts, person: p });
        }
      }
      previous = verb.index + verb[0].length;
    }
  }
  return { parties, signers };
}

/** The polity a signer signed for, when the text says "X signed for Y" or "on Y's behalf". */
export function signedFor(facts: SentenceFacts, person: PersonMention): Polity | undefined {
  const text = facts.sentence.text;
  const tail = text.slice(person.end, person.end + 80);
  const m = /^(?:,[^,]*,)?\s*(?:(?:had\s+)?(?:signed|signing|signs|acted|acting)\s+)?(?:for|on behalf of)\s+(?:the\s+)?/.exec(tail);
  if (m) {
    const at = person.end + m[0].length;
    const p = facts.polities.find((x) => x.start === at);
    if (p) return p.polity;
  }
  // "Prime Minister Ito Hirobumi and Foreign Minister Mutsu Munemitsu signed for Japan".
  const later = /\b(?:signed|signing|acted|acting)\s+(?:\w+\s+)?(?:for|on behalf of)\s+(?:the\s+)?/.exec(tail);
  // Not for a name in an opening phrase: "Besides Songgotu and Golovin, Tong Guogang signed for the Qing".
  const opening = /^(?:Besides|Apart from|Except for|Unlike|Like|After|Before|Beside)\b[^,]*$/.test(text.slice(0, person.start));
  if (later && !opening && !/[;]|\b(?:while|whereas|but|signed|signing)\b/.test(tail.slice(0, later.index))) {
    const at = person.end + later.index + later[0].length;
    const p = facts.polities.find((x) => x.start === at);
    if (p) return p.polity;
  }
  const behalf = /^\s*(?:signed|signing)\s+on\s+(?:the\s+)?/.exec(tail);
  if (behalf) {
    const at = person.end + behalf[0].length;
    const p = facts.polities.find((x) => x.start === at && /^['’]s\s+behalf/.test(text.slice(x.end)));
    if (p) return p.polity;
  }
  return undefined;
}

/** The polity a role names as the signer's own ("Soviet Foreign Minister", "Russia's chief delegate"). */
export function roleParty(facts: SentenceFacts, person: PersonMention): Polity | undefined {
  if (person.role === null) return undefined;
  const text = facts.sentence.text;
  for (const p of facts.polities) {
    if (p.start < person.roleStart || p.end > person.roleEnd) continue;
    // "Ambassador to the USSR": the state after "to" is the host, not the signer's own.
    if (/\bto\s+(?:the\s+)?$/.test(text.slice(person.roleStart, p.start))) continue;
    return p.polity;
  }
  return undefined;
}

/** A candidate place of signing. */
export interface PlaceEvidence {
  readonly facts: SentenceFacts;
  readonly name: string;
  readonly place: Place | undefined;
  readonly start: number;
  readonly end: number;
}

const CAP_WORDS = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*`;
const LOCATIVE = new RegExp(
  String.raw`\b(?:in|at|off|near|outside)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,3}(?:town|city|cities|village|port|fortress|capital|resort|castle|palace|spa)\s+of\s+)?(${CAP_WORDS}(?:\s+${CAP_WORDS})*)(?!['’])`,
  'gu',
);
// Capitalised phrases after "in"/"at" that are buildings or features, not towns.
const NOT_TOWN = /\b(?:War|Wars|Battle|Hall|House|Room|Palace|Chancellery|Castle|River|Sea|Ocean|Bay|Strait|Harbor|Harbour|Yard|Navy|Ministry|Office|Kremlin|Cathedral|Church|Hotel|Building|Conference|Congress|Europe|Asia|Africa|America|Pacific|Atlantic|Baltic|East|West|North|South|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** Candidate places of signing in a sentence, in text order, skipping spans inside `exclude`. */
export function placeEvidence(facts: SentenceFacts, exclude: readonly { start: number; end: number }[]): PlaceEvidence[] {
  const text = facts.sentence.text;
  const out: PlaceEvidence[] = [];
  // A clause is part of its sentence, cut at white space or punctuation: a sentence without
  // signing words has no clause with them.
  if (!SIGNING_CONTEXT.test(text)) return out;
  for (const clause of clauses(text)) {
    if (!SIGNING_CONTEXT.test(clause.text) || /\bratif/i.test(clause.text)) continue;
    const lo = clause.at;
    const hi = clause.at + clause.text.length;
    const inside = (s: number): boolean => exclude.some((e) => e.start <= s && s < e.end);
    for (const m of findPlaces(clause.text)) {
      const start = lo + m.start;
      if (inside(start)) continue;
      // A known town counts where the text puts something there: "in", "at", "off", "town of".
      if (!/\b(?:in|at|off|near|outside|of|aboard)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u.test(text.slice(Math.max(lo, start - 60), start))) continue;
      if (facts.polities.some((p) => p.start === start && p.kind === 'name')) continue;
      // "Portsmouth, New Hampshire": the town is named before the comma.
      const name = m.text.replace(/,.*$/, '');
      out.push({ facts, name, place: m.place, start, end: start + name.length });
    }
    LOCATIVE.lastIndex = 0;
    for (const m of clause.text.matchAll(LOCATIVE)) {
      const name = m[1] ?? '';
      const start = lo + (m.index ?? 0) + m[0].length - name.length;
      if (start >= hi || inside(start) || NOT_TOWN.test(name)) continue;
      // "the Westphalian cities": an adjective before a noun is not a town.
      if (/(?:an|ian|ese|ish|ic)$/.test(name) && /^\s+\p{Ll}/u.test(text.slice(start + name.length))) continue;
      if (facts.polities.some((p) => p.start <= start && start < p.end && p.kind !== 'metonym')) continue;
      if (out.some((o) => o.start <= start && start < o.end)) continue;
      out.push({ facts, name, place: undefined, start, end: start + name.length });
    }
  }
  // Towns the gazetteer knows come before capitalised words that merely follow "in" or "at".
  return out.sort((a, b) => Number(a.place === undefined) - Number(b.place === undefined) || a.start - b.start);
}
