import type { DocumentLoader } from './document-loader.js';

/** A warning jsonld.js raises while processing (a dropped property, a relative IRI, ...). */
export interface JsonLdEvent {
  code: string;
  level: string;
  message: string;
  details?: Record<string, unknown>;
}

interface ProcessingOptions {
  documentLoader: DocumentLoader;
  eventHandler?: (handler: { event: JsonLdEvent; next: () => void }) => void;
  safe?: boolean;
}

/** The part of jsonld.js 9 this package uses, typed as it behaves (the published types predate v9). */
export interface JsonLdProcessor {
  expand(input: unknown, options: ProcessingOptions): Promise<unknown[]>;
  canonize(
    input: unknown,
    options: ProcessingOptions & { format: 'application/n-quads'; canonizeOptions: { algorithm: 'RDFC-1.0' } },
  ): Promise<string>;
}

let processor: Promise<JsonLdProcessor> | undefined;

/** Loads jsonld.js on first use, so that `toJsonLd` and `toHtmlScript` alone never pay for it. */
export function loadJsonLd(): Promise<JsonLdProcessor> {
  processor ??= import('jsonld').then((module) => module.default as unknown as JsonLdProcessor);
  return processor;
}
