import { defineConfig } from 'vitest/config';

export default defineConfig({
  // No `@treatykit/source` condition: these tests check what consumers get, the built `dist`.
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
