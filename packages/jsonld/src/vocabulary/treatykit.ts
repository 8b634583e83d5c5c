/** The IRI namespace of the treatykit vocabulary (prefix `tk:`). */
export const TREATYKIT_NAMESPACE = 'https://treatykit.dev/ns#';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const SCHEMA = 'http://schema.org/';

/** One property of the treatykit vocabulary; domains and ranges are full IRIs. */
export interface TreatykitProperty {
  readonly label: string;
  readonly comment: string;
  readonly domainIncludes: readonly string[];
  readonly rangeIncludes: readonly string[];
}

/**
 * The facts schema.org has no property for, as a small vocabulary of its own rather than
 * made-up schema.org terms (which `@vocab` would otherwise accept silently).
 */
export const TREATYKIT_VOCABULARY = {
  namespace: TREATYKIT_NAMESPACE,
  properties: {
    duration: {
      label: 'duration',
      comment:
        'The term of the treaty as the article states it, as an ISO 8601 duration such as "P5Y" (a plain string, as schema.org writes durations). schema:duration is defined for events and media, not for legislation.',
      domainIncludes: [`${SCHEMA}Legislation`],
      rangeIncludes: [`${SCHEMA}Duration`],
    },
    expires: {
      label: 'expires',
      comment:
        'When the stated term ends: the signing date plus the duration, as precise as the signing date. Computed by treatykit, never stated in the article.',
      domainIncludes: [`${SCHEMA}Legislation`],
      rangeIncludes: [`${SCHEMA}Date`],
    },
    mention: {
      label: 'mention',
      comment:
        'A form the article uses for this state: its name, a short form, a demonym or a metonym (e.g. "USSR", "Soviet", "Moscow"). Not an alternate name of the state.',
      domainIncludes: [`${SCHEMA}Thing`],
      rangeIncludes: [`${SCHEMA}Text`],
    },
    provenance: {
      label: 'provenance',
      comment:
        'Where each extracted fact came from, as a JSON literal {"source": {"format", "sha256"}, "spans": {JSON Pointer into the treatykit model: [{"start", "end"}]}}, with line, column and offset of each span in the source text.',
      domainIncludes: [`${SCHEMA}Article`],
      rangeIncludes: [`${RDF}JSON`],
    },
  },
} as const satisfies {
  namespace: string;
  properties: Record<string, TreatykitProperty>;
};

/**
 * The JSON-LD context for the treatykit terms, embedded in every document after the schema.org
 * context so that no processor has to fetch it. Keys are compact IRIs (`tk:duration`) so they
 * can never shadow a schema.org term.
 */
export const TREATYKIT_CONTEXT = {
  tk: TREATYKIT_NAMESPACE,
  'tk:expires': { '@type': `${SCHEMA}Date` },
  'tk:provenance': { '@type': '@json' },
} as const;
