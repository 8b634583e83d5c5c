import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@treatykit/source'] },
  // Property tests run hundreds of offline expansions; on a busy two-core CI machine that can take
  // longer than vitest's 5 s default.
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
