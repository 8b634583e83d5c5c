import { createDocumentLoader, DocumentRefusedError, type DocumentLoader } from './document-loader.js';
import { loadJsonLd, type JsonLdEvent } from './jsonld-processor.js';
import { getVocabulary, RDF_JSON, SCHEMA, SCHEMA_DURATION, termName, type PropertyDefinition, type Vocabulary } from './vocabulary/lookup.js';

/** The stable code of each problem `validateJsonLd` reports. */
export type JsonLdProblemCode =
  | 'invalid_document'
  | 'context_not_shipped'
  | 'expansion_failed'
  | 'dropped_by_expansion'
  | 'empty_document'
  | 'untyped_node'
  | 'unknown_class'
  | 'unknown_term'
  | 'domain_mismatch'
  | 'range_mismatch'
  | 'invalid_literal'
  | 'unresolved_reference'
  | 'disconnected_graph';

/** One thing wrong with a document: `node` is the `@id` of the node concerned, `term` the class or property. */
export interface JsonLdProblem {
  code: JsonLdProblemCode;
  message: string;
  node?: string;
  term?: string;
}

/** The outcome of `validateJsonLd`: valid when there are no problems. */
export interface JsonLdValidation {
  valid: boolean;
  problems: JsonLdProblem[];
}

/** Options of `validateJsonLd`. */
export interface ValidateOptions {
  /** Loader for remote contexts; defaults to `createDocumentLoader()`, which serves only the shipped contexts. */
  documentLoader?: DocumentLoader;
}

/**
 * Expands a JSON-LD document offline and checks every class and property against the pinned
 * schema.org vocabulary (plus the treatykit vocabulary), with domains, ranges and literal
 * formats; collects all problems and never throws.
 */
export async function validateJsonLd(doc: unknown, options: ValidateOptions = {}): Promise<JsonLdValidation> {
  const problems: JsonLdProblem[] = [];
  if (doc === null || typeof doc !== 'object') {
    problems.push({ code: 'invalid_document', message: `a JSON-LD document is an object or an array; found ${describeJson(doc)}` });
    return { valid: false, problems };
  }
  const events: JsonLdEvent[] = [];
  let expanded: unknown[];
  try {
    const jsonld = await loadJsonLd();
    expanded = await jsonld.expand(doc, {
      documentLoader: options.documentLoader ?? createDocumentLoader(),
      // Collect what expansion would otherwise drop silently, instead of stopping at the first.
      eventHandler: ({ event }) => {
        events.push(event);
      },
    });
  } catch (error) {
    problems.push(expansionProblem(error));
    return { valid: false, problems };
  }
  for (const event of events) problems.push(eventProblem(event));
  checkGraph(expanded, getVocabulary(), problems);
  return { valid: problems.length === 0, problems };
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const isNodeObject = (value: unknown): value is JsonObject => isObject(value) && !('@value' in value) && !('@list' in value) && !('@set' in value);
const hasProperties = (node: JsonObject): boolean => Object.keys(node).some((key) => !key.startsWith('@'));
const isReference = (node: JsonObject): boolean => !('@type' in node) && !hasProperties(node) && !('@graph' in node);

/** Calls `visit` for every node object in expanded JSON-LD, with the node it hangs from. */
function walkNodes(value: unknown, parent: JsonObject | null, visit: (node: JsonObject, parent: JsonObject | null) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walkNodes(item, parent, visit);
    return;
  }
  if (!isObject(value) || '@value' in value) return;
  if ('@list' in value || '@set' in value) {
    walkNodes(value['@list'] ?? value['@set'], parent, visit);
    return;
  }
  visit(value, parent);
  for (const [key, child] of Object.entries(value)) {
    if (key === '@id' || key === '@type' || key === '@index') continue;
    if (key === '@reverse' && isObject(child)) {
      for (const reverse of Object.values(child)) walkNodes(reverse, value, visit);
    } else {
      // Nodes of a named graph (@graph) are not linked to the node naming the graph.
      walkNodes(child, key === '@graph' || key === '@included' ? null : value, visit);
    }
  }
}

function checkGraph(expanded: unknown[], vocabulary: Vocabulary, problems: JsonLdProblem[]): void {
  // Types and "is described" per @id, merged over every place a node appears.
  const typesById = new Map<string, Set<string>>();
  const described = new Set<string>();
  const nodes: JsonObject[] = [];
  walkNodes(expanded, null, (node) => {
    nodes.push(node);
    const id = node['@id'];
    if (typeof id !== 'string') return;
    const types = typesById.get(id) ?? new Set<string>();
    for (const type of asArray(node['@type'])) if (typeof type === 'string') types.add(type);
    typesById.set(id, types);
    if (!isReference(node)) described.add(id);
  });

  if (!nodes.some((node) => !isReference(node))) {
    problems.push({ code: 'empty_document', message: 'the document describes no node' });
    return;
  }

  const classesOf = (node: JsonObject): Set<string> => {
    const id = node['@id'];
    const types = new Set(asArray(node['@type']).filter((t): t is string => typeof t === 'string'));
    if (typeof id === 'string') for (const t of typesById.get(id) ?? []) types.add(t);
    const ancestors = new Set<string>();
    for (const type of types) for (const a of vocabulary.classes.get(type) ?? []) ancestors.add(a);
    return ancestors;
  };

  for (const node of nodes) {
    if (isReference(node)) continue;
    const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
    const at = id === undefined ? {} : { node: id };
    const label = nodeLabel(node);
    const declared = asArray(node['@type']).filter((t): t is string => typeof t === 'string');
    for (const type of declared) {
      if (vocabulary.classes.has(type)) continue;
      problems.push({
        code: 'unknown_class',
        message: `${label} has type "${termName(type)}" (${type}), which is not a class of the pinned schema.org vocabulary (${vocabulary.source} subset)`,
        ...at,
        term: termName(type),
      });
    }
    const classes = classesOf(node);
    if (hasProperties(node) && (id === undefined ? declared.length === 0 : (typesById.get(id)?.size ?? 0) === 0)) {
      problems.push({ code: 'untyped_node', message: `${label} has no @type, so the domains of its properties cannot be checked`, ...at });
    }
    for (const [key, values] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      const term = termName(key);
      const property = vocabulary.properties.get(key);
      if (!property) {
        problems.push({
          code: 'unknown_term',
          message: `${label} uses "${term}" (${key}), which is not a property of the pinned schema.org vocabulary (${vocabulary.source} subset) or the treatykit vocabulary; schema.org's @vocab makes a misspelt term look valid`,
          ...at,
          term,
        });
        continue;
      }
      if (classes.size > 0 && ![...property.domain].some((d) => classes.has(d))) {
        problems.push({
          code: 'domain_mismatch',
          message: `"${term}" is not a property of ${label}: its domain is ${names(property.domain)}`,
          ...at,
          term,
        });
      }
      for (const value of asArray(values)) checkValue(value, { term, label, at, property, vocabulary, typesById, described, classesOf, problems });
    }
  }

  checkConnected(nodes, problems);
}

interface ValueCheck {
  term: string;
  label: string;
  at: { node?: string };
  property: PropertyDefinition;
  vocabulary: Vocabulary;
  typesById: Map<string, Set<string>>;
  described: Set<string>;
  classesOf: (node: JsonObject) => Set<string>;
  problems: JsonLdProblem[];
}

function checkValue(value: unknown, check: ValueCheck): void {
  const { term, label, at, property, problems } = check;
  if (isObject(value) && '@list' in value) {
    for (const item of asArray(value['@list'])) checkValue(item, check);
    return;
  }
  if (isObject(value) && '@value' in value) {
    const kinds = literalKinds(value, check.vocabulary);
    if (kinds === 'malformed') {
      problems.push({
        code: 'invalid_literal',
        message: `"${term}" of ${label} is typed ${termName(String(value['@type']))}, so it must be ${FORMATS.get(normalType(value['@type'])) ?? 'in that format'}; found ${describeJson(value['@value'])}`,
        ...at,
        term,
      });
      return;
    }
    if ([...property.range].some((r) => kinds.has(r))) return;
    const expectsFormat = [...property.range].find((r) => FORMATS.has(r));
    if (typeof value['@value'] === 'string' && expectsFormat && !property.range.has(`${SCHEMA}Text`)) {
      problems.push({
        code: 'invalid_literal',
        message: `"${term}" of ${label} must be ${FORMATS.get(expectsFormat)}; found ${describeJson(value['@value'])}`,
        ...at,
        term,
      });
      return;
    }
    problems.push({
      code: 'range_mismatch',
      message: `"${term}" of ${label} must be ${names(property.range)}; found the literal ${describeJson(value['@value'])}`,
      ...at,
      term,
    });
    return;
  }
  if (!isNodeObject(value)) return;
  const id = typeof value['@id'] === 'string' ? value['@id'] : undefined;
  const kinds = check.classesOf(value);
  // A node named by an IRI is a URL; a reference is not Text, though schema.org's URL is a Text.
  if (id !== undefined) kinds.add(`${SCHEMA}URL`);
  if ([...property.range].some((r) => kinds.has(r))) return;
  if (id !== undefined && isReference(value) && !check.described.has(id)) {
    problems.push({
      code: 'unresolved_reference',
      message: `"${term}" of ${label} points to ${id}, which the document does not describe, so it cannot be checked against ${names(property.range)}`,
      ...at,
      term,
    });
    return;
  }
  problems.push({
    code: 'range_mismatch',
    message: `"${term}" of ${label} must be ${names(property.range)}; found ${nodeLabel(value, check.typesById)}`,
    ...at,
    term,
  });
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
// Partial dates stay partial (1941-04, 1941) and years before 1 AD are astronomical with a sign (-1258).
const DATE = /^-?\d{4,}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const DATE_TIME = /^-?\d{4,}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;
const N = String.raw`\d+(?:[.,]\d+)?`;
const DURATION = new RegExp(String.raw`^P(?=[\dT])(?:${N}Y)?(?:${N}M)?(?:${N}W)?(?:${N}D)?(?:T(?=\d)(?:${N}H)?(?:${N}M)?(?:${N}S)?)?$`);
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;
const FORMATS = new Map([
  [`${SCHEMA}Date`, 'an ISO 8601 date such as 1941-04-13, 1941-04, 1941 or -1258'],
  [`${SCHEMA}DateTime`, 'an ISO 8601 date-time such as 1941-04-13T10:00:00Z'],
  [SCHEMA_DURATION, 'an ISO 8601 duration such as P5Y'],
]);

// xsd:date and friends mean the same as schema.org's types for the formats checked here.
function normalType(type: unknown): string {
  if (type === `${XSD}date`) return `${SCHEMA}Date`;
  if (type === `${XSD}dateTime`) return `${SCHEMA}DateTime`;
  if (type === `${XSD}duration`) return SCHEMA_DURATION;
  return String(type);
}

/** The data types a literal can stand for (with their supertypes), or "malformed" for a typed literal in the wrong format. */
function literalKinds(literal: JsonObject, vocabulary: Vocabulary): Set<string> | 'malformed' {
  const value = literal['@value'];
  const type = literal['@type'];
  const kinds = new Set<string>();
  if (type === '@json') kinds.add(RDF_JSON);
  else if (typeof value === 'boolean') kinds.add(`${SCHEMA}Boolean`);
  else if (typeof value === 'number') kinds.add(Number.isInteger(value) ? `${SCHEMA}Integer` : `${SCHEMA}Float`);
  else if (typeof value !== 'string') return kinds;
  else if (type === undefined || type === `${XSD}string`) {
    kinds.add(`${SCHEMA}Text`);
    if (ABSOLUTE_IRI.test(value)) kinds.add(`${SCHEMA}URL`);
    if (DATE.test(value)) kinds.add(`${SCHEMA}Date`);
    if (DATE_TIME.test(value)) kinds.add(`${SCHEMA}DateTime`);
    if (DURATION.test(value)) kinds.add(SCHEMA_DURATION);
  } else if (type === `${SCHEMA}Date` || type === `${XSD}date`) {
    // schema.org's context types every Date-or-DateTime property as Date.
    if (DATE.test(value)) kinds.add(`${SCHEMA}Date`);
    if (DATE_TIME.test(value)) kinds.add(`${SCHEMA}DateTime`);
    if (kinds.size === 0) return 'malformed';
  } else if (type === `${SCHEMA}DateTime` || type === `${XSD}dateTime`) {
    if (!DATE_TIME.test(value)) return 'malformed';
    kinds.add(`${SCHEMA}DateTime`);
  } else if (type === `${XSD}duration` || type === SCHEMA_DURATION) {
    if (!DURATION.test(value)) return 'malformed';
    kinds.add(SCHEMA_DURATION);
  } else if (typeof type === 'string') kinds.add(type);
  for (const kind of [...kinds]) for (const superType of vocabulary.dataTypes.get(kind) ?? []) kinds.add(superType);
  return kinds;
}

/** Reports every described node that cannot be reached from the first one, following links either way. */
function checkConnected(nodes: JsonObject[], problems: JsonLdProblem[]): void {
  const keys = new Map<JsonObject, string>();
  const keyOf = (node: JsonObject): string => {
    let key = keys.get(node);
    if (key === undefined) {
      key = typeof node['@id'] === 'string' ? node['@id'] : `_:occurrence-${keys.size}`;
      keys.set(node, key);
    }
    return key;
  };
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const describedKeys: string[] = [];
  for (const node of nodes) {
    const key = keyOf(node);
    if (!parent.has(key)) parent.set(key, key);
    if (!isReference(node)) describedKeys.push(key);
    for (const [property, values] of Object.entries(node)) {
      if (property.startsWith('@') && property !== '@reverse') continue;
      walkNodes(values, null, (child) => {
        const childKey = keyOf(child);
        if (!parent.has(childKey)) parent.set(childKey, childKey);
        union(key, childKey);
      });
    }
  }
  const first = describedKeys[0];
  if (first === undefined) return;
  const reported = new Set<string>();
  for (const key of describedKeys) {
    if (find(key) === find(first) || reported.has(key)) continue;
    reported.add(key);
    problems.push({
      code: 'disconnected_graph',
      message: `${key.startsWith('_:') ? 'a node without @id' : key} is not linked to ${first}: the document is not one connected graph`,
      ...(key.startsWith('_:') ? {} : { node: key }),
    });
  }
}

function expansionProblem(error: unknown): JsonLdProblem {
  const messages: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 8; depth++) {
    if (e instanceof DocumentRefusedError) {
      return {
        code: 'context_not_shipped',
        message: `the @context "${e.url}" is not shipped with @treatykit/jsonld, and nothing is fetched from the network; use "https://schema.org" (served from the package) or an inline context`,
        term: e.url,
      };
    }
    if (e instanceof Error) messages.push(e.message);
    const details = isObject(e) && isObject(e['details']) ? e['details'] : undefined;
    e = details?.['cause'] ?? (e instanceof Error ? e.cause : undefined);
  }
  return { code: 'expansion_failed', message: `JSON-LD expansion failed: ${messages.join(': ') || describeJson(error)}` };
}

function eventProblem(event: JsonLdEvent): JsonLdProblem {
  const details = event.details ?? {};
  const term = [details['property'], details['term'], details['type'], details['id']].find((v): v is string => typeof v === 'string');
  return {
    code: 'dropped_by_expansion',
    message: `JSON-LD expansion dropped or could not interpret something (${event.code}): ${event.message}${term === undefined ? '' : ` ("${term}")`}`,
    ...(term === undefined ? {} : { term }),
  };
}

function nodeLabel(node: JsonObject, typesById?: Map<string, Set<string>>): string {
  const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
  const types = new Set(asArray(node['@type']).filter((t): t is string => typeof t === 'string'));
  if (id !== undefined) for (const t of typesById?.get(id) ?? []) types.add(t);
  const typeText = types.size > 0 ? [...types].map(termName).join('/') : 'untyped';
  return id === undefined ? `a blank ${typeText} node` : `the ${typeText} node ${id}`;
}

function names(iris: ReadonlySet<string>): string {
  return [...iris].map(termName).join(' or ');
}

function describeJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
