import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Other workspace packages are read from their sources (the test environment is Vite's SSR one,
  // which takes its own conditions), so a change is tested without building them first.
  resolve: { conditions: ['@treatykit/source'] },
  ssr: { resolve: { conditions: ['@treatykit/source'] } },
  // Property tests and corpus runs can outlast vitest's 5 s default on a busy two-core machine.
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
