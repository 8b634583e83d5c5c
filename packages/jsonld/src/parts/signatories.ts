import type { TreatyModel } from '@treatykit/core';
import type { PersonNode } from '../graph-types.js';
import type { GraphIds } from '../ids.js';

/** One `Person` node per signatory, with the role as `jobTitle` and the state signed for as `nationality`. */
export function personNodes(model: TreatyModel, ids: GraphIds): PersonNode[] {
  const partyIds = new Set(model.parties.map((party) => party.id));
  return model.signatories.map((signatory, index) => ({
    '@type': 'Person',
    '@id': ids.people[index] ?? `${ids.article}#person-${index + 1}`,
    name: signatory.name,
    ...(signatory.role ? { jobTitle: signatory.role } : {}),
    ...(signatory.party && partyIds.has(signatory.party) ? { nationality: { '@id': ids.party(signatory.party) } } : {}),
  }));
}
