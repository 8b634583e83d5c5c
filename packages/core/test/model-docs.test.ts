import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelFields, renderModelDocs, renderModelOverview, type JsonSchema } from '../scripts/model-docs.js';
import { SCHEMA_VERSION, treatyJsonSchema } from '../src/index.js';

const MODEL_MD = new URL('../MODEL.md', import.meta.url);
const README = new URL('../README.md', import.meta.url);
const START = '<!-- model-fields:start (generated from the Zod schema; UPDATE=1 npx vitest run test/model-docs.test.ts) -->';
const END = '<!-- model-fields:end -->';

const schema = treatyJsonSchema() as JsonSchema;
const update = Boolean(process.env.UPDATE);

describe('the model documentation', () => {
  it('describes every field of the model with a .describe() text', () => {
    const fields = modelFields(schema);
    expect(fields.map((f) => f.path)).toContain('signed.date.iso');
    expect(fields.map((f) => f.path)).toContain('provenance.*[].start.line');
    expect(fields.filter((f) => f.description.trim() === '').map((f) => f.path)).toEqual([]);
  });

  it('MODEL.md is generated from the Zod schema and current (UPDATE=1 rewrites it)', () => {
    const generated = renderModelDocs(schema, SCHEMA_VERSION);
    if (update || !existsSync(MODEL_MD)) writeFileSync(MODEL_MD, generated);
    expect(readFileSync(MODEL_MD, 'utf8')).toBe(generated);
  });

  it('the README overview of the top-level fields is current (UPDATE=1 rewrites it)', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, `README.md needs the markers ${START} … ${END}`).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const generated = `${readme.slice(0, start + START.length)}\n\n${renderModelOverview(schema)}\n\n${readme.slice(end)}`;
    if (update) writeFileSync(README, generated);
    expect(readFileSync(README, 'utf8')).toBe(generated);
  });
});
