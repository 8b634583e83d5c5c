import type { TreatyModel } from '@treatykit/core';

/** The base IRI used when no `baseUrl` is given; `.invalid` is reserved, so it can never clash with a real site. */
export const DEFAULT_BASE_URL = 'https://treatykit.invalid/treaties/';

// Absolute http(s), ends with "/", and none of the characters an IRI may not contain.
const BASE_URL = /^https?:\/\/[^\s/?#<>"{}|\\^`]+\/(?:[^\s?#<>"{}|\\^`]*\/)?$/u;

/** Returns `baseUrl` (or the default) after checking it; throws a TypeError naming what is wrong. */
export function checkBaseUrl(baseUrl: string | undefined): string {
  if (baseUrl === undefined) return DEFAULT_BASE_URL;
  if (typeof baseUrl !== 'string' || !BASE_URL.test(baseUrl)) {
    throw new TypeError(
      `baseUrl must be an absolute http(s) URL ending with "/" and without query or fragment, e.g. "https://example.org/treaties/"; got ${JSON.stringify(baseUrl)}`,
    );
  }
  return baseUrl;
}

/** The `@id` of every node of one document's graph. */
export interface GraphIds {
  readonly article: string;
  readonly treaty: string;
  readonly signing: string;
  readonly place: string;
  party(partyId: string): string;
  /** One id per signatory, in model order; unique even when two signatories share a name. */
  readonly people: readonly string[];
}

/** Computes the `@id`s: the article is `${baseUrl}${model.id}`, every other node a fragment of it. */
export function graphIds(model: TreatyModel, baseUrl: string): GraphIds {
  const article = `${baseUrl}${model.id}`;
  const used = new Set<string>();
  const people = model.signatories.map((signatory, index) => {
    const stem = slug(signatory.name) || String(index + 1);
    let candidate = stem;
    for (let n = 2; used.has(candidate); n++) candidate = `${stem}-${n}`;
    used.add(candidate);
    return `${article}#person-${candidate}`;
  });
  return {
    article,
    treaty: `${article}#treaty`,
    signing: `${article}#signing`,
    place: `${article}#place`,
    party: (partyId) => `${article}#party-${partyId}`,
    people,
  };
}

/** Kebab-case ASCII slug of a name ("Kichisaburō Nomura" → "kichisaburo-nomura"); empty for names with no Latin letters or digits. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** The Wikidata entity IRI of a Q-id (the concept, as Wikidata's own RDF names it). */
export function wikidataIri(id: string): string {
  return `http://www.wikidata.org/entity/${id}`;
}
