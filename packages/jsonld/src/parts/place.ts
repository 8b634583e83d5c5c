import type { TreatyModel } from '@treatykit/core';
import type { PlaceNode } from '../graph-types.js';
import { wikidataIri, type GraphIds } from '../ids.js';

/** The `City` where the treaty was signed, or null when the article does not say. */
export function placeNode(model: TreatyModel, ids: GraphIds): PlaceNode | null {
  const place = model.signed.place;
  if (!place) return null;
  return {
    '@type': 'City',
    '@id': ids.place,
    name: place.name,
    ...(place.wikidata ? { sameAs: wikidataIri(place.wikidata) } : {}),
  };
}
