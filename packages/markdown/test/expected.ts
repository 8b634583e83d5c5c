import type { TreatyModel, TreatyType } from '@treatykit/core';
import { formatDate } from '../src/dates.js';
import { oneLine } from './helpers.js';

// The contract, written out independently of the implementation: what a reader of the Markdown
// must find, in order, for a model and a set of options.

const LABELS: Record<TreatyType, string> = {
  peace: 'peace',
  armistice: 'armistice',
  alliance: 'alliance',
  'mutual-defense': 'mutual defense',
  neutrality: 'neutrality',
  'non-aggression': 'non-aggression',
  friendship: 'friendship',
  trade: 'trade',
  border: 'border',
  'territorial-cession': 'territorial cession',
  'arms-limitation': 'arms limitation',
  partition: 'partition',
  independence: 'independence',
};

function joined(parts: readonly string[], separator: string): string {
  const kept = parts.map(oneLine).filter((p) => p !== '');
  return kept.length > 0 ? kept.join(separator) : 'not stated';
}

/** The rows of the "At a glance" table, header first. */
export function expectedRows(m: TreatyModel): string[][] {
  const partyName = (id: string | null): string => oneLine(m.parties.find((p) => p.id === id)?.name ?? '');
  const signatories = m.signatories.map((s) => {
    const who = [oneLine(s.name), oneLine(s.role ?? '')].filter((x) => x !== '').join(', ');
    const party = partyName(s.party);
    return party === '' ? who : `${who} (${party})`;
  });
  const signed = oneLine(m.signed.date.text) || formatDate(m.signed.date);
  const style = /^\d{1,2}(st|nd|rd|th)?\s+\p{L}/u.test(signed) ? 'day-first' : 'month-first';
  return [
    ['Fact', 'Detail'],
    ['Signed', signed],
    ['Place', m.signed.place ? joined([m.signed.place.name], '') : 'not stated'],
    ['Parties', joined(m.parties.map((p) => p.name), ', ')],
    ['Signatories', joined(signatories, '; ')],
    ['Type', joined(m.types.map((t) => LABELS[t]), ', ')],
    ['Duration', m.duration ? `${m.duration.years} year${m.duration.years === 1 ? '' : 's'}` : 'not stated'],
    ['Expires', m.expires ? formatDate(m.expires, style) : 'not stated'],
  ];
}

/** The document outline (see `outline`) that `toMarkdown(m, options)` must parse to. */
export function expectedOutline(m: TreatyModel, options: { frontmatter?: boolean; table?: boolean; headingOffset?: number } = {}): string[] {
  const offset = options.headingOffset ?? 0;
  const h = (depth: number, value: string): string => `h${Math.min(6, depth + offset)} ${oneLine(value)}`;
  const nonEmpty = (values: readonly string[]): string[] => values.map(oneLine).filter((v) => v !== '');
  return [
    ...(options.frontmatter === false ? [] : ['yaml']),
    h(1, m.title),
    ...nonEmpty([m.summary]).map((v) => `p ${v}`),
    ...nonEmpty(m.keyFacts).map((v) => `li ${v}`),
    ...(options.table === false ? [] : [h(2, 'At a glance'), ...expectedRows(m).map((r) => `row ${JSON.stringify(r)}`)]),
    ...m.sections.flatMap((s) => [h(2, s.heading), ...nonEmpty(s.paragraphs).map((v) => `p ${v}`)]),
  ];
}

/** The frontmatter data, as a YAML reader must see it. */
export function expectedFrontmatter(m: TreatyModel): unknown {
  return {
    title: m.title,
    slug: m.id,
    treaty: m.name,
    signed: {
      date: m.signed.date.iso,
      precision: m.signed.date.precision,
      text: m.signed.date.text,
      place: m.signed.place?.name ?? null,
      placeWikidata: m.signed.place?.wikidata ?? null,
    },
    parties: m.parties.map((p) => ({ id: p.id, name: p.name, wikidata: p.wikidata })),
    signatories: m.signatories.map((s) => ({ name: s.name, role: s.role, party: s.party })),
    types: m.types,
    duration: m.duration,
    expires: m.expires ? { date: m.expires.iso, precision: m.expires.precision } : null,
    sourceSha256: m.source.sha256,
  };
}
