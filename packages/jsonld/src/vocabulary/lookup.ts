import { SCHEMA_ORG_VOCABULARY } from './schema-org.generated.js';
import { TREATYKIT_NAMESPACE, TREATYKIT_VOCABULARY } from './treatykit.js';
import type { VocabularyClass } from './types.js';

/** The schema.org namespace as schema.org's context expands it. */
export const SCHEMA = SCHEMA_ORG_VOCABULARY.namespace;
/** rdf:JSON, the datatype of `@json` literals. */
export const RDF_JSON = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON';
/** schema:Duration: schema.org writes durations as ISO 8601 strings. */
export const SCHEMA_DURATION = `${SCHEMA}Duration`;

/** A property with its domain and range as full IRIs. */
export interface PropertyDefinition {
  readonly domain: ReadonlySet<string>;
  readonly range: ReadonlySet<string>;
}

/** Every class, data type and property the validator accepts, keyed by full IRI. */
export interface Vocabulary {
  /** Class IRI → itself and all its superclasses. */
  readonly classes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Data type IRI → itself and all its supertypes (URL → Text). */
  readonly dataTypes: ReadonlyMap<string, ReadonlySet<string>>;
  readonly properties: ReadonlyMap<string, PropertyDefinition>;
  /** Where the schema.org part comes from, for messages. */
  readonly source: string;
}

function closure(table: Readonly<Record<string, VocabularyClass>>): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const name of Object.keys(table)) {
    const seen = new Set<string>();
    const queue = [name];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(table[next]?.subClassOf ?? []));
    }
    result.set(`${SCHEMA}${name}`, new Set([...seen].map((n) => `${SCHEMA}${n}`)));
  }
  return result;
}

let vocabulary: Vocabulary | undefined;

/** The pinned schema.org subset merged with the treatykit vocabulary, built once. */
export function getVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const dataTypes = closure(SCHEMA_ORG_VOCABULARY.dataTypes);
  // Literal types outside schema.org's DataType tree that the treatykit terms use.
  dataTypes.set(SCHEMA_DURATION, new Set([SCHEMA_DURATION]));
  dataTypes.set(RDF_JSON, new Set([RDF_JSON]));
  const properties = new Map<string, PropertyDefinition>();
  for (const [name, p] of Object.entries(SCHEMA_ORG_VOCABULARY.properties)) {
    properties.set(`${SCHEMA}${name}`, {
      domain: new Set(p.domainIncludes.map((d) => `${SCHEMA}${d}`)),
      range: new Set(p.rangeIncludes.map((r) => `${SCHEMA}${r}`)),
    });
  }
  for (const [name, p] of Object.entries(TREATYKIT_VOCABULARY.properties)) {
    properties.set(`${TREATYKIT_NAMESPACE}${name}`, { domain: new Set(p.domainIncludes), range: new Set(p.rangeIncludes) });
  }
  vocabulary = { classes: closure(SCHEMA_ORG_VOCABULARY.classes), dataTypes, properties, source: SCHEMA_ORG_VOCABULARY.source };
  return vocabulary;
}

/** How a term is written in messages: "legislationDate", "tk:duration", or the full IRI. */
export function termName(iri: string): string {
  if (iri.startsWith(SCHEMA)) return iri.slice(SCHEMA.length);
  if (iri.startsWith(TREATYKIT_NAMESPACE)) return `tk:${iri.slice(TREATYKIT_NAMESPACE.length)}`;
  return iri;
}
