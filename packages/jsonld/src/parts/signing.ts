import type { TreatyModel } from '@treatykit/core';
import type { SigningNode } from '../graph-types.js';
import type { GraphIds } from '../ids.js';

/** The signing as an `Event`: when and where, who signed, and what. */
export function signingNode(model: TreatyModel, ids: GraphIds): SigningNode {
  return {
    '@type': 'Event',
    '@id': ids.signing,
    // Partial dates stay partial ("1941-04", "1941") and BC years keep their sign ("-1258").
    startDate: model.signed.date.iso,
    ...(model.signed.place ? { location: { '@id': ids.place } } : {}),
    ...(ids.people.length > 0 ? { attendee: ids.people.map((id) => ({ '@id': id })) } : {}),
    about: { '@id': ids.treaty },
  };
}
