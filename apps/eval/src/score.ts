import type { TreatyModel } from '@treatykit/core';

/** A hand-checked gold label (format: corpus/README.md). */
export interface Gold {
  readonly title: string;
  readonly treatyName: string | null;
  readonly dateSigned: string;
  readonly placeSigned: string | null;
  readonly parties: readonly { readonly name: string; readonly aliases?: readonly string[]; readonly wikidata: string | null }[];
  readonly signatories: readonly { readonly name: string; readonly role: string | null; readonly party: string | null }[];
  readonly types: readonly string[];
  readonly durationYears: number | null;
  readonly keyFacts: readonly string[];
  readonly sections: readonly string[];
}

/** The scored fields, in report order. */
export const FIELDS = ['title', 'treatyName', 'dateSigned', 'placeSigned', 'parties', 'signatories', 'signatoryDetails', 'types', 'durationYears', 'keyFacts', 'sections'] as const;
/** The fields that need real extraction; title, key facts and sections follow from the layout. */
export const HARD_FIELDS = ['treatyName', 'dateSigned', 'placeSigned', 'parties', 'signatories', 'signatoryDetails', 'types', 'durationYears'] as const;

/** A scored field name. */
export type Field = (typeof FIELDS)[number];
/** Per-field scores of one article, each between 0 and 1. */
export type FieldScores = Record<Field, number>;

// The rules below follow corpus/README.md and the reference scorer (test/reference-grade.mjs)
// exactly; a test checks that both give the same numbers.
const fold = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
const surname = (n: string): string => fold(n).split(' ').filter(Boolean).at(-1) ?? '';

function f1<G, X>(gold: readonly G[], got: readonly X[], match: (g: G, x: X) => boolean): number {
  if (gold.length === 0 && got.length === 0) return 1;
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = got.findIndex((x, k) => !used.has(k) && match(g, x));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  const p = got.length ? tp / got.length : 0;
  const r = gold.length ? tp / gold.length : 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

type GoldParty = Gold['parties'][number];
interface PartyLike {
  readonly name: string;
  readonly mentions?: readonly string[];
  readonly wikidata?: string | null;
  readonly id?: string;
}

function partyMatch(g: GoldParty, x: PartyLike): boolean {
  const names = new Set([g.name, ...(g.aliases ?? [])].map(fold));
  if (g.wikidata && x.wikidata && g.wikidata === x.wikidata) return true;
  return [x.name, ...(x.mentions ?? [])].some((n) => names.has(fold(n)));
}

/** Scores one model (or null when parsing failed) against its gold label. */
export function scoreArticle(gold: Gold, model: TreatyModel | null): FieldScores {
  if (!model) return Object.fromEntries(FIELDS.map((f) => [f, 0])) as FieldScores;
  const parties: readonly PartyLike[] = model.parties;
  const sigs = model.signatories;
  const partyOf = (ref: string | null): PartyLike | null => parties.find((p) => p.id === ref || p.name === ref) ?? (typeof ref === 'string' ? { name: ref } : null);
  const goldParty = (name: string | null): GoldParty | undefined => gold.parties.find((p) => p.name === name);
  const details =
    gold.signatories.length === 0
      ? 1
      : gold.signatories.reduce((a, g) => {
          const x = sigs.find((y) => fold(y.name) === fold(g.name)) ?? sigs.find((y) => surname(y.name) === surname(g.name));
          if (!x) return a;
          const role = fold(x.role) === fold(g.role) ? 0.5 : 0;
          const xp = partyOf(x.party);
          const gp = goldParty(g.party);
          const party = (!gp && !xp) || (gp && xp && partyMatch(gp, xp)) ? 0.5 : 0;
          return a + role + party;
        }, 0) / gold.signatories.length;
  const heads = model.sections.map((s) => fold(s.heading));
  return {
    title: fold(model.title) === fold(gold.title) ? 1 : 0,
    treatyName: fold(model.name) === fold(gold.treatyName) ? 1 : 0,
    dateSigned: model.signed.date.iso === gold.dateSigned ? 1 : 0,
    placeSigned: fold(model.signed.place?.name) === fold(gold.placeSigned) ? 1 : 0,
    parties: f1(gold.parties, parties, partyMatch),
    signatories: f1(gold.signatories, sigs, (g, x) => surname(g.name) === surname(x.name)),
    signatoryDetails: details,
    types: f1(gold.types, model.types, (g, x) => g === x),
    durationYears: (model.duration?.years ?? null) === gold.durationYears ? 1 : 0,
    keyFacts: f1(gold.keyFacts.map(fold), model.keyFacts.map(fold), (g, x) => g === x),
    sections: JSON.stringify(heads) === JSON.stringify(gold.sections.map(fold)) ? 1 : 0,
  };
}

/** Mean of the given fields of one article's scores. */
export function mean(scores: FieldScores, fields: readonly Field[] = FIELDS): number {
  return fields.reduce((a, f) => a + scores[f], 0) / fields.length;
}
