import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonLd, validateJsonLd, type JsonLdDocument, type JsonLdProblem } from '../src/index.js';
import { makeModel } from './helpers.js';

type Mutable = Record<string, unknown>;
type Exported = { '@context': JsonLdDocument['@context']; '@graph': Mutable[] };
const exported = (): { doc: Exported; node: (type: string) => Mutable } => {
  const doc = JSON.parse(JSON.stringify(toJsonLd(makeModel()))) as Exported;
  const node = (type: string): Mutable => {
    const found = doc['@graph'].find((n) => n['@type'] === type);
    if (!found) throw new Error(`no ${type}`);
    return found;
  };
  return { doc, node };
};
const problemsOf = async (doc: unknown): Promise<JsonLdProblem[]> => {
  const result = await validateJsonLd(doc);
  expect(result.valid).toBe(result.problems.length === 0);
  return result.problems;
};
const treatyId = 'https://treatykit.invalid/treaties/test-pact#treaty';
const partyId = 'https://treatykit.invalid/treaties/test-pact#party-ruritania';

describe('validateJsonLd', () => {
  it('accepts what toJsonLd exports', async () => {
    expect(await validateJsonLd(toJsonLd(makeModel()))).toEqual({ valid: true, problems: [] });
  });

  it('catches a misspelt property that schema.org’s @vocab would accept, naming the term and the node', async () => {
    const { doc, node } = exported();
    node('Legislation')['legislationSignatory'] = 'Molotov';
    expect(await problemsOf(doc)).toEqual([
      {
        code: 'unknown_term',
        message: expect.stringContaining('"legislationSignatory" (http://schema.org/legislationSignatory)'),
        node: treatyId,
        term: 'legislationSignatory',
      },
    ]);
  });

  it('catches an unknown class', async () => {
    const { doc, node } = exported();
    node('Legislation')['@type'] = 'Legisation';
    const problems = await problemsOf(doc);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'unknown_class', node: treatyId, term: 'Legisation' }));
  });

  it('catches a property used outside its domain', async () => {
    const { doc, node } = exported();
    node('Country')['jobTitle'] = 'state';
    expect(await problemsOf(doc)).toEqual([
      { code: 'domain_mismatch', message: expect.stringContaining('its domain is Person'), node: partyId, term: 'jobTitle' },
    ]);
  });

  it('understands subclasses: legislationJurisdiction accepts a Country because Country < AdministrativeArea', async () => {
    const { doc, node } = exported();
    node('Legislation')['legislationJurisdiction'] = [{ '@id': partyId }, 'Elbonia'];
    expect(await problemsOf(doc)).toEqual([]);
  });

  it('catches a node of the wrong class in a property’s range', async () => {
    const { doc, node } = exported();
    node('Event')['attendee'] = [{ '@id': partyId }];
    expect(await problemsOf(doc)).toEqual([
      {
        code: 'range_mismatch',
        message: expect.stringMatching(/"attendee" of the Event node \S+#signing must be Organization or Person; found the Country node/),
        node: 'https://treatykit.invalid/treaties/test-pact#signing',
        term: 'attendee',
      },
    ]);
  });

  it('catches text where a node is expected, and a node where text is expected', async () => {
    const { doc, node } = exported();
    node('Legislation')['locationCreated'] = 'Moscow';
    node('Country')['name'] = { '@id': treatyId };
    const problems = await problemsOf(doc);
    expect(problems.map((p) => [p.code, p.term])).toEqual([
      ['range_mismatch', 'locationCreated'],
      ['range_mismatch', 'name'],
    ]);
  });

  it.each(['April 1941', '1941-13', '1941-04-32', '41'])('rejects the date %j with the expected format', async (date) => {
    const { doc, node } = exported();
    node('Event')['startDate'] = date;
    const problems = await problemsOf(doc);
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid_literal', term: 'startDate' })]);
    expect(problems[0]?.message).toContain(JSON.stringify(date));
  });

  it('rejects a treatykit term outside the treatykit vocabulary and a malformed duration', async () => {
    const { doc, node } = exported();
    node('Legislation')['tk:term'] = 'P5Y';
    node('Legislation')['tk:duration'] = 'five years';
    const problems = await problemsOf(doc);
    expect(problems.map((p) => [p.code, p.term])).toEqual([
      ['invalid_literal', 'tk:duration'],
      ['unknown_term', 'tk:term'],
    ]);
  });

  it('rejects a term from a vocabulary it does not know', async () => {
    const { doc, node } = exported();
    node('Person')['http://xmlns.com/foaf/0.1/nick'] = 'Rudi';
    expect(await problemsOf(doc)).toEqual([expect.objectContaining({ code: 'unknown_term', term: 'http://xmlns.com/foaf/0.1/nick' })]);
  });

  it('reports a node without a type, a reference to a node that is not there, and a node linked to nothing', async () => {
    const { doc, node } = exported();
    delete node('City')['@type'];
    node('Article')['about'] = { '@id': 'https://example.org/elsewhere' };
    doc['@graph'].push({ '@type': 'Person', '@id': 'https://example.org/loner', name: 'Nobody' });
    const problems = await problemsOf(doc);
    expect(problems.map((p) => [p.code, p.node])).toEqual(
      expect.arrayContaining([
        ['untyped_node', 'https://treatykit.invalid/treaties/test-pact#place'],
        ['unresolved_reference', 'https://treatykit.invalid/treaties/test-pact'],
        ['disconnected_graph', 'https://example.org/loner'],
      ]),
    );
  });

  it('reports what expansion drops, such as a relative @type', async () => {
    const doc = { '@context': { name: 'http://schema.org/name' }, '@graph': [{ '@id': 'https://example.org/x', '@type': 'Thing', name: 'x', unmapped: 1 }] };
    const problems = await problemsOf(doc);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'dropped_by_expansion' }));
  });

  it('collects every problem instead of stopping at the first', async () => {
    const { doc, node } = exported();
    node('Legislation')['legislationSignatory'] = 'x';
    node('Country')['jobTitle'] = 'x';
    node('Event')['startDate'] = 'x';
    expect((await problemsOf(doc)).map((p) => p.code)).toEqual(['unknown_term', 'invalid_literal', 'domain_mismatch']);
  });

  it('refuses a remote context it does not ship, without fetching it', async () => {
    const problems = await problemsOf({ '@context': 'https://example.org/context.jsonld', name: 'x' });
    expect(problems).toEqual([
      { code: 'context_not_shipped', message: expect.stringContaining('"https://example.org/context.jsonld" is not shipped'), term: 'https://example.org/context.jsonld' },
    ]);
  });

  it.each([
    [null, 'invalid_document'],
    ['{"@graph": []}', 'invalid_document'],
    [42, 'invalid_document'],
    [{ '@context': 'https://schema.org', '@graph': [] }, 'empty_document'],
    [{ '@context': 42 }, 'expansion_failed'],
  ])('reports %j as %s', async (doc, code) => {
    expect((await problemsOf(doc)).map((p) => p.code)).toEqual([code]);
  });

  it('reports an empty object as describing nothing', async () => {
    expect((await problemsOf({})).map((p) => p.code)).toContain('empty_document');
  });

  it('never throws, whatever it is given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.anything()), async (value) => {
        const result = await validateJsonLd(value);
        expect(typeof result.valid).toBe('boolean');
        expect(result.valid).toBe(result.problems.length === 0);
      }),
      { seed: 20240611, numRuns: 150 },
    );
  });
});
