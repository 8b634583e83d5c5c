import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHtmlScript, toJsonLd } from '../src/index.js';
import { makeModel } from './helpers.js';

const OPEN = '<script type="application/ld+json">\n';
const CLOSE = '\n</script>';
const body = (html: string): string => html.slice(OPEN.length, html.length - CLOSE.length);

describe('toHtmlScript', () => {
  it('wraps the document in a JSON-LD script block that parses back to the same document', () => {
    const doc = toJsonLd(makeModel());
    const html = toHtmlScript(doc);
    expect(html.startsWith(OPEN)).toBe(true);
    expect(html.endsWith(CLOSE)).toBe(true);
    expect(JSON.parse(body(html))).toEqual(doc);
  });

  it.each(['</script><script>alert(1)</script>', '</SCRIPT >', '<!-- <script>', 'a\u2028b\u2029c', 'Tom & Jerry > Spike'])(
    'keeps %j from breaking out of the block',
    (text) => {
      const doc = toJsonLd(makeModel({ title: text, summary: text }));
      const html = toHtmlScript(doc);
      const inner = body(html);
      expect(inner).not.toMatch(/<|>|&|\u2028|\u2029/);
      expect(html.toLowerCase().indexOf('</script')).toBe(html.length - CLOSE.length + 1);
      expect(JSON.parse(inner)).toEqual(doc);
    },
  );

  it('never lets any text end the block early', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const html = toHtmlScript({ '@context': 'https://schema.org', '@type': 'Thing', name: text });
        expect(html.toLowerCase().indexOf('</script')).toBe(html.length - CLOSE.length + 1);
        expect(body(html)).not.toContain('<!--');
        expect((JSON.parse(body(html)) as { name: string }).name).toBe(text);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('throws a TypeError for something that is not JSON', () => {
    expect(() => toHtmlScript((() => 1) as unknown as object)).toThrow(TypeError);
  });
});
