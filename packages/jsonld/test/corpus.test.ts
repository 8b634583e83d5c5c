import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@treatykit/core';
import { describe, expect, it } from 'vitest';
import { toJsonLd, toNQuads, validateJsonLd } from '../src/index.js';
import { expectFile } from './helpers.js';

const corpusDir = fileURLToPath(new URL('../../../corpus/dev/', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const articles = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const name = file.replace(/\.txt$/, '');
    const model = parseArticle(readFileSync(`${corpusDir}${file}`, 'utf8'), { path: `corpus/dev/${file}` });
    return { name, model, doc: toJsonLd(model) };
  });

describe('the dev corpus', () => {
  it('has articles to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(13);
  });

  describe.each(articles)('$name', ({ name, model, doc }) => {
    it('exports the reviewed graph (test/fixtures/<name>.jsonld)', () => {
      expectFile(`${fixturesDir}${name}.jsonld`, JSON.stringify(doc, null, 2) + '\n');
    });

    it('passes the package validator with no problem', async () => {
      expect(await validateJsonLd(doc)).toEqual({ valid: true, problems: [] });
    });

    it('links the article, the treaty, the signing and every state into one graph', () => {
      const graph = doc['@graph'];
      const types = graph.map((node) => node['@type']);
      expect(types.slice(0, 3)).toEqual(['Article', 'Legislation', 'Event']);
      expect(types.filter((t) => t === 'Country')).toHaveLength(model.parties.length);
      expect(types.filter((t) => t === 'Person')).toHaveLength(model.signatories.length);
      expect(new Set(graph.map((node) => node['@id'])).size).toBe(graph.length);
    });
  });

  it('serialises the example article as canonical N-Quads (test/fixtures/<name>.nq)', async () => {
    const example = articles[0];
    if (!example) throw new Error('no article');
    const nquads = await toNQuads(example.doc);
    expectFile(`${fixturesDir}${example.name}.nq`, nquads);
    expect(await toNQuads(JSON.parse(JSON.stringify(example.doc)) as object)).toBe(nquads);
  });
});
