import { createDocumentLoader, type DocumentLoader } from './document-loader.js';
import { loadJsonLd } from './jsonld-processor.js';

/** Options of `toNQuads`. */
export interface NQuadsOptions {
  /** Loader for remote contexts; defaults to `createDocumentLoader()`, which serves only the shipped contexts. */
  documentLoader?: DocumentLoader;
}

/** Serialises a JSON-LD document as canonical (RDFC-1.0) N-Quads, offline; rejects when jsonld.js cannot convert it safely. */
export async function toNQuads(doc: object, options: NQuadsOptions = {}): Promise<string> {
  const jsonld = await loadJsonLd();
  return jsonld.canonize(doc, {
    documentLoader: options.documentLoader ?? createDocumentLoader(),
    // Fail rather than silently drop a term that does not map to an absolute IRI.
    safe: true,
    format: 'application/n-quads',
    canonizeOptions: { algorithm: 'RDFC-1.0' },
  });
}
