import type { TreatyModel } from '@treatykit/core';
import { SCHEMA_ORG_CONTEXT_URL } from './contexts.js';
import type { JsonLdDocument, TreatyGraphNode } from './graph-types.js';
import { checkBaseUrl, graphIds } from './ids.js';
import { articleNode } from './parts/article.js';
import { partyNodes } from './parts/parties.js';
import { placeNode } from './parts/place.js';
import { personNodes } from './parts/signatories.js';
import { signingNode } from './parts/signing.js';
import { treatyNode } from './parts/treaty.js';
import { TREATYKIT_CONTEXT } from './vocabulary/treatykit.js';

/** Options of `toJsonLd`. */
export interface JsonLdOptions {
  /** Absolute http(s) URL ending with "/" that the article's id is appended to; defaults to `DEFAULT_BASE_URL`. */
  baseUrl?: string;
}

/** Exports a treaty model as one connected schema.org JSON-LD `@graph` (pure and synchronous; throws a TypeError for a bad `baseUrl`). */
export function toJsonLd(model: TreatyModel, options: JsonLdOptions = {}): JsonLdDocument {
  const ids = graphIds(model, checkBaseUrl(options.baseUrl));
  const place = placeNode(model, ids);
  const graph: TreatyGraphNode[] = [
    articleNode(model, ids),
    treatyNode(model, ids),
    signingNode(model, ids),
    ...partyNodes(model, ids),
    ...personNodes(model, ids),
    ...(place ? [place] : []),
  ];
  return { '@context': [SCHEMA_ORG_CONTEXT_URL, TREATYKIT_CONTEXT], '@graph': graph };
}
