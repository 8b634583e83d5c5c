import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { treatyJsonSchema } from '../src/index.js';

const committed = new URL('../schema.json', import.meta.url);

describe('schema.json', () => {
  it('is the JSON Schema generated from the Zod model (UPDATE=1 rewrites it)', () => {
    const generated = JSON.stringify(treatyJsonSchema(), null, 2) + '\n';
    if (process.env.UPDATE || !existsSync(committed)) writeFileSync(committed, generated);
    expect(readFileSync(committed, 'utf8')).toBe(generated);
  });
});
