import type { Diagnostic } from '../model/diagnostics.js';
import type { DerivedDate, Duration, Party, PartialDate, Place, Section, Signatory, Span, TreatyType } from '../model/schema.js';
import { chooseSigningDate, findDates, isoYear, type DateMention } from '../extract/dates.js';
import { polities } from '../extract/gazetteer/polities.js';
import { findPolities, findUnknownStates, lookupPlace, type Polity } from '../extract/gazetteer/index.js';
import { findPeople, type PersonMention } from '../extract/people.js';
import { placeEvidence, representatives, roleParty, signedFor, signingEvidence, unnamedSigners, type SentenceFacts, type SignerEvidence } from '../extract/signing.js';
import { findDuration, findNames, findTypes, type NameMention } from '../extract/terms.js';
import { SIGNING_CONTEXT } from '../extract/cues.js';
import type { ArticleLayout } from '../read/read-article.js';
import type { Sentence } from '../text/sentences.js';
import type { ArticleText } from './parse-article.js';

/** Everything extracted from an article, before the model is assembled and validated. */
export interface ArticleFacts {
  readonly title: string;
  readonly name: string | null;
  readonly summary: string;
  readonly types: TreatyType[];
  readonly date: PartialDate;
  readonly place: Place | null;
  readonly parties: Party[];
  readonly signatories: Signatory[];
  readonly duration: Duration | null;
  readonly expires: DerivedDate | null;
  readonly keyFacts: string[];
  readonly sections: Section[];
  readonly provenance: Record<string, Span[]>;
}

const WEAK_FORM = /^(?:\p{Ll}.*|Empire|Emperor|Empress|Crown|Reich|Republic|Kingdom|Union|Sultan|Tsar|Czar|Kaiser|Shah|Pope|King|Queen|Confederation|Commonwealth)$/u;

const TREATY_WORDS = /\b(?:treaty|treaties|pact|agreement|accords?|convention|peace|alliance|armistice|truce|protocol|concordat|entente|settlement)\b/i;

/** Runs every extractor over the article; pushes diagnostics and returns null when a required fact is missing. */
export function extractFacts(article: ArticleText, diagnostics: Diagnostic[]): ArticleFacts | null {
  // One stage per fact, each a function of its own: besides reading better, a short function is
  // cheap for V8 to optimize again when an unusual article deoptimizes it (this was one function of
  // 300 lines, whose every re-optimization took about 300 ms of a core during a build).
  const found = new Findings(article, diagnostics);
  const { layout } = article;
  const { title, summary, keyFacts, sections } = layoutFacts(layout, found);

  const prose = article.sentences.filter((s) => s.zone !== 'heading');
  if (!prose.some((s) => TREATY_WORDS.test(s.text) || SIGNING_CONTEXT.test(s.text))) {
    found.error('no_treaty_signing', 'expected an article about a treaty, found no treaty, pact or signing in the text', found.docStart);
  }
  // The signing date, which also fixes the era for the gazetteer.
  const dates: DateMention[] = prose.flatMap((s) => findDates(s));
  const chosen = signingDate(dates, layout, found);
  const facts = sentenceFacts(prose, chosen?.best.year);
  const otherEvent = aboutOtherEvent(dates, chosen?.best.date.iso ?? '');

  const { parties, signatories } = partiesAndSignatories(facts, layout, otherEvent, found);
  const { place, treatyName } = placeAndName(prose, facts, title, otherEvent, found);

  const types = findTypes(prose, otherEvent);
  types.forEach((t, i) => found.cite(`/types/${i}`, article.span(t.sentence, t.start, t.end)));
  const durationMention = findDuration(prose);
  if (durationMention) found.cite('/duration', article.span(durationMention.sentence, durationMention.start, durationMention.end));
  const duration = durationMention?.duration ?? null;

  if (!chosen || parties.length === 0 || !layout.title) return null;
  const date = chosen.best.date;
  const expires = duration ? addYears(date, duration.years) : null;
  if (expires) {
    for (const p of ['/signed/date', '/duration']) for (const s of found.spans(p) ?? []) found.cite('/expires', s);
  }
  return {
    title,
    name: treatyName?.name ?? null,
    summary,
    types: types.map((t) => t.type),
    date,
    place,
    parties,
    signatories,
    duration,
    expires,
    keyFacts,
    sections,
    provenance: Object.fromEntries(found.provenance),
  };
}

/** What the stages record besides the facts: the spans each model field comes from, and the diagnostics. */
class Findings {
  // The spans of each pointer, in a Map until the model is built: pointers are new strings, which
  // an object would have to intern on every lookup.
  readonly provenance = new Map<string, Span[]>();
  // A pointer cites each range once. Most have a span or two; one cited many times (a party named
  // on every line) gets an index of its ranges, so that citing does not become quadratic.
  private readonly rangesOf = new Map<string, Set<string>>();
  /** The empty span at the start of the article, for diagnostics about the whole of it. */
  readonly docStart: Span;

  constructor(
    readonly article: ArticleText,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.docStart = article.positions.span(0, 0);
  }

  cite(pointer: string, span: Span): void {
    let list = this.provenance.get(pointer);
    if (!list) this.provenance.set(pointer, (list = []));
    if (list.length < 8) {
      if (!list.some((s) => s.start.offset === span.start.offset && s.end.offset === span.end.offset)) list.push(span);
      return;
    }
    let ranges = this.rangesOf.get(pointer);
    if (!ranges) this.rangesOf.set(pointer, (ranges = new Set(list.map(rangeKey))));
    if (ranges.has(rangeKey(span))) return;
    ranges.add(rangeKey(span));
    list.push(span);
  }

  /** The spans cited so far for a pointer. */
  spans(pointer: string): Span[] | undefined {
    return this.provenance.get(pointer);
  }

  error(code: Diagnostic['code'], message: string, span: Span | null = null): void {
    this.diagnostics.push({ code, severity: 'error', message, span });
  }

  warn(code: Diagnostic['code'], message: string, span: Span | null = null): void {
    this.diagnostics.push({ code, severity: 'warning', message, span });
  }

  /** The span of a block of the layout. */
  block(b: { start: number; end: number }): Span {
    return this.article.positions.span(b.start, b.end);
  }
}

/** Items grouped by a key, in their order within each group; an item without a key is left out. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const rangeKey = (s: Span): string => `${s.start.offset}:${s.end.offset}`;

/** The facts the layout gives directly: headline, lead, key facts and sections. */
function layoutFacts(layout: ArticleLayout, found: Findings): Pick<ArticleFacts, 'title' | 'summary' | 'keyFacts' | 'sections'> {
  const { positions } = found.article;
  const title = layout.title?.text ?? '';
  if (!layout.title) found.error('missing_headline', 'expected a headline on the first line, found none', found.docStart);
  else found.cite('/title', found.block(layout.title));
  const summary = layout.lead?.text ?? '';
  if (!layout.lead) {
    const at = layout.title ? positions.span(layout.title.end, layout.title.end) : found.docStart;
    found.warn('missing_lead', 'expected a lead paragraph after the headline, found none', at);
  } else found.cite('/summary', found.block(layout.lead));
  const keyFacts = layout.keyFacts.map((b) => b.text);
  layout.keyFacts.forEach((b, i) => found.cite(`/keyFacts/${i}`, found.block(b)));
  if (keyFacts.length === 0 && layout.lead) {
    found.warn('missing_key_facts', 'expected key-fact lines after the lead paragraph, found none', positions.span(layout.lead.end, layout.lead.end));
  }
  const sections: Section[] = layout.sections.map((s) => ({ heading: s.heading.text, paragraphs: s.paragraphs.map((p) => p.text) }));
  layout.sections.forEach((s, i) => {
    found.cite(`/sections/${i}/heading`, found.block(s.heading));
    s.paragraphs.forEach((p, j) => found.cite(`/sections/${i}/paragraphs/${j}`, found.block(p)));
  });
  if (sections.length === 0 && layout.title) found.warn('missing_sections', 'expected section headings such as "What Happened?", found none', null);
  return { title, summary, keyFacts, sections };
}

type SigningDate = NonNullable<ReturnType<typeof chooseSigningDate>>;

/** The signing date among the dates of the article, or an error when none has a year. */
function signingDate(dates: readonly DateMention[], layout: ArticleLayout, found: Findings): SigningDate | undefined {
  const { article } = found;
  const chosen = chooseSigningDate(dates);
  if (!chosen) {
    found.error(
      'missing_signing_date',
      'expected a signing date such as "April 13, 1941" or "1259 BC", found no date with a year',
      layout.lead ? found.block(layout.lead) : found.docStart,
    );
    return undefined;
  }
  found.cite('/signed/date', article.span(chosen.best.sentence, chosen.best.start, chosen.best.end));
  if (chosen.runnerUp && chosen.margin <= 1) {
    const r = chosen.runnerUp;
    found.warn('ambiguous_signing_date', `took ${chosen.best.date.text} as the signing date, but ${r.date.text} is almost as likely`, article.span(r.sentence, r.start, r.end));
  }
  return chosen;
}

/** The states and people each sentence names, in the era of the signing year. */
function sentenceFacts(prose: readonly Sentence[], year: number | undefined): SentenceFacts[] {
  // Generic forms ("the Empire", "imperial", "the Emperor") refer to a polity only in a text that
  // names it: in an article on Nerchinsk, "the Kangxi Emperor" is not the Holy Roman Empire.
  const unknownStates = new Map<string, Polity>();
  const found = prose.map((sentence) => {
    const known = findPolities(sentence.text, year);
    return [...known, ...findUnknownStates(sentence.text, known, unknownStates)].sort((a, b) => a.start - b.start);
  });
  const named = new Set(found.flat().filter((m) => m.kind === 'name' && !WEAK_FORM.test(m.text)).map((m) => m.polity));
  return prose.map((sentence, i) => {
    const polities = (found[i] ?? []).filter((m) => !WEAK_FORM.test(m.text) || named.has(m.polity));
    // A key fact starts with a verb; a piece cut from a very long one does not.
    return { sentence, polities, people: findPeople(sentence.text, polities, sentence.zone === 'fact' && sentence.at === 0) };
  });
}

/**
 * Whether a sentence is about another event: it has a date that neither matches nor contains the
 * signing date ("1895" contains "1895-04-17").
 */
function aboutOtherEvent(dates: readonly DateMention[], signedIso: string): (s: Sentence) => boolean {
  const datesBySentence = groupBy(dates, (d) => d.sentence);
  return (s) => {
    const ds = datesBySentence.get(s) ?? [];
    return ds.length > 0 && ds.every((d) => !signedIso.startsWith(d.date.iso) && !d.date.iso.startsWith(signedIso));
  };
}

/**
 * The people of an article. A full name anywhere lets a surname alone refer to the same person: the
 * first full name in the article that ends with it.
 */
class People {
  // Names are indexed by their last word (tokens hold no spaces) so that resolving a mention does
  // not go through every full name of the article.
  private readonly fullNameBySurname = new Map<string, PersonMention>();
  // Every mention of each person, in text order, grouped in one pass.
  private readonly mentionsByName: Map<string, { f: SentenceFacts; p: PersonMention }[]>;

  constructor(facts: readonly SentenceFacts[]) {
    for (const f of facts) {
      for (const q of f.people) {
        const surname = q.tokens.at(-1);
        if (q.tokens.length > 1 && surname !== undefined && !this.fullNameBySurname.has(surname)) this.fullNameBySurname.set(surname, q);
      }
    }
    const mentions = facts.flatMap((f) => f.people.map((p) => ({ f, p })));
    this.mentionsByName = groupBy(mentions, (m) => this.resolve(m.p)?.name);
  }

  /** The person a mention refers to: its full name, or the mention itself when it has a role. */
  resolve(p: PersonMention): PersonMention | undefined {
    if (p.tokens.length > 1) return p;
    const full = p.tokens.length === 1 ? this.fullNameBySurname.get(p.tokens[0] ?? '') : undefined;
    if (full) return full;
    return p.role !== null ? p : undefined;
  }

  mentionsOf(name: string): { f: SentenceFacts; p: PersonMention }[] {
    return this.mentionsByName.get(name) ?? [];
  }
}

/** The sides of a treaty, in the order the text gives them. */
class Sides {
  readonly order: Polity[] = [];
  // "Denmark" and "Denmark-Norway" in one article are one side: the later joins the earlier.
  private readonly mergedInto = new Map<Polity, Polity>();

  add(p: Polity): void {
    if (this.order.includes(this.canonical(p))) return;
    const side = this.order.find((q) => q !== p && sameSide(q, p));
    if (side) this.mergedInto.set(p, side);
    else this.order.push(p);
  }

  /** The side a polity belongs to. */
  canonical(p: Polity): Polity {
    return this.mergedInto.get(p) ?? p;
  }
}

const sameSide = (a: Polity, b: Polity): boolean => a.name.split(/-|\s+and\s+/).includes(b.name) || b.name.split(/-|\s+and\s+/).includes(a.name);

/** The parties and the signatories, each signatory with the party they signed for. */
function partiesAndSignatories(
  facts: readonly SentenceFacts[],
  layout: ArticleLayout,
  otherEvent: (s: Sentence) => boolean,
  found: Findings,
): { parties: Party[]; signatories: Signatory[] } {
  // Parties and signers come from the signing clauses of the lead, key facts and first sections,
  // leaving out sentences about other events (preliminary articles signed a year earlier).
  const evidence = facts.filter((f) => (f.sentence.zone !== 'body' || f.sentence.section < Math.max(1, layout.sections.length - 1)) && !otherEvent(f.sentence));
  const signings = evidence.map((f) => signingEvidence(f));
  const namedSigners = signings.flatMap((e) => e.signers);
  // When a signing names nobody ("the six envoys signed"), those who represented a side signed.
  const signerEvidence = evidence.some(unnamedSigners) ? [...namedSigners, ...evidence.flatMap(representatives)] : namedSigners;

  const people = new People(facts);
  const sides = new Sides();
  for (const e of signings) for (const p of e.parties) sides.add(p.mention.polity);
  const { signatories, signerPolities } = findSignatories(signerEvidence, people, sides, found);

  // Without a signing clause that names states, fall back to the states in the headline.
  if (sides.order.length === 0) {
    for (const f of facts.filter((x) => x.sentence.zone === 'title')) for (const p of f.polities) sides.add(p.polity);
  }
  if (sides.order.length === 0 && layout.lead) {
    for (const f of facts.filter((x) => x.sentence.zone === 'lead').slice(0, 1)) for (const p of f.polities) sides.add(p.polity);
  }
  if (sides.order.length === 0) {
    found.error(
      'missing_parties',
      'expected the states that signed (e.g. "between the USSR and Japan"), found none the gazetteer knows',
      layout.lead ? found.block(layout.lead) : found.docStart,
    );
  }
  assignSides(signatories, signerPolities, signerEvidence, people, sides, found);
  return { parties: partiesOf(sides, facts, found), signatories };
}

/** The signers, in the order the text names them, with the state each signed for when the text says. */
function findSignatories(
  signerEvidence: readonly SignerEvidence[],
  people: People,
  sides: Sides,
  found: Findings,
): { signatories: Signatory[]; signerPolities: (Polity | undefined)[] } {
  const { article } = found;
  const signerNames: string[] = [];
  for (const e of signerEvidence) {
    const full = people.resolve(e.person);
    if (full && !signerNames.includes(full.name)) signerNames.push(full.name);
  }
  const signatories: Signatory[] = [];
  const signerPolities: (Polity | undefined)[] = [];
  for (const name of signerNames) {
    const mentions = people.mentionsOf(name);
    const withRole = mentions.find((m) => m.p.role !== null && m.p.tokens.length > 1) ?? mentions.find((m) => m.p.role !== null);
    let polity: Polity | undefined;
    for (const m of mentions) polity ??= m.p.role !== null ? roleParty(m.f, m.p) : undefined;
    for (const m of mentions) polity ??= signedFor(m.f, m.p);
    polity ??= signerEvidence.find((e) => e.polity && people.resolve(e.person)?.name === name)?.polity;
    if (polity) {
      sides.add(polity);
      polity = sides.canonical(polity);
    }
    signerPolities.push(polity);
    const index = signatories.length;
    signatories.push({ name, role: withRole?.p.role ?? null, party: null });
    for (const m of mentions) found.cite(`/signatories/${index}/name`, article.span(m.f.sentence, m.p.start, m.p.end));
    if (withRole) found.cite(`/signatories/${index}/role`, article.span(withRole.f.sentence, withRole.p.roleStart, withRole.p.roleEnd));
  }
  return { signatories, signerPolities };
}

/** Gives each signatory a party: their own, a companion's, or the one side left without a signer. */
function assignSides(
  signatories: Signatory[],
  signerPolities: (Polity | undefined)[],
  signerEvidence: readonly SignerEvidence[],
  people: People,
  sides: Sides,
  found: Findings,
): void {
  const signerNames = signatories.map((s) => s.name);
  // "Ignatyev signed together with the diplomat Nelidov": a companion without a state of his own
  // signed for the same side.
  signerNames.forEach((name, i) => {
    if (signerPolities[i]) return;
    for (const e of signerEvidence) {
      if (people.resolve(e.person)?.name !== name) continue;
      const side = e.companions?.map((c) => signerPolities[signerNames.indexOf(people.resolve(c)?.name ?? '')]).find((p) => p !== undefined);
      if (side) {
        signerPolities[i] = side;
        break;
      }
    }
  });
  // A signer whose state the text does not give signed for the one party left without a signer.
  const unassigned = sides.order.filter((p) => !signerPolities.includes(p));
  signatories.forEach((s, i) => {
    const polity = signerPolities[i] ?? (unassigned.length === 1 ? unassigned[0] : undefined);
    // The party comes from the role ("Soviet Foreign Minister") or "signed for Y"; a party given by
    // elimination cites the signer's name.
    const from = found.spans(`/signatories/${i}/role`) ?? found.spans(`/signatories/${i}/name`);
    if (polity && from?.[0]) found.cite(`/signatories/${i}/party`, from[0]);
    if (polity) signatories[i] = { ...s, party: polity.id };
    else found.warn('signatory_without_party', `could not tell which state ${s.name} signed for`, found.spans(`/signatories/${i}/name`)?.[0] ?? null);
  });
}

/** The parties, each with the ways the article names it. */
function partiesOf(sides: Sides, facts: readonly SentenceFacts[], found: Findings): Party[] {
  for (const polity of sides.order) {
    if (polity.wikidata === null && !polities.includes(polity)) {
      found.warn('unknown_party', `${polity.name} is not in the gazetteer: its name is kept as written and it has no Wikidata id`, null);
    }
  }
  // Each party's mentions, in text order, gathered in one pass over the article.
  const partyIndex = new Map(sides.order.map((p, i) => [p, i]));
  const partyMentions = sides.order.map(() => ({ texts: new Set<string>(), spans: [] as Span[] }));
  for (const f of facts) {
    for (const m of f.polities) {
      const i = partyIndex.get(sides.canonical(m.polity));
      const mentioned = i === undefined ? undefined : partyMentions[i];
      if (!mentioned) continue;
      mentioned.texts.add(m.text);
      mentioned.spans.push(found.article.span(f.sentence, m.start, m.end));
    }
  }
  return sides.order.map((polity, i) => {
    const { texts, spans } = partyMentions[i] ?? { texts: new Set<string>(), spans: [] };
    for (const span of spans) found.cite(`/parties/${i}`, span);
    const mentions = [...texts];
    if (mentions.length === 0) mentions.push(polity.name);
    return { id: polity.id, name: polity.name, mentions, wikidata: polity.wikidata };
  });
}

/** The place of signing, and the treaty's own name ("the Treaty of Rapallo"). */
function placeAndName(
  prose: readonly Sentence[],
  facts: readonly SentenceFacts[],
  title: string,
  otherEvent: (s: Sentence) => boolean,
  found: Findings,
): { place: Place | null; treatyName: NameMention | undefined } {
  const { article } = found;
  // Place of signing: the first town the signing clauses put the signing in.
  const nameMentions = prose.flatMap((s) => findNames(s));
  let place: Place | null = null;
  const namesBySentence = groupBy(nameMentions, (n) => n.sentence);
  // Towns the gazetteer knows, anywhere in the signing sentences, beat a capitalised word after "in".
  const candidates = facts.flatMap((f) => placeEvidence(f, namesBySentence.get(f.sentence) ?? []));
  const town = candidates.find((c) => c.place !== undefined) ?? candidates[0];
  if (town) {
    place = { name: town.name, wikidata: town.place?.wikidata ?? lookupPlace(town.name)?.wikidata ?? null };
    found.cite('/signed/place', article.span(town.facts.sentence, town.start, town.end));
  }
  const treatyName = chooseName(nameMentions, title, otherEvent);
  if (!place && treatyName) {
    // "The Treaty of Rapallo" was signed at Rapallo unless the text says otherwise.
    const named = /\bof\s+(?:the\s+)?(.+)$/.exec(treatyName.name)?.[1];
    const known = named ? lookupPlace(named) : undefined;
    if (known && named) {
      place = { name: named, wikidata: known.wikidata };
      found.cite('/signed/place', article.span(treatyName.sentence, treatyName.start, treatyName.end));
    }
  }
  if (!place) found.warn('missing_place', 'found no place of signing (e.g. "signed in Moscow")', null);
  if (treatyName) found.cite('/name', article.span(treatyName.sentence, treatyName.start, treatyName.end));
  return { place, treatyName };
}

// The treaty's own name is the one the lead gives; a name only in the body is another treaty
// unless the headline repeats it.
function chooseName(names: readonly NameMention[], title: string, otherEvent: (s: Sentence) => boolean): NameMention | undefined {
  const told = (n: NameMention): boolean => {
    const before = n.sentence.text.slice(Math.max(0, n.start - 40), n.start);
    // "signed the Treaty of Tordesillas", "known in Japan as the Treaty of Shimonoseki".
    return /\b(?:signed|concluded|known(?:\s+\w+){0,3}\s+as|called|named)\s+(?:the\s+)?$/i.test(before);
  };
  return (
    names.find((n) => n.sentence.zone === 'lead') ??
    names.find((n) => n.sentence.zone !== 'title' && title.includes(n.name)) ??
    names.find((n) => n.sentence.zone !== 'title' && told(n) && !otherEvent(n.sentence))
  );
}

function addYears(date: PartialDate, years: number): DerivedDate | null {
  if (!Number.isInteger(years)) return null;
  const [y, ...rest] = date.iso.startsWith('-') ? ['-' + (date.iso.slice(1).split('-')[0] ?? ''), ...date.iso.slice(1).split('-').slice(1)] : date.iso.split('-');
  const year = Number(y) + years;
  const iso = [isoYear(year), ...rest].join('-');
  // 29 February plus a number of years that is not a leap year: the term ends on 28 February.
  const fixed = /-02-29$/.test(iso) && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? iso.replace(/-29$/, '-28') : iso;
  return { iso: fixed, precision: date.precision, text: `${years} year${years === 1 ? '' : 's'} after ${date.text}`, derived: true };
}
