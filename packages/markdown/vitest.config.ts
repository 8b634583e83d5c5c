import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@treatykit/source'] },
  // Property tests and corpus runs can outlast vitest's 5 s default on a busy two-core machine.
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
