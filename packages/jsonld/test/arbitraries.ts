// fast-check arbitraries for treaty models, shared by property tests: this package's, the CLI's and
// the PDF package's (apps/cli/test/properties.test.ts and packages/pdf/test/combining-marks.test.ts
// import this file by relative path; their turbo.json lists it among the package's test inputs).
// Test code only: nothing here ships.
import { TREATY_TYPES, TreatyModelSchema, type TreatyModel } from '@treatykit/core';
import fc from 'fast-check';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const wikidata = fc.option(fc.integer({ min: 1, max: 99_999_999 }).map((n) => `Q${n}`), { nil: null });
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

// Partial dates as the model has them: day, month or year precision, years BC with a sign.
const partialDate = fc
  .record({
    year: fc.integer({ min: -9999, max: 9999 }).filter((y) => y !== 0),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('day', 'month', 'year'),
  })
  .map(({ year, month, day, precision }) => {
    const y = `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`;
    const iso = precision === 'year' ? y : precision === 'month' ? `${y}-${pad(month, 2)}` : `${y}-${pad(month, 2)}-${pad(day, 2)}`;
    return { iso, precision, text: iso };
  });

const position = fc.record({ line: fc.integer({ min: 1, max: 500 }), column: fc.integer({ min: 1, max: 200 }), offset: fc.nat(20_000) });
const span = fc.record({ start: position, end: position });

/** Any model the schema accepts, with every string of it drawn from `text`. */
export function anyTreatyModel(text: fc.Arbitrary<string>): fc.Arbitrary<TreatyModel> {
  return fc
    .record({
      id: slug,
      title: text,
      name: fc.option(text, { nil: null }),
      summary: fc.oneof(fc.constant(''), text),
      types: fc.subarray([...TREATY_TYPES]),
      date: partialDate,
      place: fc.option(fc.record({ name: text, wikidata }), { nil: null }),
      parties: fc.uniqueArray(fc.record({ id: slug, name: text, mentions: fc.array(text, { minLength: 1, maxLength: 4 }), wikidata }), {
        minLength: 1,
        maxLength: 5,
        selector: (party) => party.id,
      }),
      signatories: fc.array(fc.record({ name: text, role: fc.option(text, { nil: null }), partyIndex: fc.option(fc.nat(4), { nil: null }) }), {
        maxLength: 5,
      }),
      years: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
      expires: partialDate,
      keyFacts: fc.array(text, { maxLength: 4 }),
      sections: fc.array(fc.record({ heading: text, paragraphs: fc.array(text, { maxLength: 3 }) }), { maxLength: 3 }),
      format: fc.constantFrom('text', 'markdown'),
      sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
      provenance: fc.dictionary(fc.stringMatching(/^(\/[a-z0-9~]{1,8}){1,3}$/), fc.array(span, { minLength: 1, maxLength: 2 }), { maxKeys: 6 }),
    })
    .map((m) =>
      TreatyModelSchema.parse({
        schemaVersion: 1,
        id: m.id,
        title: m.title,
        name: m.name,
        summary: m.summary,
        types: m.types,
        signed: { date: m.date, place: m.place },
        parties: m.parties,
        signatories: m.signatories.map(({ partyIndex, ...s }) => ({ ...s, party: partyIndex === null ? null : (m.parties[partyIndex]?.id ?? null) })),
        duration: m.years === null ? null : { years: m.years, iso: `P${m.years}Y`, text: `${m.years} years` },
        expires: m.years === null ? null : { ...m.expires, text: 'derived', derived: true },
        keyFacts: m.keyFacts,
        sections: m.sections,
        source: { path: null, format: m.format, sha256: m.sha256 },
        provenance: m.provenance,
      }),
    );
}
