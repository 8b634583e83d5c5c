// `pnpm fuzz`: the long runs of the property and fuzz tests, of the parser (packages/core) and of
// every export format (apps/cli), including the known issues that the normal test run skips.
//
//   FUZZ_RUNS       runs per parser property (default 3000)
//   FUZZ_CLI_RUNS   runs per export property, each renders a PDF (default FUZZ_RUNS / 10)
//   FUZZ_SEED       seed of every property (default: a new one each time, printed, to reproduce)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const vitest = join(dirname(createRequire(join(root, 'package.json')).resolve('vitest/package.json')), 'vitest.mjs');
const runs = Number(process.env.FUZZ_RUNS ?? 3000);
const cliRuns = Number(process.env.FUZZ_CLI_RUNS ?? Math.max(20, Math.round(runs / 10)));
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));

const suites = [
  { dir: 'packages/core', files: ['test/fuzz.test.ts', 'test/gfm-gate.test.ts'], runs },
  { dir: 'apps/cli', files: ['test/properties.test.ts'], runs: cliRuns },
];

console.log(`fuzz: seed ${seed}; ${runs} runs per parser property, ${cliRuns} per export property (FUZZ_SEED=${seed} reproduces)`);
let failed = 0;
for (const suite of suites) {
  console.log(`\nfuzz: ${suite.dir} ${suite.files.join(' ')}`);
  const r = spawnSync(process.execPath, [vitest, 'run', ...suite.files], {
    cwd: join(root, suite.dir),
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: String(suite.runs), FUZZ_SEED: seed },
  });
  if (r.status !== 0) failed++;
}
console.log(`\nfuzz: ${failed === 0 ? 'no failures' : `${failed} of ${suites.length} suites failed`} (seed ${seed})`);
process.exitCode = failed === 0 ? 0 : 1;
