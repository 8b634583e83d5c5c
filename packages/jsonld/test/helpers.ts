import { TreatyModelSchema, type TreatyModel } from '@treatykit/core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/** True when expected files should be rewritten (`UPDATE=1 npx vitest run`). */
export const UPDATE = process.env.UPDATE === '1';

/** Compares `actual` with the committed file at `path`; writes it when missing or when UPDATE=1. */
export function expectFile(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual, `${path} is out of date; review the change and run with UPDATE=1 to accept it`).toBe(readFileSync(path, 'utf8'));
}

/** A small valid model; `overrides` replace top-level fields, and the result is checked against the Zod schema. */
export function makeModel(overrides: Partial<TreatyModel> = {}): TreatyModel {
  const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } };
  return TreatyModelSchema.parse({
    schemaVersion: 1,
    id: 'test-pact',
    title: 'Ruritania and Elbonia Sign Test Pact',
    name: 'Test Pact',
    summary: 'Ruritania and Elbonia signed the Test Pact.',
    types: ['neutrality'],
    signed: { date: { iso: '1941-04-13', precision: 'day', text: 'April 13, 1941' }, place: { name: 'Moscow', wikidata: 'Q649' } },
    parties: [
      { id: 'ruritania', name: 'Ruritania', mentions: ['Ruritania', 'Ruritanian'], wikidata: 'Q1' },
      { id: 'elbonia', name: 'Elbonia', mentions: ['Elbonia'], wikidata: null },
    ],
    signatories: [
      { name: 'Rudolf Rassendyll', role: 'Foreign Minister', party: 'ruritania' },
      { name: 'Dogbert', role: null, party: null },
    ],
    duration: { years: 5, iso: 'P5Y', text: 'for five years' },
    expires: { iso: '1946-04-13', precision: 'day', text: '5 years after April 13, 1941', derived: true },
    keyFacts: ['Kept the peace'],
    sections: [{ heading: 'What Happened?', paragraphs: ['They signed.'] }],
    source: { path: '/home/someone/pact.txt', format: 'text', sha256: 'a'.repeat(64) },
    provenance: { '/title': [span] },
    ...overrides,
  });
}
