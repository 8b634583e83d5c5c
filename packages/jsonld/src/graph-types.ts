import type { Span } from '@treatykit/core';
import type { ArticleLeaf, CityLeaf, CountryLeaf, EventLeaf, LegislationLeaf, PersonLeaf } from 'schema-dts';
import type { SCHEMA_ORG_CONTEXT_URL } from './contexts.js';
import type { TREATYKIT_CONTEXT } from './vocabulary/treatykit.js';

/** A node of the exported graph: a schema-dts type with a required absolute `@id`. */
type Node<T> = T & { '@id': string };

/** The value of `tk:provenance`: the model's source (without its local path) and source spans. */
export interface TreatykitProvenance {
  source: { format: 'text' | 'markdown'; sha256: string };
  spans: Record<string, Span[]>;
}

/** The source article (`schema:Article`). */
export type ArticleNode = Node<ArticleLeaf> & { 'tk:provenance': TreatykitProvenance };
/** The treaty (`schema:Legislation`), with its term under the treatykit vocabulary. */
export type TreatyNode = Node<LegislationLeaf> & { 'tk:duration'?: string; 'tk:expires'?: string };
/** The signing (`schema:Event`). */
export type SigningNode = Node<EventLeaf>;
/** A state bound by the treaty (`schema:Country`), with the forms the article uses for it. */
export type PartyNode = Node<CountryLeaf> & { 'tk:mention': string[] };
/** A signatory (`schema:Person`). */
export type PersonNode = Node<PersonLeaf>;
/** The place of signing (`schema:City`). */
export type PlaceNode = Node<CityLeaf>;

/** Any node of the exported graph. */
export type TreatyGraphNode = ArticleNode | TreatyNode | SigningNode | PartyNode | PersonNode | PlaceNode;

/** The JSON-LD document `toJsonLd` returns: one connected `@graph` under the schema.org and treatykit contexts. */
export interface JsonLdDocument {
  '@context': readonly [typeof SCHEMA_ORG_CONTEXT_URL, typeof TREATYKIT_CONTEXT];
  '@graph': TreatyGraphNode[];
}
