export {
  SCHEMA_VERSION,
  TREATY_TYPES,
  TreatyModelSchema,
  PartialDateSchema,
  DerivedDateSchema,
  PlaceSchema,
  PartySchema,
  SignatorySchema,
  DurationSchema,
  SectionSchema,
  SourceSchema,
  SpanSchema,
  PositionSchema,
  ProvenanceSchema,
  WikidataIdSchema,
} from './model/schema.js';
export type {
  TreatyModel,
  PartialDate,
  DerivedDate,
  Place,
  Party,
  Signatory,
  Duration,
  Section,
  Source,
  Span,
  Position,
  TreatyType,
} from './model/schema.js';
export type { Diagnostic, DiagnosticCode, Severity } from './model/diagnostics.js';
export { parseArticle, safeParseArticle, ArticleParseError } from './parse/parse-article.js';
export type { ParseOptions, ParseResult } from './parse/parse-article.js';
export { treatyJsonSchema } from './model/json-schema.js';
