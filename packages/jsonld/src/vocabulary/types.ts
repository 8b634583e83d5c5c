/** A class or data type of a pinned vocabulary, with its direct superclasses. */
export interface VocabularyClass {
  readonly subClassOf: readonly string[];
}

/** A property of a pinned vocabulary, with schema.org's `domainIncludes` and `rangeIncludes`. */
export interface VocabularyProperty {
  readonly domainIncludes: readonly string[];
  readonly rangeIncludes: readonly string[];
}

/** The pinned schema.org subset (`assets/schema-org-vocabulary.json`); names are local to `namespace`. */
export interface SchemaOrgVocabulary {
  readonly $comment: string;
  readonly source: string;
  readonly namespace: string;
  readonly classes: Readonly<Record<string, VocabularyClass>>;
  readonly dataTypes: Readonly<Record<string, VocabularyClass>>;
  readonly properties: Readonly<Record<string, VocabularyProperty>>;
}

/** A JSON-LD term definition. */
export interface TermDefinition {
  readonly '@id'?: string;
  readonly '@type'?: string;
}

/** A JSON-LD context document: `{ "@context": { ... } }`. */
export interface ContextDocument {
  readonly '@context': Readonly<Record<string, string | TermDefinition>>;
}
