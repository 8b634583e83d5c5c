export { toJsonLd } from './to-json-ld.js';
export type { JsonLdOptions } from './to-json-ld.js';
export type {
  ArticleNode,
  JsonLdDocument,
  PartyNode,
  PersonNode,
  PlaceNode,
  SigningNode,
  TreatyGraphNode,
  TreatyNode,
  TreatykitProvenance,
} from './graph-types.js';
export { DEFAULT_BASE_URL } from './ids.js';
export { validateJsonLd } from './validate-json-ld.js';
export type { JsonLdProblem, JsonLdProblemCode, JsonLdValidation, ValidateOptions } from './validate-json-ld.js';
export { toNQuads } from './to-n-quads.js';
export type { NQuadsOptions } from './to-n-quads.js';
export { toHtmlScript } from './to-html-script.js';
export { createDocumentLoader, DocumentRefusedError } from './document-loader.js';
export type { DocumentLoader, DocumentLoaderOptions, RemoteDocument } from './document-loader.js';
export { SCHEMA_ORG_CONTEXT_URL, SHIPPED_CONTEXT_URLS } from './contexts.js';
export { TREATYKIT_CONTEXT, TREATYKIT_NAMESPACE, TREATYKIT_VOCABULARY } from './vocabulary/treatykit.js';
export type { TreatykitProperty } from './vocabulary/treatykit.js';
