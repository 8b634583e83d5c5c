import { SCHEMA_ORG_CONTEXT_DOCUMENT } from './vocabulary/schema-org.generated.js';
import type { ContextDocument } from './vocabulary/types.js';

/** The schema.org context URL every exported document names first in its `@context`. */
export const SCHEMA_ORG_CONTEXT_URL = 'https://schema.org';

/**
 * Every URL the offline document loader answers, all with the shipped schema.org context:
 * the spellings of schema.org's context URL that documents use in practice.
 */
export const SHIPPED_CONTEXT_URLS = [
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.jsonld',
  'http://schema.org/docs/jsonldcontext.jsonld',
] as const;

const SHIPPED = new Map<string, ContextDocument>(SHIPPED_CONTEXT_URLS.map((url) => [url, SCHEMA_ORG_CONTEXT_DOCUMENT]));

/** The shipped context document for `url`, or undefined when the package ships none. */
export function shippedContext(url: string): ContextDocument | undefined {
  return SHIPPED.get(url);
}
