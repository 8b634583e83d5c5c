#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, formatEvaluation } from './evaluate.js';

// `pnpm eval [DIR] [--json]`: scores the parser on a gold-labelled folder (default: corpus/dev).
const args = process.argv.slice(2);
const json = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../../corpus/dev', import.meta.url));
try {
  const evaluation = await evaluateCorpus(dir);
  process.stdout.write((json ? JSON.stringify(evaluation, null, 2) : formatEvaluation(evaluation)) + '\n');
} catch (error) {
  process.stderr.write(`treatykit-eval: cannot evaluate ${dir}: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
