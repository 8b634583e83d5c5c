import type { Duration, TreatyType } from '../model/schema.js';
import { TREATY_TYPES } from '../model/schema.js';
import type { Sentence } from '../text/sentences.js';
import { readNumber } from './cues.js';

const NUM = String.raw`(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)`;
const AGREEMENT = String.raw`(?:agreement|pact|treaty|alliance|accord|convention|term|non-aggression|neutrality|partnership|deal|arrangement|understanding|guarantee|lease)`;

// A term is stated as "a five-year pact", "remain in force for ten years", "for a period of five
// years" or "ran for an initial period of five years". Other spans of years (an occupation "for
// fifteen years", "four years of fighting") are not the treaty's term.
const DURATION_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b${NUM}-year\s+(?:[\w-]+\s+){0,2}${AGREEMENT}\b`, 'gi'),
  new RegExp(String.raw`\b(?:remain|remained|be|was|stay|stayed|continue|last|lasting|run|ran|valid|force|effect)\s+(?:in\s+(?:force|effect)\s+)?for\s+(?:a\s+(?:period|term)\s+of\s+|an?\s+initial\s+(?:period|term)\s+of\s+)?${NUM}\s+years\b`, 'gi'),
  new RegExp(String.raw`\bfor\s+an?\s+(?:initial\s+)?(?:period|term)\s+of\s+${NUM}\s+years\b`, 'gi'),
  new RegExp(String.raw`\b${NUM}\s+years\s+of\s+(?:non-aggression|neutrality|peace|alliance|friendship)\b`, 'gi'),
];

/** A stated duration with the sentence and range it was read from. */
export interface DurationMention {
  readonly duration: Duration;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
}

/** Finds the treaty's stated term, preferring the lead. */
export function findDuration(sentences: readonly Sentence[]): DurationMention | null {
  const found: DurationMention[] = [];
  for (const s of sentences) {
    if (!/year/i.test(s.text)) continue;
    for (const re of DURATION_PATTERNS) {
      re.lastIndex = 0;
      for (const m of s.text.matchAll(re)) {
        const years = readNumber(m[1] ?? '');
        if (years === undefined || years <= 0 || years > 999) continue;
        found.push({ duration: { years, iso: `P${years}Y`, text: m[0] }, sentence: s, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
      }
    }
  }
  if (found.length === 0) return null;
  // When the text states several terms, the most frequent wins, then the earliest.
  const count = new Map<number, number>();
  for (const f of found) count.set(f.duration.years, (count.get(f.duration.years) ?? 0) + 1);
  return [...found].sort((a, b) => (count.get(b.duration.years) ?? 0) - (count.get(a.duration.years) ?? 0))[0] ?? null;
}

// Each type needs wording that says the treaty itself is of that kind, not that the word occurs.
// Each type has one or more patterns; patterns that test capitals (\p{Lu}) are case-sensitive,
// because with the `i` flag \p{Lu} matches lower case too.
const TYPE_CUES: Readonly<Record<TreatyType, RegExp | readonly RegExp[]>> = {
  peace: [
    /\bpeace\s+(?:treaty|treaties|agreement|accord|settlement|terms|deal)\b|\b(?:treaty|treaties|articles)\s+of\s+peace\b|\b(?:restored?|made|make|makes|concluded?|signed|separate|preliminary|lasting|perpetual|eternal|brought|bring|brings|establish(?:ed)?|secured?|dictated?|dictates|imposed?)\s+(?:a\s+|the\s+)?(?:separate\s+|preliminary\s+|lasting\s+|general\s+|formal\s+)?peace\b(?!\s+(?:for|prize|conference|talks|process|movement|negotiations))/i,
    // Title case in a headline: "Peace of Westphalia", "Make Peace With Germany".
    /\bPeace\s+(?:of|with|With|Between)\s+\p{Lu}|\bPeace Treaty\b|^(?:The|This)\s+peace\s+(?!conference|talks|process|movement|prize)/u,
  ],
  armistice: /\barmistice\b|\bceasefire\b|\bcease-fire\b|\btruce\b/i,
  alliance: /\b(?:treaty\s+of\s+alliance|military\s+alliance|defensive\s+alliance|formal\s+alliance|offensive\s+alliance|an\s+alliance|the\s+alliance)\b/i,
  'mutual-defense':
    /\bmutual[-\s](?:defen[cs]e|assistance|aid|protection)\b|\bdefensive\s+alliance\b|\b(?:come|came)\s+to\s+(?:its|each\s+other's|the\s+other's|their)\s+aid\b|\bassist\s+(?:one\s+another|each\s+other)\b|\bif\s+(?:the\s+other|either|any\s+of\s+them|one\s+of\s+them)\b[^.;]{0,40}\b(?:were|was|is|be)\s+attacked\b/i,
  neutrality: /\bneutrality\b|\b(?:remain|stay|remained|observe)\s+(?:strictly\s+)?neutral\b/i,
  'non-aggression': /\bnon-?aggression\b|\b(?:never|not)\s+to\s+attack\s+(?:one\s+another|each\s+other)\b/i,
  friendship: /\b(?:treaty|pact|agreement)\s+of\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}(?:friendship|amity)\b|\bfriendship\s+(?:treaty|pact|agreement)\b|\bamity\b|\bpeace\s+and\s+(?:perpetual\s+)?(?:friendship|amity)\b/i,
  trade:
    /\bmost[-\s]favou?red[-\s]nation\b|\b(?:trade|commercial|commerce)\s+(?:agreement|treaty|relations|rights|privileges|concessions)\b|\btreaty\s+ports?\b|\bopen(?:ed|ing|s)?\b[^.;]{0,80}\bto\s+(?:\p{Lu}\p{L}+\s+)?(?:residence\s+and\s+)?(?:trade|commerce)\b|\btariffs?\b|\bcaravan\s+trade\b|\btrade\s+(?:route|routes)\s+(?:were|was)\s+opened\b|\b(?:freedom|right)s?\s+of\s+(?:commerce|trade)\b|\ballow(?:ed|s|ing)?\s+trade\b|\ballow(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){1,10}?to\s+trade\s+with\b/iu,
  border:
    /\b(?:fix|fixed|fixing|set|sets|settl\w+|demarcat\w*|delimit\w*|defin\w+|drew|drawn|draw|establish\w*|agreed|accept\w*|moved|redrew|mark(?:ed)?)\b(?:\s+[\w'’-]+){0,6}?\s+(?:the\s+|a\s+|as\s+the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:border|boundary|frontier)s?\b|\b(?:border|boundary|frontier)s?\b[^.;]{0,60}\b(?:were|was)\s+(?:fixed|drawn|set|agreed|defined|demarcated|settled)\b|\b(?:border|boundary|frontier)\s+(?:treaty|agreement|settlement|line)\b|\b(?:gave|give|gives)\b[^.;]{0,40}\bboundaries\b|\btreaty\s+of\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}limits\b|\brecogni[sz]\w*\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:border|boundary|frontier)s?\b/i,
  'territorial-cession':
    /\b[Cc]ede[sd]?\b|\b[Cc]eding\b|\b[Cc]ession\b|\b[Rr]enounc\w*\s+(?:all\s+)?(?:sovereignty\s+over|claims?\s+to|title\s+to)\s+(?:the\s+)?\p{Lu}|\b[Gg]ave\s+up\b[^.;]{0,40}\b(?:territor\w*|lands?|provinces?|islands?|districts?)\b|\b(?:[Tt]erritor\w*|[Ll]ands?|[Pp]rovinces?|[Ii]slands?)\b[^.;]{0,30}\bgave\s+up\b/u,
  'arms-limitation':
    /\bdisarmament\b|\barms\s+(?:limitation|control|reduction)\b|\blimits?\s+on\s+(?:arms|armaments|weapons|naval|the\s+size)\b|\b(?:limited|restricted|reduced|capped)\s+(?:its|the|their)\s+(?:[\w-]+\s+)?(?:army|armies|navy|navies|armed\s+forces|armaments|fleet|forces|troops)\b/i,
  partition: /\bpartition(?:ed|ing)?\b/i,
  independence: [
    /\b(?:recogni[sz]ed|recognition\s+of|granted|acknowledged|confirmed|guaranteed)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?independence\b/i,
    /\b[Ii]ndependence\s+of\s+\p{Lu}/u,
  ],
};

const NOT_DONE = /\b(?:not|never|no|without|refused|rejected|declined|failed|hoped|sought|wanted|wished|asked)\b/i;

// Cheap tests that rule a sentence out before the full patterns run: most sentences name no type.
const TYPE_HINTS: Readonly<Record<TreatyType, RegExp>> = {
  peace: /peace/i,
  armistice: /armistice|cease|truce/i,
  alliance: /allian/i,
  'mutual-defense': /mutual|defensive|aid\b|assist|attacked/i,
  neutrality: /neutral/i,
  'non-aggression': /aggression|attack/i,
  friendship: /friendship|amity/i,
  trade: /trad|commerc|tariff|port|favou?red/i,
  border: /border|boundar|frontier|limits/i,
  'territorial-cession': /ced|cession|renounc|gave up/i,
  'arms-limitation': /arm|limit|restrict|reduc|capped/i,
  partition: /partition/i,
  independence: /independen/i,
};

// Whether the kind of treaty may be read from a sentence anywhere in the article; an armistice
// mentioned in the body is usually an earlier, separate agreement.
const UP_FRONT_ONLY: ReadonlySet<TreatyType> = new Set(['armistice']);

/** The treaty types the text supports; sentences about other events (dated otherwise) are ignored. */
export function findTypes(sentences: readonly Sentence[], isOtherEvent: (s: Sentence) => boolean): { type: TreatyType; sentence: Sentence; start: number; end: number }[] {
  const out: { type: TreatyType; sentence: Sentence; start: number; end: number }[] = [];
  for (const type of TREATY_TYPES) {
    for (const s of sentences) {
      if (s.zone === 'heading' || (UP_FRONT_ONLY.has(type) && s.zone === 'body')) continue;
      if (!TYPE_HINTS[type].test(s.text) || isOtherEvent(s)) continue;
      const cues = TYPE_CUES[type];
      const m = (Array.isArray(cues) ? cues : [cues as RegExp]).map((re) => re.exec(s.text)).find((x) => x !== null) ?? null;
      // "did not open Japan to commerce", "hoped to add a commercial agreement".
      if (m && NOT_DONE.test(s.text.slice(Math.max(0, m.index - 50), m.index).split(/[,;]\s+(?:but|and|while)\s+/).at(-1) ?? '')) continue;
      if (m) {
        out.push({ type, sentence: s, start: m.index, end: m.index + m[0].length });
        break;
      }
    }
  }
  return out;
}

const NAME_HEAD = String.raw`(?:Treaty|Treaties|Peace|Pact|Convention|Agreement|Accords?|Protocol|Charter|Concordat|Capitulations?|Compact|Entente|Alliance|Declaration|Armistice|Truce|Settlement|Understanding)`;
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*`;
const NAME_PATTERNS: readonly RegExp[] = [
  // "Treaty of Versailles", "Peace of Westphalia", "Treaty of Guadalupe Hidalgo"
  new RegExp(String.raw`\b${NAME_HEAD}\s+of\s+(?:the\s+)?${CAP}(?:(?:,\s+|\s+and\s+|\s+)${CAP}){0,6}`, 'gu'),
  // "Kellogg-Briand Pact", "Anglo-Japanese Alliance", "Tripartite Pact", "Entente Cordiale"
  new RegExp(String.raw`(?:${CAP}\s+){1,6}${NAME_HEAD}\b(?:\s+of\s+(?:the\s+)?${CAP}(?:(?:,\s+|\s+and\s+|\s+)${CAP}){0,6})?|\bEntente\s+Cordiale\b`, 'gu'),
];
// Every name holds one of the head words: a sentence without one is passed over at once.
const HAS_NAME_HEAD = new RegExp(NAME_HEAD, 'u');
const NAME_HEAD_WORD = new RegExp(`^${NAME_HEAD}$`);
const NOT_NAME_START = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Both|Each|Every|Any|No|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|First|Second|Secret|Separate|Supplementary|New|Formal|Final|Draft|Published)\s+/;

// "Non-Aggression Pact" or "Peace Treaty" in title case is a description, not a name.
const GENERIC_NAME_WORDS = /^(?:Non-Aggression|Nonaggression|Neutrality|Peace|Military|Defensive|Defense|Defence|Trade|Commercial|Friendship|Border|Naval|Secret|Mutual|Assistance|Alliance|Treaty|Pact|Agreement|of|and|the)$/i;

/** A proper name of a treaty found in a sentence. */
export interface NameMention {
  readonly name: string;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
}

/** Finds treaty names such as "Treaty of Versailles" or "Kellogg-Briand Pact" in a sentence. */
export function findNames(s: Sentence): NameMention[] {
  const out: NameMention[] = [];
  if (!HAS_NAME_HEAD.test(s.text)) return out;
  for (const re of NAME_PATTERNS) {
    for (const m of s.text.matchAll(re)) {
      let name = m[0];
      let start = m.index ?? 0;
      // Drop a sentence-initial article or generic adjective that title case capitalised.
      for (let cut = NOT_NAME_START.exec(name); cut; cut = NOT_NAME_START.exec(name)) {
        name = name.slice(cut[0].length);
        start += cut[0].length;
      }
      if (!/\s/.test(name)) continue;
      if (name.split(/\s+/).every((w) => GENERIC_NAME_WORDS.test(w) || NAME_HEAD_WORD.test(w))) continue;
      if (out.some((o) => o.start <= start && start < o.end)) continue;
      out.push({ name, sentence: s, start, end: start + name.length });
    }
  }
  // "Sino-Soviet Treaty of Friendship, ..." contains "Treaty of Friendship, ...": keep the longer.
  return out.filter((n) => !out.some((o) => o !== n && o.start <= n.start && n.end <= o.end && o.end - o.start > n.end - n.start)).sort((a, b) => a.start - b.start);
}
