import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../dist/bin.cjs', import.meta.url).pathname;

// `script` runs a command under a pseudo-terminal, so the CLI sees stderr as a TTY.
function onTerminal(command: string, env: Record<string, string> = {}): string {
  return spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
}

describe('diagnostics on a terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'treatykit-tty-'));
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, 'A Headline Only\nGermany and France talked at length.\n');

  it('show the offending line and a caret under the column, like a compiler', () => {
    const out = onTerminal(`${process.execPath} ${bin} parse ${bad}`, { NO_COLOR: '1' });
    expect(out).toContain(`${bad}:2:1: error missing_signing_date:`);
    expect(out).toMatch(/\n {2}Germany and France talked at length\.\r?\n {2}\^/);
    // NO_COLOR turns colour off, not the caret.
    expect(out).not.toContain('\x1b[31m');
  });

  it('use colour on a terminal unless NO_COLOR is set', () => {
    const env = { ...process.env } as Record<string, string>;
    delete env.NO_COLOR;
    const out = spawnSync('script', ['-qec', `${process.execPath} ${bin} parse ${bad}`, '/dev/null'], { encoding: 'utf8', env }).stdout;
    expect(out).toContain('\x1b[31merror\x1b[0m');
  });
});
