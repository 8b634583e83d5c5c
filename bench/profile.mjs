#!/usr/bin/env node
// Profiles one workload with `node --cpu-prof` and prints where the time goes: the functions with
// the most self time, the packages they belong to, and the treatykit functions with the most
// total time. The .cpuprofile file is kept for Chrome DevTools or speedscope.
//   node bench/profile.mjs parse|jsonld|markdown|pdf|convert|build|cli-parse|cli-version [--n N] [--seed S] [--top K]
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readSeeds, writeCorpus } from './lib/corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'apps/cli/dist/bin.cjs');
const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { n: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' }, top: { type: 'string', default: '15' } },
});
const what = positionals[0] ?? 'parse';
const top = Number(flags.top);

const scratch = await mkdtemp(join(tmpdir(), 'treatykit-profile-'));
const profileDir = join(scratch, 'profiles');
let argv;
if (what === 'build') {
  const corpus = await writeCorpus(await readSeeds(ROOT), Number(flags.seed), Number(flags.n), join(scratch, 'corpus'));
  // --jobs 1 converts in-process, so one profile holds the whole build.
  argv = [CLI, 'build', corpus, '--out', join(scratch, 'out'), '--format', 'all', '--jobs', '1', '--force', '--quiet'];
} else if (what === 'cli-parse') {
  argv = [CLI, 'parse', join(ROOT, 'examples/ussr-japan-neutrality-pact.txt')];
} else if (what === 'cli-version') {
  argv = [CLI, '--version'];
} else {
  argv = [join(ROOT, 'bench/lib/workload.mjs'), what, flags.n, flags.seed];
}
// A 100 µs sampling interval: the default (1 ms) leaves a cold start with too few samples.
const child = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-interval', '100', ...argv], { stdio: ['ignore', 'ignore', 'inherit'] });
if (child.status !== 0 && child.status !== 1) throw new Error(`profiled process exited with ${child.status}`);

const file = join(profileDir, (await readdir(profileDir)).find((f) => f.endsWith('.cpuprofile')));
const profile = JSON.parse(await readFile(file, 'utf8'));

// Where a frame's code lives: a package name, a treatykit package, or Node's own code.
function owner(url) {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/(?!\.pnpm\/)((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path);
  if (pkg) return pkg[1];
  const own = /\/(packages|apps)\/([^/]+)\//.exec(path);
  if (own) return own[1] === 'apps' ? own[2] === 'cli' ? 'treatykit (cli)' : own[2] : `@treatykit/${own[2]}`;
  return relative(ROOT, path) || path;
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const childId of node.children ?? []) parent.set(childId, node.id);
const key = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${relative(ROOT, url.replace(/^file:\/\//, '')).replace(/^.*node_modules\/(?!.*node_modules)/, '')}:${lineNumber + 1}` : '';
  // V8 names a regular expression's compiled code after its source, which can be kilobytes long.
  const name = functionName.length > 90 ? `${functionName.slice(0, 90)}…` : functionName;
  return `${name || '(anonymous)'} ${where}`.trim();
};

const self = new Map();
const byOwner = new Map();
const inclusive = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  total += ms;
  const node = nodes.get(id);
  self.set(key(node), (self.get(key(node)) ?? 0) + ms);
  const { functionName, url } = node.callFrame;
  const who = ['(idle)', '(program)', '(garbage collector)'].includes(functionName) ? functionName : functionName.startsWith('RegExp:') ? '(regular expressions)' : owner(url);
  byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = key(nodes.get(at));
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  }
});

const show = (title, map, filter = () => true) => {
  console.log(`\n${title}`);
  const sorted = [...map].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, ms] of sorted) console.log(`${((100 * ms) / total).toFixed(1).padStart(6)} %  ${ms.toFixed(0).padStart(7)} ms  ${k}`);
};
console.log(`${what}: ${total.toFixed(0)} ms sampled (${profile.samples.length} samples); profile: ${file}`);
show('Self time by function', self);
show('Self time by package', byOwner);
show('Total time of treatykit functions', inclusive, (k) => /\b(packages|apps)\//.test(k));
console.log(`\n(the profile is kept in ${scratch}; delete it when done)`);
