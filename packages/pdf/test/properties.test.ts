import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPdf } from '../src/index.js';
import { example, withFields } from './helpers.js';

const text = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), fc.constantFrom(' ', '\u00ad', '\n\t'));

describe('toPdf, for any valid model', () => {
  it('produces a complete PDF and only the documented warnings', async () => {
    const base = example();
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.option(text, { nil: null }),
        fc.array(text, { maxLength: 8 }),
        fc.array(fc.array(text, { maxLength: 4 }), { maxLength: 3 }),
        async (title, name, keyFacts, paragraphs) => {
          const model = withFields(base, {
            title,
            name,
            keyFacts,
            sections: paragraphs.map((p, i) => ({ heading: `Section ${i}`, paragraphs: p })),
          });
          const result = await toPdf(model);
          const head = Buffer.from(result.bytes.subarray(0, 8)).toString('latin1');
          const tail = Buffer.from(result.bytes.subarray(-6)).toString('latin1');
          expect(head).toBe('%PDF-1.7');
          expect(tail).toContain('%%EOF');
          expect(result.pages).toBeGreaterThanOrEqual(1);
          for (const warning of result.warnings) expect(warning.code).toBe('missing_glyph');
        },
      ),
      { seed: 1941, numRuns: 20 },
    );
  }, 60_000);
});
