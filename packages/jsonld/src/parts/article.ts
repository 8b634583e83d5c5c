import type { TreatyModel } from '@treatykit/core';
import type { ArticleNode } from '../graph-types.js';
import type { GraphIds } from '../ids.js';
import { uniqueParties } from './parties.js';

/** The source article: what it is about, whom it mentions, its text and where each fact came from. */
export function articleNode(model: TreatyModel, ids: GraphIds): ArticleNode {
  const body = articleBody(model);
  return {
    '@type': 'Article',
    '@id': ids.article,
    headline: model.title,
    ...(model.summary ? { description: model.summary } : {}),
    ...(body ? { articleBody: body } : {}),
    about: { '@id': ids.treaty },
    mentions: [
      ...uniqueParties(model).map((party) => ({ '@id': ids.party(party.id) })),
      ...ids.people.map((id) => ({ '@id': id })),
      ...(model.signed.place ? [{ '@id': ids.place }] : []),
    ],
    'tk:provenance': {
      // The source path is a detail of the machine that ran the parser, not a fact to publish.
      source: { format: model.source.format, sha256: model.source.sha256 },
      spans: JSON.parse(JSON.stringify(model.provenance)) as ArticleNode['tk:provenance']['spans'],
    },
  };
}

// The body after the lead, laid out as in the article: key facts, then each heading and its paragraphs.
function articleBody(model: TreatyModel): string {
  const blocks: string[] = [];
  if (model.keyFacts.length > 0) blocks.push(model.keyFacts.join('\n'));
  for (const section of model.sections) blocks.push(section.heading, ...section.paragraphs);
  return blocks.join('\n\n');
}
