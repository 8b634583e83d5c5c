import { SHIPPED_CONTEXT_URLS, shippedContext } from './contexts.js';

/** What a JSON-LD document loader resolves to (the shape jsonld.js expects). */
export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
}

/** A jsonld.js document loader: URL in, remote document out. */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** Options of `createDocumentLoader`. */
export interface DocumentLoaderOptions {
  /** Called with every URL asked for, served or refused, before answering (tests record calls with it). */
  onRequest?: (url: string) => void;
}

/** The error a loader from `createDocumentLoader` rejects with for any URL it does not ship. */
export class DocumentRefusedError extends Error {
  override readonly name = 'DocumentRefusedError';
  /** The URL that was asked for. */
  readonly url: string;

  constructor(url: string) {
    super(
      `@treatykit/jsonld does not load "${url}": it works offline and serves only the contexts it ships (${SHIPPED_CONTEXT_URLS.join(', ')})`,
    );
    this.url = url;
  }
}

/** Creates a document loader that serves the shipped contexts from memory and refuses every other URL, so nothing ever touches the network. */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  const { onRequest } = options;
  return async (url: string): Promise<RemoteDocument> => {
    onRequest?.(url);
    const document = shippedContext(url);
    if (!document) throw new DocumentRefusedError(url);
    // jsonld.js may rewrite context documents in place while resolving them; hand out a copy.
    return { contextUrl: null, documentUrl: url, document: JSON.parse(JSON.stringify(document)) as unknown };
  };
}
