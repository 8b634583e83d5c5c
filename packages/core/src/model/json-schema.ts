import { z } from 'zod';
import { TreatyModelSchema } from './schema.js';

/** The treaty model as a JSON Schema (draft 2020-12), generated from the Zod schema. */
export function treatyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(TreatyModelSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
