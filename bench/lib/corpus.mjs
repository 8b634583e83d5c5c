// The synthetic benchmark corpus: variations of the example and dev articles, so that the numbers
// are measured on many texts (not one text a thousand times, which the caches would flatter).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

/**
 * A tiny seeded PRNG (mulberry32). Math.random cannot be seeded, and the corpus must be the same
 * on every machine and every run, or two runs would not measure the same work.
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Each article gets its own generator derived from (seed, index), so article i is the same
// whatever N is: the first 1,000 articles of a 4,000-article corpus are the 1,000-article corpus.
function rngFor(seed, index) {
  return mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];

function shuffled(rng, list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Invented names: a swapped signatory keeps the role wording around it, so the parser still has
// to find the person from context rather than from a name it may have seen.
const FIRST_NAMES = ['Anton', 'Beatrix', 'Casimir', 'Dorota', 'Emil', 'Farida', 'Gustav', 'Helena', 'Ivo', 'Jana', 'Konrad', 'Ludmila', 'Matthias', 'Nadia', 'Oskar', 'Petra', 'Rudolf', 'Sofia', 'Tomas', 'Vera'];
const LAST_NAMES = ['Albrecht', 'Brandt', 'Castellan', 'Dvorak', 'Eckhart', 'Falkenrath', 'Grunewald', 'Hartmann', 'Ilyin', 'Jovanovic', 'Kessler', 'Lindqvist', 'Moreau', 'Novak', 'Orlov', 'Petrescu', 'Quast', 'Rosenthal', 'Sandor', 'Tarkovsky'];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Splits a seed article (plain text or Markdown) into its parts, so variations can recombine them. */
function splitArticle(text, knownHeadings) {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const markdown = lines.some((l) => /^#{1,6} /.test(l));
  const content = lines.map((l) => l.trim()).filter((l) => l !== '');
  const unmark = (l) => l.replace(/^#{1,6} /, '').replace(/^[-*] /, '');
  const isHeading = (l) => (markdown ? /^## /.test(l) : knownHeadings.has(l) || (l.length < 60 && l.endsWith('?')));
  const [headline = '', lead = '', ...rest] = content;
  const keyFacts = [];
  const sections = [];
  for (const line of rest) {
    if (isHeading(line)) sections.push({ heading: unmark(line), paragraphs: [] });
    else if (sections.length === 0) keyFacts.push(unmark(line));
    else sections.at(-1).paragraphs.push(line);
  }
  return { headline: unmark(headline), lead, keyFacts, sections, markdown, eol };
}

function renderArticle(article, { markdown, eol }) {
  if (markdown) {
    const blocks = [`# ${article.headline}`, article.lead, article.keyFacts.map((f) => `- ${f}`).join('\n')];
    for (const s of article.sections) blocks.push(`## ${s.heading}`, ...s.paragraphs);
    return blocks.join('\n\n').replaceAll('\n', eol) + eol;
  }
  const lines = [article.headline, article.lead, ...article.keyFacts];
  for (const s of article.sections) lines.push(s.heading, ...s.paragraphs);
  return lines.join(eol);
}

function mapText(article, change) {
  return {
    ...article,
    headline: change(article.headline),
    lead: change(article.lead),
    keyFacts: article.keyFacts.map(change),
    sections: article.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map(change) })),
  };
}

// Replaces each signatory's full name and surname with an invented one, consistently in every part.
function swapNames(rng, article, signatories) {
  const swaps = [];
  for (const name of signatories) {
    const words = name.split(' ');
    // Single names (Qiying) and titles (Lord Lansdowne) have no first-name/surname split to swap.
    if (words.length < 2 || /^(Lord|Lady|Sir|Emperor|King)$/.test(words[0]) || !/^[\p{Script=Latin} .'-]+$/u.test(name)) continue;
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    swaps.push([name, `${first} ${last}`], [words.at(-1), last]);
  }
  if (swaps.length === 0) return article;
  // \b is ASCII-only even with the u flag, so names such as "Édouard" need letter lookarounds.
  const pattern = new RegExp(swaps.map(([from]) => `(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`).join('|'), 'gu');
  const replacement = new Map(swaps);
  return mapText(article, (text) => text.replace(pattern, (found) => replacement.get(found) ?? found));
}

// Moves every year by the same offset and every day of a month to another day, so dates keep
// their relative order and their wording ("April 13, 1941", "3 March 1918") but change value.
function swapDates(rng, article) {
  const yearShift = Math.floor(rng() * 61) - 30;
  const days = new Map();
  const newDay = (day) => {
    if (!days.has(day)) days.set(day, String(1 + Math.floor(rng() * 28)));
    return days.get(day);
  };
  const monthDay = new RegExp(`\\b(${MONTHS}) (\\d{1,2})\\b`, 'g');
  const dayMonth = new RegExp(`\\b(\\d{1,2}) (${MONTHS})\\b`, 'g');
  return mapText(article, (text) =>
    text
      .replace(/\b(1[0-9]\d\d)\b/g, (year) => String(Number(year) + yearShift))
      .replace(monthDay, (_, month, day) => `${month} ${newDay(day)}`)
      .replace(dayMonth, (_, day, month) => `${newDay(day)} ${month}`),
  );
}

function duplicateParagraphs(rng, article) {
  const copies = 1 + Math.floor(rng() * 3);
  const sections = article.sections.map((s) => ({ heading: s.heading, paragraphs: [...s.paragraphs] }));
  for (let i = 0; i < copies; i++) {
    const section = pick(rng, sections);
    if (!section || section.paragraphs.length === 0) continue;
    const at = Math.floor(rng() * section.paragraphs.length);
    section.paragraphs.splice(at, 0, pick(rng, section.paragraphs));
  }
  return { ...article, sections };
}

/** Reads the seed articles (examples and dev corpus) with the signatory names from their gold labels. */
export async function readSeeds(root) {
  const golds = [];
  const devDir = join(root, 'corpus', 'dev');
  for (const name of (await readdir(devDir)).filter((n) => n.endsWith('.gold.json')).sort()) {
    golds.push(JSON.parse(await readFile(join(devDir, name), 'utf8')));
  }
  const knownHeadings = new Set(golds.flatMap((g) => g.sections ?? []));
  const files = [
    ...(await readdir(join(root, 'examples'))).filter((n) => /\.(txt|md)$/.test(n)).sort().map((n) => join(root, 'examples', n)),
    ...(await readdir(devDir)).filter((n) => n.endsWith('.txt')).sort().map((n) => join(devDir, n)),
  ];
  const seeds = [];
  for (const file of files) {
    const article = splitArticle(await readFile(file, 'utf8'), knownHeadings);
    // Examples have no gold file of their own; they share their headline with a dev article.
    const gold = golds.find((g) => g.title === article.headline);
    seeds.push({ name: basename(file, extname(file)).replace(/^\d+-/, ''), article, signatories: (gold?.signatories ?? []).map((s) => s.name) });
  }
  return seeds;
}

/** The index-th synthetic article for a seed: `{ name, text }`, where the name ends in .txt or .md. */
export function generateArticle(seeds, seed, index) {
  const rng = rngFor(seed, index);
  const source = seeds[index % seeds.length];
  let article = source.article;
  if (rng() < 0.6) article = swapNames(rng, article, source.signatories);
  if (rng() < 0.7) article = swapDates(rng, article);
  if (rng() < 0.5) article = { ...article, sections: article.sections.map((s) => ({ heading: s.heading, paragraphs: shuffled(rng, s.paragraphs) })) };
  if (rng() < 0.3) article = { ...article, keyFacts: shuffled(rng, article.keyFacts) };
  if (rng() < 0.3) article = duplicateParagraphs(rng, article);
  const markdown = rng() < 0.3 ? !article.markdown : article.markdown;
  const eol = rng() < 0.1 ? '\r\n' : article.eol;
  const text = renderArticle(article, { markdown, eol });
  return { name: `${String(index).padStart(5, '0')}-${source.name}.${markdown ? 'md' : 'txt'}`, text };
}

/** Generates `n` articles in memory. */
export function generateCorpus(seeds, seed, n) {
  return Array.from({ length: n }, (_, i) => generateArticle(seeds, seed, i));
}

/** Writes the first `n` articles into `dir` (created if needed) and returns the folder. */
export async function writeCorpus(seeds, seed, n, dir) {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const { name, text } = generateArticle(seeds, seed, i);
    await writeFile(join(dir, name), text);
  }
  return dir;
}
