// Generates the field reference of the treaty model (MODEL.md, and the overview table in README.md) from the JSON
// Schema that `treatyJsonSchema()` derives from the Zod schema, so every line comes from a `.describe()` text or a
// constraint of the schema. `test/model-docs.test.ts` checks that the committed files are current.

/** The part of JSON Schema that `z.toJSONSchema` emits for the model. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

/** One documented field: its path in the model, its type with constraints, and what it means. */
export interface FieldDoc {
  path: string;
  type: string;
  description: string;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The non-null branch of `X | null`, and whether null is allowed. */
function unwrapNullable(schema: JsonSchema): { inner: JsonSchema; nullable: boolean } {
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const rest = schema.type.filter((t) => t !== 'null');
    return { inner: { ...schema, type: rest.length === 1 && rest[0] ? rest[0] : rest }, nullable: true };
  }
  const branches = schema.anyOf;
  if (branches?.length === 2) {
    const other = branches.find((b) => b.type !== 'null');
    if (other && branches.some((b) => b.type === 'null')) return { inner: other, nullable: true };
  }
  return { inner: schema, nullable: false };
}

function literal(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

/** A short English description of a schema's type and constraints. */
function typeOf(schema: JsonSchema): string {
  const { inner, nullable } = unwrapNullable(schema);
  const parts: string[] = [];
  if (inner.const !== undefined) parts.push(literal(inner.const));
  else if (inner.enum) parts.push(inner.enum.map(literal).join(' \\| '));
  else if (inner.type === 'array') {
    const items = inner.items ? typeOf(inner.items) : 'anything';
    parts.push(`array of ${items.includes(',') ? `(${items})` : items}`);
    if (inner.minItems) parts.push(`at least ${inner.minItems}`);
  } else if (inner.type === 'object' && inner.propertyNames && typeof inner.additionalProperties === 'object') {
    parts.push(`object: key (${typeOf(inner.propertyNames)}) → ${typeOf(inner.additionalProperties)}`);
  } else if (inner.type === 'integer' || inner.type === 'number') {
    parts.push(inner.type);
    if (inner.minimum !== undefined) parts.push(`≥ ${inner.minimum}`);
    if (inner.exclusiveMinimum !== undefined) parts.push(`> ${inner.exclusiveMinimum}`);
    if (inner.maximum !== undefined && inner.maximum !== MAX_SAFE) parts.push(`≤ ${inner.maximum}`);
  } else if (inner.type === 'string') {
    parts.push('string');
    if (inner.minLength === 1) parts.push('non-empty');
    else if (inner.minLength !== undefined) parts.push(`at least ${inner.minLength} characters`);
    if (inner.maxLength !== undefined) parts.push(`at most ${inner.maxLength} characters`);
    if (inner.pattern !== undefined) parts.push(`matching \`${inner.pattern.replaceAll('|', '\\|')}\``);
  } else parts.push([inner.type ?? 'any'].flat().join(' or '));
  const text = parts.join(', ');
  return nullable ? `${text}, or \`null\`` : text;
}

/** The description of a field: its own text, then the text of its type when that says more. */
function describe(schema: JsonSchema): string {
  const { inner } = unwrapNullable(schema);
  const texts = [schema.description, inner.description].filter((t): t is string => Boolean(t));
  return [...new Set(texts)].join(' ').replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** Every field of the model, depth first, in schema order; `[]` marks array items and `*` record values. */
export function modelFields(schema: JsonSchema, prefix = ''): FieldDoc[] {
  const fields: FieldDoc[] = [];
  const { inner } = unwrapNullable(schema);
  for (const [name, property] of Object.entries(inner.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const optional = inner.required?.includes(name) ? '' : ' (optional)';
    fields.push({ path, type: typeOf(property) + optional, description: describe(property) });
    fields.push(...nested(property, path));
  }
  return fields;
}

function nested(schema: JsonSchema, path: string): FieldDoc[] {
  const { inner } = unwrapNullable(schema);
  if (inner.properties) return modelFields(inner, path);
  if (inner.type === 'array' && inner.items) {
    const items = unwrapNullable(inner.items).inner;
    if (!items.properties) return [];
    // The element itself, when its schema says what one element is (e.g. "A state bound by the treaty. …").
    const element = items.description ? [{ path: `${path}[]`, type: typeOf(inner.items), description: describe(inner.items) }] : [];
    return [...element, ...modelFields(items, `${path}[]`)];
  }
  if (inner.type === 'object' && typeof inner.additionalProperties === 'object') {
    const values = inner.additionalProperties;
    return nested(values, `${path}.*`);
  }
  return [];
}

function table(fields: readonly FieldDoc[]): string {
  const rows = fields.map((f) => `| \`${f.path}\` | ${f.type} | ${f.description} |`);
  return ['| field | type | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** MODEL.md: every field of the treaty model with its type, constraints and meaning. */
export function renderModelDocs(schema: JsonSchema, schemaVersion: number): string {
  return `# The treaty model

<!-- Generated by scripts/model-docs.ts from the Zod schema (src/model/schema.ts). Do not edit by hand: change a
     .describe() text, then run \`UPDATE=1 npx vitest run test/model-docs.test.ts\` in packages/core. -->

\`TreatyModel\` is what \`parseArticle\` returns and \`TreatyModelSchema\` validates (schema version ${schemaVersion}). ${schema.description ?? ''}
The TypeScript types are inferred from the Zod schema (\`z.infer<typeof TreatyModelSchema>\`); the same model as JSON
Schema (draft 2020-12) is \`treatyJsonSchema()\` and the file \`@treatykit/core/schema.json\`.

Every field is present in every model: a fact the article does not state is \`null\` or an empty array, never
missing. Objects have no other keys. A path such as \`parties[].name\` is the \`name\` of each element of
\`parties\`; \`provenance.*\` is the value of any key of \`provenance\`.

${table(modelFields(schema))}
`;
}

/** The overview for the README: the top-level fields only, with a link to MODEL.md for the rest. */
export function renderModelOverview(schema: JsonSchema): string {
  return table(modelFields(schema).filter((f) => !f.path.includes('.')));
}
