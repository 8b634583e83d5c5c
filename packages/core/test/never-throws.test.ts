import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseArticle, TreatyModelSchema } from '../src/index.js';

const example = readFileSync(new URL('./fixtures/example.txt', import.meta.url), 'utf8');

describe('safeParseArticle on any input', () => {
  it('never throws and returns either a valid model or errors', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const result = safeParseArticle(text);
        if (result.success) expect(TreatyModelSchema.safeParse(result.model).success).toBe(true);
        else expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('never throws on random edits of a real article', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: example.length }), fc.integer({ min: 0, max: 200 }), fc.string({ maxLength: 30 }), (at, cut, insert) => {
        const text = example.slice(0, at) + insert + example.slice(Math.min(example.length, at + cut));
        const result = safeParseArticle(text);
        expect(typeof result.success).toBe('boolean');
      }),
      { seed: 7, numRuns: 100 },
    );
  });
});
