import { TREATYKIT_NAMESPACE, TREATYKIT_VOCABULARY } from '../src/vocabulary/treatykit.js';

/** The treatykit vocabulary as an RDFS JSON-LD document, written to `assets/treatykit-vocabulary.jsonld`. */
export function treatykitVocabularyDocument(): Record<string, unknown> {
  return {
    '@context': {
      rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
      rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
      schema: 'http://schema.org/',
      tk: TREATYKIT_NAMESPACE,
      'schema:domainIncludes': { '@type': '@id' },
      'schema:rangeIncludes': { '@type': '@id' },
    },
    '@graph': Object.entries(TREATYKIT_VOCABULARY.properties).map(([name, p]) => ({
      '@id': `tk:${name}`,
      '@type': 'rdf:Property',
      'rdfs:label': p.label,
      'rdfs:comment': p.comment,
      'schema:domainIncludes': [...p.domainIncludes],
      'schema:rangeIncludes': [...p.rangeIncludes],
    })),
  };
}
