import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@treatykit/source'] },
  test: { include: ['test/**/*.test.ts'] },
});
