import { treatyJsonSchema } from '@treatykit/core';
import type { Io } from '../io/output.js';

/** `treatykit schema`: prints the model's JSON Schema. */
export function runSchema(io: Io): number {
  io.out.write(JSON.stringify(treatyJsonSchema(), null, 2) + '\n');
  return 0;
}
