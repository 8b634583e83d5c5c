import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAY_HOLD_GFM_SYNTAX, markdownProcessor, remarkGfmWithoutAutolinks } from '../src/read/read-article.js';

// readArticle reads Markdown that cannot hold GFM syntax without GFM's extensions, to save time.
// That is right only while those extensions leave such a text's tree as it is: checked here on
// texts made of Markdown's significant characters, so that an upgrade of micromark or of the GFM
// extensions that needs another character fails this test, not an article. The processors are
// readArticle's own.
const withoutGfm = markdownProcessor(null);
const withGfm = markdownProcessor(remarkGfmWithoutAutolinks);

const PIECES = ['[', ']', '^', 'x', 'X', ' ', '\t', '\n', '\n\n', '-', '*', '+', '1.', '#', '>', '`', '```', ':', '(', ')', '!', '\\', '&#124;', '&#126;', '&#58;', '&amp;', 'Treaty', '|', '~', '---', '===', '_', '<', '"', '[^1]', '[ ]', '[x]', ':-', '-:', ': -'];
// As in fuzz.test.ts: `pnpm fuzz` sets FUZZ_RUNS (and FUZZ_SEED to explore new cases).
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 7;
const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('reading Markdown without GFM', () => {
  it('gives the same tree as with GFM for every text without a GFM character', () => {
    let compared = 0;
    fc.assert(
      fc.property(markdownish, (text) => {
        if (MAY_HOLD_GFM_SYNTAX.test(text)) return;
        compared++;
        expect(withoutGfm.parse(text)).toEqual(withGfm.parse(text));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(compared).toBeGreaterThan(RUNS / 4);
  });

  it('is not used for a text that holds GFM syntax', () => {
    for (const text of ['| a |\n| - |\n| b |', 'Signed\n:-\n1941', 'Signed\n-:', '~~gone~~', 'A note.[^1]\n\n[^1]: Here.', '- [ ] open\n- [x] done']) {
      expect(MAY_HOLD_GFM_SYNTAX.test(text)).toBe(true);
      expect(withoutGfm.parse(text)).not.toEqual(withGfm.parse(text));
    }
  });
});
