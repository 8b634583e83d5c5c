import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonLd, toNQuads, validateJsonLd, type JsonLdDocument } from '../src/index.js';
import { anyTreatyModel } from './arbitraries.js';

// Any text, including what breaks naive code: other scripts, markup, quotes, controls, emoji.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  fc.constantFrom('Вячеслав Молотов', '松岡洋右', '</script><!--', '"quoted" \\ back', 'line\nbreak', 'http://example.org/x', '1941-04-13'),
);
const model = anyTreatyModel(text);

/** How many RDF statements the compact document makes: one per @type and one per property value. */
function statementsIn(doc: JsonLdDocument): number {
  let count = 0;
  for (const node of doc['@graph']) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '@id') continue;
      count += Array.isArray(value) ? value.length : 1;
    }
  }
  return count;
}

describe('every valid model', () => {
  it('exports to JSON-LD that validates and expands with no term dropped or unknown', async () => {
    await fc.assert(
      fc.asyncProperty(model, async (m) => {
        const doc = toJsonLd(m);
        expect(await validateJsonLd(doc)).toEqual({ valid: true, problems: [] });
        // Every value the document states becomes exactly one quad: nothing was dropped on the way to RDF.
        const quads = (await toNQuads(doc)).split('\n').filter((line) => line.length > 0);
        expect(quads).toHaveLength(statementsIn(doc));
      }),
      { seed: 1941, numRuns: 150 },
    );
  });

  it('keeps the graph’s @ids unique and absolute', () => {
    fc.assert(
      fc.property(model, (m) => {
        const ids = toJsonLd(m, { baseUrl: 'https://example.org/t/' })['@graph'].map((node) => node['@id']);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^https:\/\/example\.org\/t\/[a-z0-9-]+(#[a-z0-9-]+)?$/);
      }),
      { seed: 1942, numRuns: 200 },
    );
  });
});
