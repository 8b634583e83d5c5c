import type { TreatyModel } from '@treatykit/core';
import type { ArticleLeaf, CountryLeaf, EventLeaf, LegislationLeaf, PersonLeaf } from 'schema-dts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DEFAULT_BASE_URL',
        'DocumentRefusedError',
        'SCHEMA_ORG_CONTEXT_URL',
        'SHIPPED_CONTEXT_URLS',
        'TREATYKIT_CONTEXT',
        'TREATYKIT_NAMESPACE',
        'TREATYKIT_VOCABULARY',
        'createDocumentLoader',
        'toHtmlScript',
        'toJsonLd',
        'toNQuads',
        'validateJsonLd',
      ].sort(),
    );
  });

  it('has the signatures the CLI calls', () => {
    expectTypeOf(api.toJsonLd).parameters.toEqualTypeOf<[model: TreatyModel, options?: api.JsonLdOptions]>();
    expectTypeOf(api.toJsonLd).returns.toEqualTypeOf<api.JsonLdDocument>();
    expectTypeOf(api.validateJsonLd).returns.resolves.toEqualTypeOf<api.JsonLdValidation>();
    expectTypeOf<api.JsonLdValidation['problems'][number]>().toEqualTypeOf<api.JsonLdProblem>();
    expectTypeOf<api.JsonLdProblem>().toEqualTypeOf<{ code: api.JsonLdProblemCode; message: string; node?: string; term?: string }>();
    expectTypeOf(api.toNQuads).returns.resolves.toBeString();
    expectTypeOf(api.toHtmlScript).returns.toBeString();
    expectTypeOf(api.createDocumentLoader).returns.toEqualTypeOf<api.DocumentLoader>();
    expectTypeOf<api.JsonLdOptions>().toEqualTypeOf<{ baseUrl?: string }>();
  });

  it('types graph nodes with schema-dts, so a misspelt schema.org property does not compile', () => {
    expectTypeOf<api.ArticleNode>().toExtend<ArticleLeaf>();
    expectTypeOf<api.TreatyNode>().toExtend<LegislationLeaf>();
    expectTypeOf<api.SigningNode>().toExtend<EventLeaf>();
    expectTypeOf<api.PartyNode>().toExtend<CountryLeaf>();
    expectTypeOf<api.PersonNode>().toExtend<PersonLeaf>();
    // @ts-expect-error legislationSignatory is not a schema.org property
    const bad: api.TreatyNode = { '@type': 'Legislation', '@id': 'https://example.org/x#treaty', legislationSignatory: 'x' };
    expect(bad['@type']).toBe('Legislation');
  });
});
