// Grammar shared by the extractors: the words that mark a signing and the words that cancel one.

/** A verb phrase that says a document was signed or concluded. */
export const SIGNING_VERB =
  /\b(?:signed|signs|sign|signing|concluded|concludes|conclude|put (?:their|his|her) (?:names|signatures?|seals?) to|set (?:their|his|her) (?:signatures?|names|seals?)|added (?:their|his|her) signatures?|affixed (?:their|his|her) (?:signatures?|seals?)|(?:headed|led|topped) the list of signatories|(?:was|were) among the (?:[\w-]+ )?signatories)\b/gi;

/** Words that mark the sentence as being about the signing itself. */
export const SIGNING_CONTEXT = /\b(?:sign(?:ed|ing|s)?|signatures?|signatories|concluded|ceremony|put (?:their|his|her) names)\b/i;

/** Words that, just before a signing verb, say it did not happen. */
export const NEGATION = /\b(?:not|never|neither|nor|refused|declined|failed|without|n't)\b/i;

/** Words that mark the event of a sentence as something other than the signing. */
export const OTHER_EVENT =
  /\b(?:ratif\w*|armistice|truce|ceasefire|began|begun|broke out|outbreak|attack\w*|invad\w*|invasion|annul\w*|renounc\w*|denounc\w*|abrogat\w*|expired?|lapsed?|opened|gathered|talks|negotiations|proposed|renewed|walked out|offensive|battle|died|born|founded|occupied|marched|carried the date|dated)\b/i;

/**
 * Splits a sentence into clauses at the conjunctions that introduce another event or subject.
 * `fine` also splits at ", and", which separates two events but would cut an Oxford-comma list
 * of states in two.
 */
export function clauses(sentence: string, fine = false): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  const re = fine
    ? /;\s+|,?\s+(?:while|whereas|although|though|after which|but|before which|whereupon)\s+|,\s+(?:where|when|and)\s+/gi
    : /;\s+|,?\s+(?:while|whereas|although|though|after which|but|before which|whereupon)\s+|,\s+(?:where|when)\s+/gi;
  let start = 0;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    out.push({ text: sentence.slice(start, m.index), at: start });
    start = m.index + m[0].length;
  }
  out.push({ text: sentence.slice(start), at: start });
  return out;
}

/** Number words used for terms and counts. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'twenty-five': 25, 'ninety-nine': 99,
};

/** Reads "five", "ten", "25" or "twenty-five" as a number. */
export function readNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (m?.[1] && m[2]) return (NUMBER_WORDS[m[1]] ?? 0) + (NUMBER_WORDS[m[2]] ?? 0);
  return undefined;
}
