import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const LEAD = 'A pact was signed between the USSR and Japan on April 13, 1941, in Moscow.';
const article = (headline: string, lead = LEAD, body = 'They signed.'): string => `${headline}\n${lead}\nA fact\nWhat Happened?\n${body}\n`;

describe('the id of an article', () => {
  it('is the slug of the headline', () => {
    expect(parseArticle(article('USSR and Japan Sign Neutrality Pact')).id).toBe('ussr-and-japan-sign-neutrality-pact');
  });

  describe('when the headline has no letters or digits', () => {
    const id = parseArticle(article('🕊️🤝📜')).id;

    it('is treaty- and a hash', () => {
      expect(id).toMatch(/^treaty-[0-9a-f]{12}$/);
    });

    it('stays the same when anything but the headline, the signing date and the parties changes', () => {
      const same = [
        article('🕊️🤝📜', LEAD, 'They signed, and both sides kept the pact for four years.'),
        article('🕊️🤝📜', `${LEAD} It was to last five years.`),
        article('🕊️🤝📜').replace(/\n/g, '\r\n'),
        `\uFEFF${article('  🕊️🤝📜  ')}`,
        `# 🕊️🤝📜\n\n${LEAD}\n\n- A fact\n\n## What Happened?\n\nThey signed.\n`,
      ];
      for (const text of same) expect(parseArticle(text).id, text).toBe(id);
    });

    it('is the same for the composed and the decomposed form of the headline', () => {
      // "≠" and "=" followed by U+0338 COMBINING LONG SOLIDUS OVERLAY: one text, as editors save it.
      expect(parseArticle(article('=\u0338 🕊️')).id).toBe(parseArticle(article('\u2260 🕊️')).id);
    });

    it('differs between articles with another headline, signing date or parties', () => {
      const others = [
        article('🕊️🤝'),
        article('???'),
        article('🕊️🤝📜', LEAD.replace('April 13, 1941', 'April 14, 1941')),
        article('🕊️🤝📜', LEAD.replace('Japan', 'Finland')),
      ];
      const ids = others.map((text) => parseArticle(text).id);
      for (const other of ids) expect(other).toMatch(/^treaty-[0-9a-f]{12}$/);
      expect(new Set([id, ...ids]).size).toBe(others.length + 1);
    });
  });
});
