import type { TreatyModel } from '@treatykit/core';
import type { TreatyNode } from '../graph-types.js';
import type { GraphIds } from '../ids.js';
import { uniqueParties } from './parties.js';

/** The treaty as `Legislation`: its name, signing date, parties, place, kinds and term. */
export function treatyNode(model: TreatyModel, ids: GraphIds): TreatyNode {
  const { date, place } = model.signed;
  const { duration, expires } = model;
  return {
    '@type': 'Legislation',
    '@id': ids.treaty,
    name: model.name ?? model.title,
    // schema.org defines legislationDate as the date of adoption or signature.
    legislationDate: date.iso,
    legislationJurisdiction: uniqueParties(model).map((party) => ({ '@id': ids.party(party.id) })),
    ...(place ? { locationCreated: { '@id': ids.place } } : {}),
    ...(model.types.length > 0 ? { legislationType: [...new Set(model.types)] } : {}),
    // An ISO 8601 interval from the signing date for the stated term, e.g. "1941-04-13/P5Y".
    ...(duration ? { temporalCoverage: `${date.iso}/${duration.iso}` } : {}),
    subjectOf: { '@id': ids.signing },
    ...(duration ? { 'tk:duration': duration.iso } : {}),
    ...(expires ? { 'tk:expires': expires.iso } : {}),
  };
}
