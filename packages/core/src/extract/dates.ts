// The English locale alone: the package root loads every locale (266 of the CLI's 594 modules).
import { Chrono, strict } from 'chrono-node/en';
import type { PartialDate } from '../model/schema.js';
import type { Sentence } from '../text/sentences.js';
import { clauses, NEGATION, OTHER_EVENT, SIGNING_CONTEXT, SIGNING_VERB } from './cues.js';

/** A date found in a sentence. */
export interface DateMention {
  readonly date: PartialDate;
  /** Astronomical year (1 BC is 0). */
  readonly year: number;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// chrono's strict English parser without its parsers for times of day, weekdays and relative
// spans ("two days later", "within a week"): a treaty's dates are calendar dates with a stated
// year, so those results were thrown away anyway, and their large patterns made the first parse in
// a process three times slower (regular expressions compile on first use). Matched by class name:
// a minifier that renames classes costs only the speed-up.
const NOT_CALENDAR_DATES = /^EN(?:TimeUnit\w*|TimeExpression|Weekday)Parser$/;
const chronoDates = new Chrono({ parsers: strict.parsers.filter((p) => !NOT_CALENDAR_DATES.test(p.constructor.name)), refiners: strict.refiners });

// chrono-node has no notion of BC, so "1259 BC", "June 1259 BC" and "15 June 1259 BC" are read here.
const BC_DATE = new RegExp(
  `\\b(?:(\\d{1,2})\\s+(${MONTHS})\\s+|(${MONTHS})\\s+(\\d{1,2}),?\\s+|(${MONTHS})\\s+(?:of\\s+)?)?(\\d{1,4})\\s*(?:BCE|BC|B\\.C\\.E\\.|B\\.C\\.)(?![\\p{L}])`,
  'gu',
);
const MONTH_YEAR = new RegExp(`\\b(${MONTHS})\\s+(?:of\\s+)?(\\d{3,4})\\b(?![\\d,.]\\d)`, 'g');
// chrono-node ignores bare years ("in 1494", "the year 1648"), which are often all a text gives.
const BARE_YEAR = /\b(?:in|of|year|since|until|by|during|from)\s+(?:the\s+(?:year\s+)?)?(?:AD\s+)?(\d{3,4})(?!\s*(?:BCE|BC|B\.C\.|AD|CE)\b)(?![\d,.]\d)/g;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Formats an astronomical year as ISO 8601 ("1941", "-1258", "0044"). */
export function isoYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

function monthNumber(name: string): number {
  return MONTHS.split('|').indexOf(name) + 1;
}

function makeDate(year: number, month: number | undefined, day: number | undefined, text: string): PartialDate {
  const iso = [isoYear(year), month === undefined ? null : pad(month, 2), month === undefined || day === undefined ? null : pad(day, 2)]
    .filter((p) => p !== null)
    .join('-');
  const precision = month === undefined ? 'year' : day === undefined ? 'month' : 'day';
  return { iso, precision, text };
}

/** Finds every date with a stated year in a sentence. */
export function findDates(sentence: Sentence): DateMention[] {
  const text = sentence.text;
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
  const push = (date: PartialDate, year: number, start: number, end: number): void => {
    if (!free(start, end)) return;
    taken.push([start, end]);
    out.push({ date, year, sentence, start, end });
  };
  // Every BC date holds "BC" or "B.C": most sentences are passed over at once.
  for (const m of /B\.?C/.test(text) ? text.matchAll(BC_DATE) : []) {
    const year = 1 - Number(m[6]);
    const month = m[2] ?? m[3] ?? m[5];
    const day = m[1] ?? m[4];
    push(makeDate(year, month ? monthNumber(month) : undefined, day ? Number(day) : undefined, m[0]), year, m.index, m.index + m[0].length);
  }
  // Every date with a stated year has a number of three or four digits; most sentences have none.
  if (!/\d{3,4}/.test(text)) return out;
  // chrono's strict parser reads full dates 15 times faster than the casual one; month-and-year
  // dates ("in June 1494"), which it leaves out, are read below.
  for (const r of chronoDates.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    // "two days later" comes back with a year chrono made up; a stated year has digits.
    if (!r.start.isCertain('year') || !/\d{3,4}/.test(r.text)) continue;
    // chrono includes a leading preposition ("On 3 March 1918"); the date as written starts after it.
    const lead = /^(?:on|in|at|from|by|of)\s+(?:the\s+)?/i.exec(r.text)?.[0].length ?? 0;
    const start = r.index + lead;
    const written = r.text.slice(lead);
    const year = r.start.get('year') ?? 0;
    const month = r.start.isCertain('month') ? (r.start.get('month') ?? undefined) : undefined;
    const day = month !== undefined && r.start.isCertain('day') ? (r.start.get('day') ?? undefined) : undefined;
    push(makeDate(year, month, day, written), year, start, start + written.length);
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const month = monthNumber(m[1] ?? '');
    const year = Number(m[2]);
    push(makeDate(year, month, undefined, m[0]), year, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const digits = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - digits.length;
    push(makeDate(Number(digits), undefined, undefined, digits), Number(digits), start, start + digits.length);
  }
  return out.sort((a, b) => a.start - b.start);
}

const ZONE_WEIGHT: Record<Sentence['zone'], number> = { lead: 3, title: 2, fact: 1, body: 0, heading: 0 };
const PRECISION_WEIGHT: Record<PartialDate['precision'], number> = { day: 2, month: 1, year: 0 };

// Distance from a date to the nearest match of a pattern in the clause, or Infinity.
function nearest(re: RegExp, clause: string, at: number, end: number, keep: (m: RegExpExecArray) => boolean = () => true): { distance: number; index: number } {
  let best = { distance: Infinity, index: -1 };
  const g = new RegExp(re.source, 'gi');
  for (let m = g.exec(clause); m !== null; m = g.exec(clause)) {
    if (!keep(m)) continue;
    const d = m.index >= end ? m.index - end : m.index + m[0].length <= at ? at - (m.index + m[0].length) : 0;
    if (d < best.distance) best = { distance: d, index: m.index };
  }
  return best;
}

/** How strongly a date mention reads as the date of signing. */
export function signingScore(d: DateMention): number {
  const clause = clauses(d.sentence.text, true).find((c) => c.at <= d.start && d.start <= c.at + c.text.length) ?? { text: d.sentence.text, at: 0 };
  let score = ZONE_WEIGHT[d.sentence.zone] + PRECISION_WEIGHT[d.date.precision];
  const at = d.start - clause.at;
  const end = d.end - clause.at;
  const verb = nearest(SIGNING_VERB, clause.text, at, end, (m) => !NEGATION.test(clause.text.slice(Math.max(0, m.index - 20), m.index)));
  // Another event counts against the date when it stands closer to it than the signing does, or is
  // what was signed: "signed on May 10, 1871, ... ended the war" is the signing; "war began on
  // 1 May" and "an armistice was concluded on 3 June" are not.
  const other = nearest(OTHER_EVENT, clause.text, at, end);
  if (verb.distance < Infinity) score += 4;
  else if (SIGNING_CONTEXT.test(clause.text)) score += 2;
  if (other.distance < verb.distance || (other.index >= 0 && other.index < verb.index)) score -= 4;
  return score;
}

/** The signing date: the date mention best supported by its context, with the runner-up. */
export function chooseSigningDate(mentions: readonly DateMention[]): { best: DateMention; runnerUp: DateMention | undefined; margin: number } | undefined {
  const scored = mentions.map((d, order) => ({ d, order, score: signingScore(d) }));
  // A date stated again in another signing context is more likely the signing date.
  const support = new Map<string, number>();
  for (const s of scored) if (s.score >= 4) support.set(s.d.date.iso, (support.get(s.d.date.iso) ?? 0) + 1);
  for (const s of scored) s.score += Math.min(2, (support.get(s.d.date.iso) ?? 1) - 1);
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = scored[0];
  if (!best) return undefined;
  const runnerUp = scored.find((s) => s.d.date.iso !== best.d.date.iso);
  return { best: best.d, runnerUp: runnerUp?.d, margin: runnerUp ? best.score - runnerUp.score : Infinity };
}
