import { describe, expect, expectTypeOf, it } from 'vitest';
import type { TreatyModel } from '@treatykit/core';
import * as pdf from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(pdf).sort()).toEqual(['toPdf']);
  });

  it('has the signatures the CLI relies on', () => {
    expectTypeOf(pdf.toPdf).parameters.toEqualTypeOf<[model: TreatyModel, options?: pdf.PdfOptions]>();
    expectTypeOf(pdf.toPdf).returns.toEqualTypeOf<Promise<pdf.PdfResult>>();
    expectTypeOf<pdf.PdfResult>().toEqualTypeOf<{ bytes: Uint8Array; pages: number; warnings: pdf.PdfWarning[] }>();
    // `| undefined` lets callers with exactOptionalPropertyTypes pass an option through unset.
    expectTypeOf<pdf.PdfOptions>().toEqualTypeOf<{
      paper?: 'a4' | 'letter' | undefined;
      pdfa?: boolean | undefined;
      creationDate?: Date | undefined;
      lang?: string | undefined;
    }>();
    expectTypeOf<pdf.PdfWarning['code']>().toEqualTypeOf<'missing_glyph' | 'invalid_source_date_epoch'>();
    expectTypeOf<pdf.MissingGlyphWarning>().toMatchTypeOf<{ code: 'missing_glyph'; message: string; char: string; field: string | null }>();
  });
});
