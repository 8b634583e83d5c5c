import net from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@treatykit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createDocumentLoader,
  DocumentRefusedError,
  SCHEMA_ORG_CONTEXT_URL,
  SHIPPED_CONTEXT_URLS,
  toJsonLd,
  toNQuads,
  validateJsonLd,
} from '../src/index.js';

const corpusDir = fileURLToPath(new URL('../../../corpus/dev/', import.meta.url));
const docs = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => toJsonLd(parseArticle(readFileSync(`${corpusDir}${file}`, 'utf8'))));

describe('no network access, ever', () => {
  let connect: ReturnType<typeof vi.spyOn>;
  let fetchSpy: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    // Every TCP connection in Node (http, https, fetch/undici) goes through Socket#connect.
    connect = vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(() => {
      throw new Error('test: network access attempted');
    });
    fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('test: fetch attempted'));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('validates and canonicalises the whole corpus asking the loader only for shipped contexts', async () => {
    const requested: string[] = [];
    const documentLoader = createDocumentLoader({ onRequest: (url) => requested.push(url) });
    for (const doc of docs) {
      expect((await validateJsonLd(doc, { documentLoader })).valid).toBe(true);
      expect(await toNQuads(doc, { documentLoader })).toContain('<http://schema.org/Legislation>');
    }
    expect(requested.length).toBeGreaterThanOrEqual(docs.length);
    expect(new Set(requested)).toEqual(new Set([SCHEMA_ORG_CONTEXT_URL]));
    expect(connect).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('uses the offline loader when none is given, even for a document naming a remote context', async () => {
    const doc = { '@context': ['https://schema.org', 'https://example.org/extra-context.jsonld'], '@type': 'Thing', name: 'x' };
    expect((await validateJsonLd(doc)).problems.map((p) => p.code)).toEqual(['context_not_shipped']);
    await expect(toNQuads(doc)).rejects.toThrow();
    expect(connect).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('createDocumentLoader', () => {
  it('serves the shipped schema.org context under each of its URLs', async () => {
    const load = createDocumentLoader();
    for (const url of SHIPPED_CONTEXT_URLS) {
      const remote = await load(url);
      expect(remote).toMatchObject({ contextUrl: null, documentUrl: url });
      expect(remote.document).toMatchObject({ '@context': { '@vocab': 'http://schema.org/' } });
    }
  });

  it('rejects every other URL with an error that names it, after reporting the request', async () => {
    const requested: string[] = [];
    const load = createDocumentLoader({ onRequest: (url) => requested.push(url) });
    const refusal = load('https://schema.org/Person');
    await expect(refusal).rejects.toBeInstanceOf(DocumentRefusedError);
    await expect(refusal).rejects.toMatchObject({ url: 'https://schema.org/Person', message: expect.stringContaining('"https://schema.org/Person"') });
    expect(requested).toEqual(['https://schema.org/Person']);
  });

  it('hands out a fresh copy, so a caller that edits it cannot change the next answer', async () => {
    const load = createDocumentLoader();
    const first = (await load(SCHEMA_ORG_CONTEXT_URL)).document as { '@context': Record<string, unknown> };
    first['@context']['name'] = 'http://example.org/name';
    const second = (await load(SCHEMA_ORG_CONTEXT_URL)).document as { '@context': Record<string, unknown> };
    expect(second['@context']['name']).toEqual({ '@id': 'schema:name' });
  });
});
