/**
 * Builds the pinned schema.org subset that the package ships (`assets/schema-org-vocabulary.json`,
 * `assets/schema-org-context.jsonld` and their copy in `src/vocabulary/schema-org.generated.ts`).
 *
 * Why pinned: there is no network at run time or in tests, no npm package ships the schema.org
 * vocabulary with its domains and ranges as data, and the real context's `@vocab` turns any
 * misspelt term into a valid-looking IRI. `schema-dts` (already a dependency) is generated from
 * the schema.org vocabulary, so its declarations are read here as the source of truth: a
 * property's domain is every `XBase` interface that declares it, its range the types in its
 * `SchemaValue<...>`, and a class's superclasses every union type that lists it.
 *
 * To extend it, add the class or property to `SCHEMA_ORG_TERMS` and run
 * `UPDATE=1 npx vitest run test/vocabulary.test.ts` in packages/jsonld; the same test fails
 * when the committed files no longer match the installed schema-dts (review the diff, then update).
 */
import type { ContextDocument, SchemaOrgVocabulary, TermDefinition, VocabularyClass, VocabularyProperty } from '../src/vocabulary/types.js';

/** The schema.org classes and properties the exporter uses; their ancestors are added. */
export const SCHEMA_ORG_TERMS = {
  classes: ['Article', 'City', 'Country', 'Event', 'Legislation', 'Person'],
  properties: [
    'about',
    'articleBody',
    'attendee',
    'description',
    'headline',
    'jobTitle',
    'legislationDate',
    'legislationJurisdiction',
    'legislationType',
    'location',
    'locationCreated',
    'mentions',
    'name',
    'nationality',
    'sameAs',
    'startDate',
    'subjectOf',
    'temporalCoverage',
  ],
} as const;

/**
 * schema.org's data types (https://schema.org/DataType) and their subtypes; they are literals,
 * not node classes. schema-dts folds them into `string`/`number`, so they are listed here.
 */
const DATA_TYPES: Record<string, readonly string[]> = {
  Boolean: [],
  Date: [],
  DateTime: [],
  Number: [],
  Float: ['Number'],
  Integer: ['Number'],
  Text: [],
  URL: ['Text'],
  CssSelectorType: ['Text'],
  XPathType: ['Text'],
  Time: [],
};

// schema-dts also declares external vocabularies (e.g. `unece_org_vocab_Country`); only plain
// names are schema.org terms.
const isSchemaOrgName = (name: string): boolean => /^[A-Za-z][A-Za-z0-9]*$/.test(name);

interface ParsedDeclarations {
  /** Base interface name (without `Base`) → property name → range type names. */
  bases: Map<string, Map<string, string[]>>;
  /** Union type name → member type names. */
  unions: Map<string, string[]>;
}

function parseDeclarations(dts: string): ParsedDeclarations {
  const bases = new Map<string, Map<string, string[]>>();
  const unions = new Map<string, string[]>();
  const lines = dts.split('\n');
  let current: Map<string, string[]> | null = null;
  for (const line of lines) {
    const base = /^(?:export )?interface (\w+)Base extends [^{]*\{\s*$/.exec(line);
    if (base?.[1] !== undefined) {
      current = new Map();
      bases.set(base[1], current);
      continue;
    }
    if (current && line.startsWith('}')) {
      current = null;
      continue;
    }
    if (current) {
      const prop = /^ {4}"(\w+)"\?: SchemaValue<(.+), "\1">;\s*$/.exec(line);
      if (prop?.[1] !== undefined && prop[2] !== undefined) {
        current.set(prop[1], splitUnion(prop[2]));
      }
      continue;
    }
    const union = /^export type (\w+)(?:<[^=]*>)? = (.+);\s*$/.exec(line);
    if (union?.[1] !== undefined && union[2] !== undefined) unions.set(union[1], splitUnion(union[2]));
  }
  return { bases, unions };
}

function splitUnion(text: string): string[] {
  return text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => /^\w+$/.test(part) && part !== 'IdReference' && part !== 'string' && part !== 'number');
}

/** Reads schema-dts's declarations and returns the pinned subset for `terms`; throws if a term is missing. */
export function buildSchemaOrgVocabulary(
  dts: string,
  source: string,
  terms: { classes: readonly string[]; properties: readonly string[] } = SCHEMA_ORG_TERMS,
): SchemaOrgVocabulary {
  const { bases, unions } = parseDeclarations(dts);

  const parents = new Map<string, Set<string>>();
  for (const [name, members] of unions) {
    if (!isSchemaOrgName(name)) continue;
    for (const member of members) {
      if (member === name || member === `${name}Leaf` || !isSchemaOrgName(member)) continue;
      let set = parents.get(member);
      if (!set) parents.set(member, (set = new Set()));
      set.add(name);
    }
  }

  const classes: Record<string, VocabularyClass> = {};
  const visit = (name: string): void => {
    if (name in classes) return;
    if (!unions.has(name)) throw new Error(`schema-dts declares no schema.org class "${name}"`);
    const superClasses = [...(parents.get(name) ?? [])].filter((p) => !(p in DATA_TYPES) && p !== 'DataType').sort();
    classes[name] = { subClassOf: superClasses };
    for (const parent of superClasses) visit(parent);
  };
  for (const name of terms.classes) visit(name);

  const properties: Record<string, VocabularyProperty> = {};
  for (const property of terms.properties) {
    const domain: string[] = [];
    let range: string[] | null = null;
    for (const [className, props] of bases) {
      const propertyRange = props.get(property);
      if (!propertyRange || !isSchemaOrgName(className)) continue;
      domain.push(className);
      range ??= propertyRange;
    }
    if (!range || domain.length === 0) throw new Error(`schema-dts declares no schema.org property "${property}"`);
    properties[property] = { domainIncludes: domain.sort(), rangeIncludes: [...new Set(range)].sort() };
  }

  const dataTypes: Record<string, VocabularyClass> = {};
  for (const [name, superTypes] of Object.entries(DATA_TYPES)) dataTypes[name] = { subClassOf: [...superTypes] };

  return {
    $comment:
      'Pinned subset of the schema.org vocabulary used by @treatykit/jsonld: the classes it emits with all their ancestors, and the properties it emits with their full domainIncludes/rangeIncludes. Generated from schema-dts by test/vocabulary.test.ts (UPDATE=1 regenerates); do not edit by hand.',
    source,
    namespace: 'http://schema.org/',
    classes: sortKeys(classes),
    dataTypes: sortKeys(dataTypes),
    properties: sortKeys(properties),
  };
}

/**
 * Builds the trimmed context: the keyword aliases, `@vocab` and `schema` prefix of schema.org's
 * own context (https://schema.org/docs/jsonldcontext.jsonld, release 30.0) and the definitions of
 * the pinned terms, with the same type coercion rule that context follows: a property whose range
 * includes Text gets none, else one whose range includes URL is `@id`, else one whose range
 * includes Date or DateTime is `Date`. Expanding with it gives the same IRIs and values as
 * expanding with the full context.
 */
export function buildSchemaOrgContext(vocabulary: SchemaOrgVocabulary): ContextDocument {
  const context: Record<string, string | TermDefinition> = {
    type: '@type',
    id: '@id',
    '@vocab': 'http://schema.org/',
    schema: 'http://schema.org/',
  };
  const typeTerms = [...Object.keys(vocabulary.classes), ...Object.keys(vocabulary.dataTypes)].sort();
  for (const name of typeTerms) context[name] = { '@id': `schema:${name}` };
  for (const [name, property] of Object.entries(vocabulary.properties)) {
    const range = new Set(property.rangeIncludes);
    const id = `schema:${name}`;
    if (range.has('Text')) context[name] = { '@id': id };
    else if (range.has('URL')) context[name] = { '@id': id, '@type': '@id' };
    else if (range.has('Date') || range.has('DateTime')) context[name] = { '@id': id, '@type': 'Date' };
    else context[name] = { '@id': id };
  }
  return { '@context': context };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
