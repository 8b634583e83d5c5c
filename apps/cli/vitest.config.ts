import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@treatykit/source'] },
  // Tests spawn the built CLI as real processes, which is slow on a busy two-core machine.
  test: { include: ['test/**/*.test.ts'], testTimeout: 180_000 },
});
