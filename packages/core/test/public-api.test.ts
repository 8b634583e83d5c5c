import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import * as core from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'ArticleParseError',
        'DerivedDateSchema',
        'DurationSchema',
        'PartialDateSchema',
        'PartySchema',
        'PlaceSchema',
        'PositionSchema',
        'ProvenanceSchema',
        'SCHEMA_VERSION',
        'SectionSchema',
        'SignatorySchema',
        'SourceSchema',
        'SpanSchema',
        'TREATY_TYPES',
        'TreatyModelSchema',
        'WikidataIdSchema',
        'parseArticle',
        'safeParseArticle',
        'treatyJsonSchema',
      ].sort(),
    );
  });

  it('types the model from the Zod schema', () => {
    expectTypeOf<core.TreatyModel>().toEqualTypeOf<z.infer<typeof core.TreatyModelSchema>>();
    expectTypeOf<core.TreatyModel['signed']['date']['precision']>().toEqualTypeOf<'day' | 'month' | 'year'>();
    expectTypeOf(core.safeParseArticle).returns.toEqualTypeOf<core.ParseResult>();
  });
});
