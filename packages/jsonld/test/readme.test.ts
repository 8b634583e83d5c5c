import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@treatykit/core';
import { describe, expect, it } from 'vitest';
import { toJsonLd, validateJsonLd } from '../src/index.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const example = parseArticle(readFileSync(fileURLToPath(new URL('../../../examples/ussr-japan-neutrality-pact.txt', import.meta.url)), 'utf8'));

// The README cuts long texts and most provenance entries; compare everything else.
function withoutCutParts(doc: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as { '@graph': Record<string, unknown>[] };
  const article = copy['@graph'][0] ?? {};
  for (const key of ['description', 'articleBody']) article[key] = '(cut)';
  (article['tk:provenance'] as { spans: unknown }).spans = '(cut)';
  return copy;
}

describe('the README', () => {
  it("shows the example article's graph as toJsonLd makes it", async () => {
    const block = /<!-- example-graph -->\n```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const shown = JSON.parse(block ?? '') as unknown;
    const actual = toJsonLd(example, { baseUrl: 'https://example.org/treaties/' });
    expect(withoutCutParts(shown)).toEqual(withoutCutParts(actual));
    expect(await validateJsonLd(actual)).toEqual({ valid: true, problems: [] });
  });
});
