// Timing and memory helpers. Medians everywhere: one slow sample (a GC pause, another process
// waking up) moves a mean but not a median.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The median of a list of numbers (NaN for an empty list). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds a synchronous call takes. */
export function timeSync(run) {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Milliseconds an asynchronous call takes, until its promise settles. */
export async function timeAsync(run) {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Wall-clock milliseconds of one child process, from spawn to exit; throws if it fails. */
export function timeProcess(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const child = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${child.status}: ${String(child.stderr).slice(0, 500)}`);
  return ms;
}

const GNU_TIME = '/usr/bin/time';

/** How peak memory is measured on this machine, for the record. */
export const peakRssMethod = existsSync(GNU_TIME) ? '/usr/bin/time -f %M' : '/proc/<pid>/status VmHWM, polled every 20 ms';

let ticksPerSecond;

/**
 * CPU milliseconds (user and system, every thread) of the child processes this process has waited
 * for, from /proc/self/stat; null where there is no /proc. Node has no per-child resource usage, and
 * a child that has been waited for is counted here whole, so the difference across one run is that
 * run's CPU time.
 */
function waitedChildrenCpuMs() {
  let stat;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return null;
  }
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
  // The command name in parentheses may hold spaces: fields are counted from the last ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
}

/**
 * Runs a child process and returns `{ ms, cpuMs, peakRssMb, code, stderr }`. Worker threads live in
 * the same process, so the peak and the CPU time cover them (and V8's helper threads). GNU time
 * reports the kernel's own maximum; without it, VmHWM (the resident high-water mark) is polled,
 * which can only miss the last few milliseconds. `cpuMs` is null where there is no /proc.
 */
export async function runWithPeakRss(command, args, options = {}) {
  const scratch = await mkdtemp(join(tmpdir(), 'treatykit-bench-rss-'));
  const report = join(scratch, 'rss');
  const viaTime = existsSync(GNU_TIME);
  const [file, argv] = viaTime ? [GNU_TIME, ['-f', '%M', '-o', report, command, ...args]] : [command, args];
  const cpuBefore = waitedChildrenCpuMs();
  const start = process.hrtime.bigint();
  const child = spawn(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    if (stderr.length < 4000) stderr += chunk;
  });
  let polledKb = 0;
  const poll = viaTime
    ? undefined
    : setInterval(async () => {
        try {
          const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
          polledKb = Math.max(polledKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        } catch {
          // The process has just exited; its last reading stands.
        }
      }, 20);
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = waitedChildrenCpuMs();
  clearInterval(poll);
  const kb = viaTime ? Number((await readFile(report, 'utf8').catch(() => '')).trim().split('\n').at(-1)) : polledKb;
  await rm(scratch, { recursive: true, force: true });
  return { ms, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, peakRssMb: kb / 1024, code, stderr };
}

function runToExit(command, args, nodeFlags = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...nodeFlags, ...args], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

// A fixed amount of pure CPU work (about a second on a 2.8 GHz core), no I/O and no allocation.
const SPIN = 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; if (x === 0.5) console.log(x);';

/**
 * How many times more CPU-bound work the machine gets done with two processes at once than with
 * one: 2.0 on two idle cores, less when other processes hold a core. It is the ceiling of any
 * `--jobs 2` speed-up measured at the same time.
 */
export async function measureParallelism() {
  return twoAtOnce(() => runToExit(process.execPath, ['-e', SPIN]));
}

/**
 * How many times more of `run`'s work two copies of it get done at once than one alone; the two
 * copies run as `runInPair` when that differs (as a build with a worker on each core does).
 */
async function twoAtOnce(run, runInPair = run) {
  // One run before and after the pair, so a load change during the pair is averaged out.
  const before = await timeAsync(run);
  const pair = await timeAsync(() => Promise.all([runInPair(), runInPair()]));
  const after = await timeAsync(run);
  const alone = (before + after) / 2;
  return { aloneMs: alone, pairMs: pair, speedUp: (2 * alone) / pair };
}

const WORKLOAD = fileURLToPath(new URL('./workload.mjs', import.meta.url));

/**
 * How many times more articles two conversion processes convert at once than one alone: each
 * converts the same `count` articles as a build worker does (bench/lib/workload.mjs convert), and
 * nothing is shared between them. A spinning loop touches no memory; this work allocates, collects
 * garbage and compiles on V8's helper threads, as a build does, so this is the ceiling of a
 * `--jobs 2` speed-up for this work on this machine, however the build shares it out. The two at
 * once optimize code in their own thread, as `treatykit build` has its workers do when there is a
 * worker on every core (apps/cli/src/commands/build.ts).
 */
export async function measureConversionParallelism(count, seed) {
  const args = [WORKLOAD, 'convert', String(count), String(seed)];
  const pairFlags = availableParallelism() <= 2 ? ['--no-concurrent-recompilation'] : [];
  return { count, ...(await twoAtOnce(() => runToExit(process.execPath, args), () => runToExit(process.execPath, args, pairFlags))) };
}
