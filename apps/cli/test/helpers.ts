import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** The built CLI the tests run, as a real process. */
export const bin = new URL('../dist/bin.cjs', import.meta.url).pathname;
/** The dev corpus: real articles that all parse. */
export const corpusDir = new URL('../../../corpus/dev/', import.meta.url).pathname;
/** The example articles of the quick start. */
export const examplesDir = new URL('../../../examples/', import.meta.url).pathname;

/** What a CLI run gave. */
export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

const env = { ...process.env, NO_COLOR: '1' };

/** Runs the CLI and waits for it. */
export function run(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { input: options.input, cwd: options.cwd, encoding: 'utf8', env: { ...env, ...options.env }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI without blocking the test process, so several runs can overlap. */
export function runAsync(args: readonly string[], options: { cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'treatykit-reliability-'));
  made.push(dir);
  return dir;
}

/** A stack trace line, which a user must never see. */
export const STACK_TRACE = /^\s+at .+[(:]\d+|node:internal|Error: .*\n\s+at /m;

/** Whether the tests run as root, where file permissions do not stop reads or writes. */
export const isRoot = process.getuid?.() === 0;
