import { lookupPlace, type PolityMention } from './gazetteer/index.js';

const isPlace = (name: string): boolean => lookupPlace(name) !== undefined;

/** A person named in a sentence, with the role written next to the name. */
export interface PersonMention {
  /** Name as written, without honorifics such as "Sir" or "Count". */
  readonly name: string;
  readonly tokens: readonly string[];
  readonly start: number;
  readonly end: number;
  /** Role as written ("Soviet Foreign Minister"), singular, or null. */
  readonly role: string | null;
  readonly roleStart: number;
  readonly roleEnd: number;
  /** Whether the mention is a possessive ("Hitler's"). */
  readonly possessive: boolean;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Words, with "U.S." and initials such as "B." kept whole; a sentence's final full stop is its own token.
const TOKEN = /(?:St|Ste|Mt|Ft|Dr|Mr|Mrs|Ms|Gen|Col|Adm|Lt|Capt|Sgt|Rev|Gov|Sen)\.(?=\s)|\p{L}\.(?:\p{L}\.)+|\p{Lu}\.(?=\s)|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-]*|\d+(?:[.,]\d+)*|[^\s\p{L}\p{N}]/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

// Office words: a role must contain one of these.
const OFFICES = new Set(
  ('minister ministers ambassador ambassadors ambassador-at-large chancellor president secretary secretary-general commissar envoy envoys ' +
    'plenipotentiary plenipotentiaries delegate delegates head premier king queen emperor empress tsar czar tsarina kaiser sultan shah pharaoh ' +
    'pope admiral general marshal governor governor-general viceroy consul commissioner commissioners negotiator negotiators representative ' +
    'representatives chief leader dictator duce führer chairman prince regent doge elector khan emir caliph vizier grand-vizier archduke ' +
    'duke margrave landgrave minister-president statesman diplomat diplomats count-palatine cardinal legate nuncio lord-lieutenant ' +
    'steward accountant jurist jurists magistrate voivode clerk dragoman deputy deputies member speaker senator chargé attaché mediator ' +
    'secretary-of-state undersecretary under-secretary commander officer ruler sovereign monarch')
    .split(' '),
);
// Words that may stand inside a role but are not offices themselves.
const ROLE_MODIFIERS = new Set(
  ('foreign prime grand deputy vice special imperial royal chief first second high supreme senior assistant acting transport war navy naval ' +
    'finance interior trade commerce defense defence home colonial colonies state affairs people\'s people’s sea army air justice economic ' +
    'external internal overseas plenipotentiary extraordinary principal lead papal field people delegation delegations mission side ' +
    'former senior junior retired newly elected military civil regional provincial')
    .split(' '),
);
const CONNECTORS = new Set(['of', 'to', 'for', 'the', 'and', 'at', 'in']);
// Honorifics dropped from a name; "Lord"/"Lady" stay because they are part of a peer's name.
const HONORIFICS = new Set(['Sir', 'Count', 'Countess', 'Baron', 'Baroness', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Dr', 'Dr.', 'Dame', 'Herr', 'Monsieur', 'Signor', 'Marquis', 'Viscount', 'Earl']);
const PEER_TITLES = new Set(['Lord', 'Lady']);
// Military and naval ranks: dropped from a name, and the role when the text gives no other.
const RANKS = new Set(['Captain', 'Commodore', 'Admiral', 'General', 'Colonel', 'Major', 'Lieutenant', 'Marshal', 'Brigadier', 'Commander', 'Field']);
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'di', 'da', 'du', 'del', 'della', 'des', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'zu', 'y', 'dos', 'das', 'af', 'av', 'do', 'dei', 'degli', 'ben']);
const ROMAN = /^(?:[IVX]+)$/;
// Heads of capitalised phrases that are places, bodies or events, never people.
const NOT_PERSON_HEADS = new Set(
  ('House Chancellery Hall Room Palace Castle Powers Power War Wars Treaty Treaties Pact Agreement Accord Accords Alliance Convention Protocol Empire ' +
    'Kingdom Republic Island Islands River Sea Ocean Ministry International Conference Congress Crown Fleet Army Navy Senate Parliament Party ' +
    'Peninsula Strait Bay Harbor Harbour Canal Yard Day Prize Points Charter Nations League Revolution Union States Church Cathedral Street ' +
    'Square Office Council Assembly Court Station Hotel Mountains Mountain Valley Desert Coast Province Region Front Line Act Declaration Entente ' +
    'Axis Allies Allied Associated Central Western Eastern Northern Southern Far Middle Near Baltic Pacific Atlantic Europe Asia Africa America ' +
    'God Christ Catholic Protestant Catholicism Protestantism Lutheranism Calvinism Calvinists Communist Bolshevism Fascism Comintern Reich ' +
    'Clause Article Articles Covenant Plan Doctrine Commission Committee Government Cabinet Delegation Constitution Dynasty Monarchy Mirrors ' +
    'Quai Navy Fleet Guard Guards Railway Museum University College School Academy Institute Company Bank Press Times News HMS USS SMS')
    .split(' '),
);
// Capitalised words that start sentences or headlines but are not names.
const FUNCTION_WORDS = new Set(
  ('The A An Among On In At Under After Before When While Both Each It Its This That These Those His Her Their Our They He She We Representatives ' +
    'Delegates Envoys News Talks Key For By With From As Over Through Yet Still Instead Few Many Other Later Historians Within Unlike Like ' +
    'Although Though Since Until During Despite Because If Once Then Thus However Meanwhile Signed Negotiated Brokered Ended Established ' +
    'Allowed Secured Pledged Included Cleared Returned Limited Created Stripped Transferred Set Excluded Restored Cancelled Put Committed Ran ' +
    'Contained Bound Divided Promised Ceded Opened Imposed Required Recognized Recognised Gave Confirmed Extended Renounced Grew Formal Both ' +
    'Neither Either All Most Some No Not Only Even Also Every One Two Three Four Five Six Seven Eight Nine Ten Why What How Who Where Which ' +
    'Sir Count Emperor King Queen President Prime Foreign Minister Ambassador Chancellor Secretary Tsar Admiral General Marshal Prince Pope ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'Besides Meanwhile Afterwards Nevertheless Moreover Furthermore Indeed Together Alongside Along Behind Beyond Against Around Across Without ' +
    'Upon Whereas Elsewhere Earlier Soon Finally Eventually Initially Ultimately Just Almost Nearly There Here Today Now Never Always Often ' +
    'Ratifications Negotiations Envoys Under Following Accompanied Backed Faced Facing Having Being Led Joined Signing Under')
    .split(' '),
);

// Helpers run for every token of every sentence: plain ASCII takes a short path.
const isCap = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
};
const TITLE_WORDS = 'Duke|Duchess|Marquis|Marquess|Earl|Countess|Prince|Princess|Viscount|Bishop|Archbishop';
const TITLE_NAME = new RegExp(`\\b(?:the\\s+)?((?:${TITLE_WORDS})\\s+of\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)`, 'gu');
const TITLE_WORD = new RegExp(`^(?:${TITLE_WORDS})$`);
const AFTER_TITLE_OF = new RegExp(`\\b(?:${TITLE_WORDS})\\s+of\\s+(?:the\\s+)?$`);
// Every title name holds "<title> of": TITLE_NAME, which cannot skip ahead, runs only then.
const HAS_TITLE_OF = new RegExp(`(?:${TITLE_WORDS})\\s+of\\s`);
const lower = (t: string): string => (t.includes('’') ? t.toLowerCase().replace(/[’]/g, "'") : t.toLowerCase());
const bare = (t: string): string => (t.endsWith("'s") || t.endsWith('’s') ? t.slice(0, -2) : t);

function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(?:ss|us)$/.test(word)) return word;
  if (/s$/.test(word) && OFFICES.has(lower(word))) return word.replace(/s$/, '');
  return word;
}

/** Finds people named in a sentence, given the polities already found in it; `verbFirst` for key-fact lines. */
export function findPeople(text: string, polities: readonly PolityMention[], verbFirst = false): PersonMention[] {
  const tokens = tokenize(text);
  const polityAt = (t: Token): PolityMention | undefined => polities.find((p) => p.start <= t.start && t.start < p.end);
  const isRoleToken = (t: Token): boolean => {
    const w = lower(bare(t.text));
    return OFFICES.has(w) || ROLE_MODIFIERS.has(w) || polityAt(t) !== undefined;
  };
  const people: PersonMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // A key-fact line starts with a verb ("Guaranteed Māori ownership ...").
    const leadingVerb = verbFirst && i === 0 && /(?:ed|es)$/.test(t?.text ?? '');
    if (!t || leadingVerb || !isCap(t.text) || polityAt(t) || isRoleToken(t) || FUNCTION_WORDS.has(t.text) && !PEER_TITLES.has(t.text)) {
      i++;
      continue;
    }
    // A name: capitalised words, initials, particles between them, regnal numbers after them.
    let j = i;
    const nameTokens: Token[] = [];
    while (j < tokens.length) {
      const u = tokens[j];
      if (!u) break;
      const next = tokens[j + 1];
      const titleOf = TITLE_WORD.test(u.text) && next?.text === 'of';
      if (titleOf) break;
      if (isCap(u.text) && !polityAt(u) && !(nameTokens.length > 0 && OFFICES.has(lower(u.text)))) {
        nameTokens.push(u);
        j++;
        if (/['’]s$/.test(u.text)) break;
      } else if (PARTICLES.has(u.text) && nameTokens.length > 0 && next && isCap(next.text)) {
        nameTokens.push(u);
        j++;
      } else break;
    }
    i = Math.max(j, i + 1);
    // Honorifics and ranks are dropped; a peer's title ("Lord Lansdowne") is kept.
    let rank: Token | undefined;
    while (nameTokens.length > 1 && (HONORIFICS.has(nameTokens[0]?.text ?? '') || RANKS.has(nameTokens[0]?.text ?? ''))) {
      const dropped = nameTokens.shift();
      if (dropped && RANKS.has(dropped.text)) rank ??= dropped;
    }
    const written = rank ?? nameTokens[0];
    const words = nameTokens.map((n) => bare(n.text));
    if (words.length === 0) continue;
    if (words.some((w) => NOT_PERSON_HEADS.has(w))) continue;
    if (words.length === 1 && (FUNCTION_WORDS.has(words[0] ?? '') || ROMAN.test(words[0] ?? ''))) continue;
    if (words.every((w) => PEER_TITLES.has(w))) continue;
    // "in the town of Guadalupe Hidalgo", "at Lansdowne": after these words a name is a place.
    if (/\b(?:in|at|near|from|of\s+the\s+(?:town|city|village|port|fortress))\s+(?:the\s+)?$/.test(text.slice(Math.max(0, (nameTokens[0]?.start ?? 0) - 40), nameTokens[0]?.start ?? 0))) continue;
    if (isPlace(words.join(' '))) continue;
    // "Bishop of Bristol", "Earl of Strafford": the place of a title, not a person.
    if (AFTER_TITLE_OF.test(text.slice(Math.max(0, (nameTokens[0]?.start ?? 0) - 30), nameTokens[0]?.start ?? 0))) continue;
    const first = nameTokens[0];
    const last = nameTokens[nameTokens.length - 1];
    if (!first || !last) continue;
    const role =
      roleBefore(text, tokens, tokens.indexOf(written ?? first), isRoleToken) ??
      roleAfter(text, tokens, tokens.indexOf(last), isRoleToken) ??
      (rank ? { text: rank.text, start: rank.start, end: rank.end } : undefined);
    people.push({
      name: words.join(' '),
      tokens: words,
      start: first.start,
      end: last.end - (/['’]s$/.test(last.text) ? 2 : 0),
      role: role?.text ?? null,
      roleStart: role?.start ?? -1,
      roleEnd: role?.end ?? -1,
      possessive: /['’]s$/.test(last.text),
    });
  }
  // People known by a title alone: "the Duke of Osuna and the Marquis of Monteleón". After a name
  // and a comma the same words are that person's title ("John Robinson, Bishop of Bristol,").
  for (const m of HAS_TITLE_OF.test(text) ? text.matchAll(TITLE_NAME) : []) {
    const start = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    const end = start + (m[1]?.length ?? 0);
    if (/\p{Lu}[\p{L}'’-]*\s*,\s*$/u.test(text.slice(Math.max(0, start - 40), start))) continue;
    // The title covers a name found alone ("Osuna" in "the Duke of Osuna").
    for (let i = people.length - 1; i >= 0; i--) {
      const p = people[i];
      if (p && p.start < end && start < p.end) people.splice(i, 1);
    }
    const at = tokens.findIndex((t) => t.start === start);
    const role = at >= 0 ? roleBefore(text, tokens, at, isRoleToken) : undefined;
    const name = m[1] ?? '';
    people.push({ name, tokens: name.split(/\s+/), start, end, role: role?.text ?? null, roleStart: role?.start ?? -1, roleEnd: role?.end ?? -1, possessive: false });
  }
  people.sort((a, b) => a.start - b.start);
  shareCoordinatedRoles(text, people);
  // "İsmet Pasha, the Turkish foreign minister later known as İsmet İnönü": one person, under the
  // name history knows.
  for (let i = people.length - 1; i > 0; i--) {
    const p = people[i];
    const prev = people[i - 1];
    if (p && prev && /\b(?:known|remembered)\s+as\s+$/.test(text.slice(Math.max(0, p.start - 20), p.start))) {
      people[i - 1] = { ...prev, name: p.name, tokens: p.tokens };
      people.splice(i, 1);
    }
  }
  // "Li Hongzhang, the Qing viceroy of Zhili": Zhili belongs to the role, not to a second person.
  return people.filter((p) => !people.some((q) => q !== p && q.roleStart <= p.start && p.end <= q.roleEnd));
}

interface RoleRange {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Role words directly before the name: "Soviet Foreign Minister", "Japanese Ambassador to the USSR",
// "the imperial commissioners", or an appositive "The head of the Soviet delegation, ".
function roleBefore(text: string, tokens: readonly Token[], at: number, isRoleToken: (t: Token) => boolean): RoleRange | undefined {
  // "the diplomat Count Harry von Arnim": the honorific stands between the role and the name.
  while (at > 0 && (HONORIFICS.has(tokens[at - 1]?.text ?? '') || RANKS.has(tokens[at - 1]?.text ?? ''))) at--;
  let k = at - 1;
  // "the Spanish envoys, the Duke of Osuna": an article may stand between the comma and the name.
  if (/^(?:the|The)$/.test(tokens[k]?.text ?? '') && tokens[k - 1]?.text === ',') k--;
  if (tokens[k]?.text === ',') k--;
  const appositive = k !== at - 1;
  let startIdx = -1;
  while (k >= 0) {
    const t = tokens[k];
    if (!t) break;
    const after = tokens[k - 1]?.text === 'the' ? tokens[k - 2] : tokens[k - 1];
    const joinsOffices = t.text === 'and' && OFFICES.has(lower(tokens[k - 1]?.text ?? '')) && isRoleToken(tokens[k + 1] ?? t);
    if (isRoleToken(t) || (CONNECTORS.has(t.text) && t.text !== 'and') || joinsOffices || (isCap(t.text) && appositive && /^(?:of|at)$/.test(after?.text ?? ''))) {
      startIdx = k;
      k--;
    } else break;
  }
  if (startIdx < 0) return undefined;
  let endIdx = appositive ? (tokens[at - 1]?.text === ',' ? at - 2 : at - 3) : at - 1;
  // Trim connectors at both ends ("the", "of").
  while (startIdx <= endIdx && (CONNECTORS.has(lower(tokens[startIdx]?.text ?? '')) || /^(?:its|his|her|their)$/i.test(tokens[startIdx]?.text ?? ''))) startIdx++;
  while (endIdx >= startIdx && CONNECTORS.has(lower(tokens[endIdx]?.text ?? ''))) endIdx--;
  const range = tokens.slice(startIdx, endIdx + 1);
  if (!range.some((t) => OFFICES.has(lower(t.text)))) return undefined;
  // An appositive role must open the clause ("The head of ..., Name").
  if (appositive) {
    const before = tokens[startIdx - 1];
    if (before && !/^(?:The|the|its|his|her|their|,)$/.test(before.text)) return undefined;
  }
  return roleText(text, range);
}

// An appositive role after the name: "Sergei Witte, Russia's chief delegate," or "Li Hongzhang, the
// Qing viceroy of Zhili,": a short phrase between commas whose first words hold an office.
function roleAfter(text: string, tokens: readonly Token[], at: number, isRoleToken: (t: Token) => boolean): RoleRange | undefined {
  if (tokens[at + 1]?.text !== ',') return undefined;
  let k = at + 2;
  if (/^(?:the|a|an|his|her|its)$/i.test(tokens[k]?.text ?? '')) k++;
  const startIdx = k;
  let ended = false;
  while (k < tokens.length && k - startIdx < 12) {
    const t = tokens[k];
    // "head of the joint Russian and Ukrainian delegation": "and" between two role words stays.
    const joins = t?.text === 'and' && isRoleToken(tokens[k + 1] ?? t) && k > startIdx;
    if (!t || /^[,.;:()]$/.test(t.text) || (!joins && /^(?:who|which|whose|and|had|has|was|were|signed|acting|representing|later|known|then|now)$/.test(t.text))) {
      ended = true;
      break;
    }
    k++;
  }
  if (!ended && k < tokens.length) return undefined;
  let endIdx = k - 1;
  while (endIdx >= startIdx && CONNECTORS.has(lower(tokens[endIdx]?.text ?? ''))) endIdx--;
  const range = tokens.slice(startIdx, endIdx + 1);
  // "lord of Sagres" is an office; "Lord Lansdowne" is a name.
  const office = range.findIndex((t, i) => OFFICES.has(lower(t.text)) || (lower(t.text) === 'lord' && range[i + 1]?.text === 'of'));
  if (office < 0 || office > 3 || !range.slice(0, office).every((t) => isRoleToken(t) || CONNECTORS.has(lower(t.text)))) return undefined;
  // After the office, a capitalised word must hang on "of", "at", "to" or "for" ("viceroy of Zhili");
  // otherwise it starts the next name ("the French envoy Abel Servien").
  const tail = range.slice(office + 1);
  const named = tail.findIndex((t, i) => isCap(t.text) && !isRoleToken(t) && !/^(?:of|at|to|for|in)$/.test((tail[i - 1]?.text === 'the' ? tail[i - 2] : tail[i - 1])?.text ?? range[office]?.text ?? '') && !(i > 0 && isCap(tail[i - 1]?.text ?? '')));
  if (named >= 0) return undefined;
  return roleText(text, range);
}

function roleText(text: string, range: readonly Token[]): RoleRange | undefined {
  const first = range[0];
  const last = range[range.length - 1];
  if (!first || !last) return undefined;
  let written = text.slice(first.start, last.end);
  // "the imperial commissioners Qiying and Yilibu": each of them is an imperial commissioner.
  const head = [...range].reverse().find((t) => OFFICES.has(lower(t.text)));
  if (head && singular(head.text) !== head.text) {
    const rel = head.start - first.start;
    written = written.slice(0, rel) + singular(head.text) + written.slice(rel + head.text.length);
  }
  return { text: written, start: first.start, end: last.end };
}

// Between two names of one list: "and", commas, an honorific or rank, and perhaps the first one's
// title ("John Robinson, Bishop of Bristol, and Thomas Wentworth").
const COORDINATED = /^\s*(?:,\s*(?:Bishop|Archbishop|Earl|Duke|Marquis|Count|Lord|Baron|Viscount)\s+of\s+\p{Lu}[\p{L}'’-]*\s*)?(?:,|and|,\s*and)\s*(?:the\s+)?(?:(?:Count|Sir|Baron|Captain|General|Admiral|Colonel|Lord)\s+)*$/u;

// "the Swedish plenipotentiaries Johan Oxenstierna and Johan Adler Salvius": the second name takes
// the role of the first when only "and" or a comma stands between them.
function shareCoordinatedRoles(text: string, people: PersonMention[]): void {
  for (let i = 1; i < people.length; i++) {
    const prev = people[i - 1];
    const cur = people[i];
    if (!prev || !cur || cur.role !== null || prev.role === null) continue;
    const between = text.slice(prev.end, cur.start);
    const plural = /s\b/.test(text.slice(prev.roleStart, prev.roleEnd)) && prev.role !== text.slice(prev.roleStart, prev.roleEnd);
    if (plural && COORDINATED.test(between)) {
      people[i] = { ...cur, role: prev.role, roleStart: prev.roleStart, roleEnd: prev.roleEnd };
    }
  }
  // "Johan Lillienstedt and Otto Reinhold Strömfelt, the Swedish negotiators": a plural role after
  // the second name belongs to both.
  for (let i = people.length - 2; i >= 0; i--) {
    const cur = people[i];
    const next = people[i + 1];
    if (!cur || !next || cur.role !== null || next.role === null || next.roleStart < next.end) continue;
    const plural = next.role !== text.slice(next.roleStart, next.roleEnd);
    if (plural && COORDINATED.test(text.slice(cur.end, next.start))) people[i] = { ...cur, role: next.role, roleStart: next.roleStart, roleEnd: next.roleEnd };
  }
}
