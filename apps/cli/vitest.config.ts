import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Other workspace packages are read from their sources (the test environment is Vite's SSR one,
  // which takes its own conditions), so a change is tested without building them first.
  resolve: { conditions: ['@treatykit/source'] },
  ssr: { resolve: { conditions: ['@treatykit/source'] } },
  // Tests spawn the built CLI as real processes, which is slow on a busy two-core machine.
  test: { include: ['test/**/*.test.ts'], globalSetup: ['test/global-setup.ts'], testTimeout: 180_000 },
});
