import type { Signatory, TreatyModel, TreatyType } from '@treatykit/core';
import type { Heading, Table, TableRow } from 'mdast';
import { dateStyle, formatDate } from '../dates.js';
import { heading, singleLine, text } from '../text.js';

/** The heading above the table; `parseArticle` skips a section that holds only a table. */
export const GLANCE_HEADING = 'At a glance';

/** What a cell says when the article does not state the fact. */
export const NOT_STATED = 'not stated';

const TYPE_LABELS: Record<TreatyType, string> = {
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

// Cells cannot keep surrounding whitespace, so empty parts are dropped rather than leaving ", ,".
function list(parts: readonly string[], separator: string): string {
  const kept = parts.map(singleLine).filter((p) => p !== '');
  return kept.length === 0 ? NOT_STATED : kept.join(separator);
}

function signatory(model: TreatyModel, s: Signatory): string {
  const name = singleLine(s.name);
  const role = s.role === null ? '' : singleLine(s.role);
  const partyName = model.parties.find((p) => p.id === s.party)?.name;
  const party = partyName === undefined ? '' : singleLine(partyName);
  const who = [name, role].filter((x) => x !== '').join(', ');
  return party === '' ? who : `${who} (${party})`;
}

function years(n: number): string {
  return `${n} ${n === 1 ? 'year' : 'years'}`;
}

/** The rows of the "At a glance" table, as label and value. */
export function glanceRows(model: TreatyModel): [string, string][] {
  // The signing date as the article writes it; the computed expiry follows its style.
  const signed = singleLine(model.signed.date.text) || formatDate(model.signed.date);
  return [
    ['Signed', signed],
    ['Place', (model.signed.place && singleLine(model.signed.place.name)) || NOT_STATED],
    ['Parties', list(model.parties.map((p) => p.name), ', ')],
    ['Signatories', list(model.signatories.map((s) => signatory(model, s)), '; ')],
    ['Type', list(model.types.map((t) => TYPE_LABELS[t]), ', ')],
    ['Duration', model.duration ? years(model.duration.years) : NOT_STATED],
    ['Expires', model.expires ? formatDate(model.expires, dateStyle(signed)) : NOT_STATED],
  ];
}

function row(cells: readonly string[]): TableRow {
  return { type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: [text(c)] })) };
}

/** The "At a glance" heading and GFM table of the main facts. */
export function glance(model: TreatyModel, depth: number): [Heading, Table] {
  return [
    heading(depth, GLANCE_HEADING),
    { type: 'table', align: [null, null], children: [row(['Fact', 'Detail']), ...glanceRows(model).map((r) => row(r))] },
  ];
}
