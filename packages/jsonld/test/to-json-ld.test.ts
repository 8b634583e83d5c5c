import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL, toJsonLd, validateJsonLd, type JsonLdDocument, type TreatyGraphNode } from '../src/index.js';
import { makeModel } from './helpers.js';

type Loose = Record<string, unknown>;
const byType = (doc: JsonLdDocument, type: string): (TreatyGraphNode & Loose)[] =>
  doc['@graph'].filter((node) => node['@type'] === type) as unknown as (TreatyGraphNode & Loose)[];
const one = (doc: JsonLdDocument, type: string): Loose => {
  const nodes = byType(doc, type);
  expect(nodes).toHaveLength(1);
  return nodes[0] ?? {};
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('toJsonLd', () => {
  describe('@ids', () => {
    it('hangs every node off the article IRI under the default base URL', () => {
      const doc = toJsonLd(makeModel());
      const article = `${DEFAULT_BASE_URL}test-pact`;
      expect(doc['@graph'].map((node) => node['@id'])).toEqual([
        article,
        `${article}#treaty`,
        `${article}#signing`,
        `${article}#party-ruritania`,
        `${article}#party-elbonia`,
        `${article}#person-rudolf-rassendyll`,
        `${article}#person-dogbert`,
        `${article}#place`,
      ]);
      expect(DEFAULT_BASE_URL).toBe('https://treatykit.invalid/treaties/');
    });

    it('uses the base URL it is given', () => {
      const doc = toJsonLd(makeModel(), { baseUrl: 'https://example.org/treaties/' });
      for (const node of doc['@graph']) expect(node['@id']).toMatch(/^https:\/\/example\.org\/treaties\/test-pact(#|$)/);
    });

    it.each(['example.org/treaties/', 'https://example.org/treaties', 'ftp://example.org/', 'https://example.org/t/?q=1', 'https://example.org/t/#x', 'https://exa mple.org/', '', 'https:///'])(
      'throws a TypeError naming baseUrl for %j',
      (baseUrl) => {
        expect(() => toJsonLd(makeModel(), { baseUrl })).toThrow(TypeError);
        expect(() => toJsonLd(makeModel(), { baseUrl })).toThrow(/baseUrl must be an absolute http\(s\) URL ending with "\/"/);
      },
    );

    it('keeps people apart when names repeat or have no Latin letters', () => {
      const doc = toJsonLd(
        makeModel({
          signatories: [
            { name: 'Ivan Petrov', role: null, party: null },
            { name: 'Ivan Petrov', role: null, party: null },
            { name: '松岡洋右', role: null, party: null },
            { name: 'Kichisaburō Nomura', role: null, party: null },
          ],
        }),
      );
      expect(byType(doc, 'Person').map((node) => node['@id'].split('#')[1])).toEqual([
        'person-ivan-petrov',
        'person-ivan-petrov-2',
        'person-3',
        'person-kichisaburo-nomura',
      ]);
    });
  });

  describe('the treaty', () => {
    it('is Legislation named by the text, signed on the signing date, binding each party', () => {
      const treaty = one(toJsonLd(makeModel()), 'Legislation');
      expect(treaty).toMatchObject({
        name: 'Test Pact',
        legislationDate: '1941-04-13',
        legislationJurisdiction: [{ '@id': expect.stringMatching(/#party-ruritania$/) }, { '@id': expect.stringMatching(/#party-elbonia$/) }],
        locationCreated: { '@id': expect.stringMatching(/#place$/) },
        legislationType: ['neutrality'],
        subjectOf: { '@id': expect.stringMatching(/#signing$/) },
      });
    });

    it('takes the headline as its name when the text names none', () => {
      expect(one(toJsonLd(makeModel({ name: null })), 'Legislation')['name']).toBe('Ruritania and Elbonia Sign Test Pact');
    });

    it('keeps the term: an ISO interval in temporalCoverage, the duration and the derived expiry under tk:', () => {
      const treaty = one(toJsonLd(makeModel()), 'Legislation');
      expect(treaty['temporalCoverage']).toBe('1941-04-13/P5Y');
      expect(treaty['tk:duration']).toBe('P5Y');
      expect(treaty['tk:expires']).toBe('1946-04-13');
    });

    it('says nothing about a term the text does not state', () => {
      const treaty = one(toJsonLd(makeModel({ duration: null, expires: null, types: [] })), 'Legislation');
      expect(treaty).not.toHaveProperty('temporalCoverage');
      expect(treaty).not.toHaveProperty('tk:duration');
      expect(treaty).not.toHaveProperty('tk:expires');
      expect(treaty).not.toHaveProperty('legislationType');
    });
  });

  describe('dates', () => {
    it.each([
      ['1941-04', 'month'],
      ['1941', 'year'],
      ['-1258', 'year'],
    ] as const)('keep %s partial on the treaty and the signing, and the result validates', async (iso, precision) => {
      const doc = toJsonLd(makeModel({ signed: { date: { iso, precision, text: iso }, place: null }, duration: null, expires: null }));
      expect(one(doc, 'Legislation')['legislationDate']).toBe(iso);
      expect(one(doc, 'Event')['startDate']).toBe(iso);
      expect(await validateJsonLd(doc)).toEqual({ valid: true, problems: [] });
    });
  });

  describe('the signing', () => {
    it('is an Event about the treaty, at the place, attended by the signatories', () => {
      const signing = one(toJsonLd(makeModel()), 'Event');
      expect(signing).toMatchObject({
        startDate: '1941-04-13',
        location: { '@id': expect.stringMatching(/#place$/) },
        attendee: [{ '@id': expect.stringMatching(/#person-rudolf-rassendyll$/) }, { '@id': expect.stringMatching(/#person-dogbert$/) }],
        about: { '@id': expect.stringMatching(/#treaty$/) },
      });
    });

    it('has no place and no attendees when the text gives none', () => {
      const doc = toJsonLd(makeModel({ signed: { date: { iso: '1941', precision: 'year', text: '1941' }, place: null }, signatories: [] }));
      expect(one(doc, 'Event')).not.toHaveProperty('location');
      expect(one(doc, 'Event')).not.toHaveProperty('attendee');
      expect(one(doc, 'Legislation')).not.toHaveProperty('locationCreated');
      expect(byType(doc, 'City')).toEqual([]);
      expect(byType(doc, 'Person')).toEqual([]);
      expect(one(doc, 'Article')['mentions']).toHaveLength(2);
    });
  });

  describe('states, people and the place', () => {
    it('links states and the city to Wikidata only when the gazetteer knows them', () => {
      const doc = toJsonLd(makeModel());
      const [ruritania, elbonia] = byType(doc, 'Country');
      expect(ruritania).toMatchObject({ name: 'Ruritania', sameAs: 'http://www.wikidata.org/entity/Q1', 'tk:mention': ['Ruritania', 'Ruritanian'] });
      expect(elbonia).not.toHaveProperty('sameAs');
      expect(one(doc, 'City')).toMatchObject({ name: 'Moscow', sameAs: 'http://www.wikidata.org/entity/Q649' });
    });

    it('gives a person the role as jobTitle and the state signed for as nationality', () => {
      const [rudolf, dogbert] = byType(toJsonLd(makeModel()), 'Person');
      expect(rudolf).toMatchObject({ name: 'Rudolf Rassendyll', jobTitle: 'Foreign Minister', nationality: { '@id': expect.stringMatching(/#party-ruritania$/) } });
      expect(dogbert).toEqual({ '@type': 'Person', '@id': expect.any(String), name: 'Dogbert' });
    });

    it('makes one node per party id and links no person to a state that is not a party', async () => {
      const model = makeModel({
        parties: [
          { id: 'ruritania', name: 'Ruritania', mentions: ['Ruritania', 'Ruritania'], wikidata: null },
          { id: 'ruritania', name: 'Ruritania again', mentions: ['R.'], wikidata: null },
        ],
        signatories: [{ name: 'Someone', role: 'envoy', party: 'elbonia' }],
      });
      const doc = toJsonLd(model);
      expect(byType(doc, 'Country')).toEqual([expect.objectContaining({ name: 'Ruritania', 'tk:mention': ['Ruritania'] })]);
      expect(one(doc, 'Person')).not.toHaveProperty('nationality');
      expect(await validateJsonLd(doc)).toEqual({ valid: true, problems: [] });
    });
  });

  describe('the article', () => {
    it('carries headline, lead, body, what it is about and whom it mentions', () => {
      const article = one(toJsonLd(makeModel()), 'Article');
      expect(article).toMatchObject({
        headline: 'Ruritania and Elbonia Sign Test Pact',
        description: 'Ruritania and Elbonia signed the Test Pact.',
        articleBody: 'Kept the peace\n\nWhat Happened?\n\nThey signed.',
        about: { '@id': expect.stringMatching(/#treaty$/) },
      });
      expect((article['mentions'] as { '@id': string }[]).map((m) => m['@id'].split('#')[1])).toEqual([
        'party-ruritania',
        'party-elbonia',
        'person-rudolf-rassendyll',
        'person-dogbert',
        'place',
      ]);
    });

    it('keeps provenance with the source hash but not the local path', () => {
      const article = one(toJsonLd(makeModel()), 'Article');
      expect(article['tk:provenance']).toEqual({
        source: { format: 'text', sha256: 'a'.repeat(64) },
        spans: { '/title': [{ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } }] },
      });
      expect(JSON.stringify(article)).not.toContain('/home/someone');
    });

    it('leaves out an empty lead and an empty body', () => {
      const article = one(toJsonLd(makeModel({ summary: '', keyFacts: [], sections: [] })), 'Article');
      expect(article).not.toHaveProperty('description');
      expect(article).not.toHaveProperty('articleBody');
    });
  });

  it('is pure: it does not touch the model and returns the same document every time', () => {
    const model = deepFreeze(makeModel());
    const first = toJsonLd(model);
    expect(toJsonLd(model)).toEqual(first);
    (one(first, 'Article')['tk:provenance'] as { spans: Record<string, unknown> }).spans['/title'] = [];
    expect(model.provenance['/title']).toHaveLength(1);
  });

  it('names the shipped schema.org context first and embeds the treatykit context', () => {
    const doc = toJsonLd(makeModel());
    expect(doc['@context'][0]).toBe('https://schema.org');
    expect(doc['@context'][1]).toMatchObject({ tk: 'https://treatykit.dev/ns#' });
  });
});
