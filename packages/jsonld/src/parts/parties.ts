import type { Party, TreatyModel } from '@treatykit/core';
import type { PartyNode } from '../graph-types.js';
import { wikidataIri, type GraphIds } from '../ids.js';

/** The parties with duplicate ids dropped (the first one wins), so every node has one `@id`. */
export function uniqueParties(model: TreatyModel): Party[] {
  const seen = new Set<string>();
  return model.parties.filter((party) => !seen.has(party.id) && seen.add(party.id));
}

/** One `Country` node per state bound by the treaty. */
export function partyNodes(model: TreatyModel, ids: GraphIds): PartyNode[] {
  return uniqueParties(model).map((party) => ({
    '@type': 'Country',
    '@id': ids.party(party.id),
    name: party.name,
    ...(party.wikidata ? { sameAs: wikidataIri(party.wikidata) } : {}),
    'tk:mention': [...new Set(party.mentions)],
  }));
}
