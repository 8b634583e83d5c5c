import { defineConfig } from 'vitest/config';

export default defineConfig({
  // test/combining-marks.test.ts imports packages/jsonld/test/arbitraries.ts, whose imports vitest
  // resolves with the SSR conditions: both name the source entry, so no package has to be built.
  resolve: { conditions: ['@treatykit/source'] },
  ssr: { resolve: { conditions: ['@treatykit/source'] } },
  // Property tests and corpus runs can outlast vitest's 5 s default on a busy two-core machine.
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
