import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathHash } from '../src/launch/compile-cache.js';
import { bin, examplesDir, run, STACK_TRACE } from './helpers.js';

// The CLI stores the code V8 compiled for a command and takes it back on the next start
// (src/launch/compile-cache.ts). Whatever the stored code, the output must be the same.
const example = join(examplesDir, 'ussr-japan-neutrality-pact.txt');
const freshDir = (): string => mkdtempSync(join(tmpdir(), 'treatykit-cache-test-'));
const parse = (cacheDir: string, extra: Record<string, string> = {}) =>
  run(['parse', example], { env: { TREATYKIT_CACHE_DIR: cacheDir, TREATYKIT_DEBUG: '1', ...extra } });
/** What the launcher said of the stored code: "used", "missing, stored", "off (…)". */
const cacheReport = (stderr: string): string => /compile cache [^:]*: (.*)$/m.exec(stderr)?.[1] ?? '(none)';
const cacheFiles = (cacheDir: string): string[] => (existsSync(join(cacheDir, 'v8')) ? readdirSync(join(cacheDir, 'v8')) : []);

const reference = run(['parse', example], { env: { TREATYKIT_COMPILE_CACHE: '0' } });

describe('stored compiled code', () => {
  it('is stored by the first run of a command, used by the next, and changes no output', () => {
    expect(reference.code).toBe(0);
    const dir = freshDir();
    const first = parse(dir);
    expect(cacheReport(first.stderr)).toBe('missing, stored');
    expect(cacheFiles(dir)).toEqual([expect.stringMatching(/^cli-\w+\.parse\.[0-9a-f]{16}\.node-v[\d.]+-\w+\.bin$/)]);
    const second = parse(dir);
    expect(cacheReport(second.stderr)).toBe('used, nothing to store');
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.stdout).toBe(reference.stdout);
    expect(second.stdout).toBe(reference.stdout);
  });

  // Stored code brings back the file name it was compiled under: shared between two installs of the
  // same version, one install's stack traces named the other's files.
  it('is kept per install of the same version', () => {
    const dir = freshDir();
    const install = freshDir();
    cpSync(join(bin, '..'), join(install, 'dist'), { recursive: true });
    cpSync(join(bin, '../../package.json'), join(install, 'package.json'));
    symlinkSync(join(bin, '../../node_modules'), join(install, 'node_modules'));
    const other = spawnSync(process.execPath, [join(install, 'dist/bin.cjs'), 'parse', example], { encoding: 'utf8', env: { ...process.env, TREATYKIT_CACHE_DIR: dir, TREATYKIT_DEBUG: '1' } });
    expect(cacheReport(other.stderr)).toBe('missing, stored');
    expect(other.stdout).toBe(reference.stdout);
    expect(cacheReport(parse(dir).stderr)).toBe('missing, stored');
    expect(cacheReport(parse(dir).stderr)).toBe('used, nothing to store');
    expect(cacheFiles(dir)).toHaveLength(2);
  });

  it('names an install by the FNV-1a hash of its path, so a name stays the same from run to run', () => {
    // Published FNV-1a (64-bit) test values.
    expect(pathHash('')).toBe('cbf29ce484222325');
    expect(pathHash('a')).toBe('af63dc4c8601ec8c');
    expect(pathHash('foobar')).toBe('85944171f73967e8');
    expect(pathHash('/usr/lib/node_modules/treatykit/dist/cli.cjs')).not.toBe(pathHash('/home/ana/site/node_modules/treatykit/dist/cli.cjs'));
  });

  it('is private to the user: the folder 0700, the file 0600', () => {
    const dir = freshDir();
    parse(dir);
    expect(statSync(join(dir, 'v8')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'v8', cacheFiles(dir)[0] ?? '')).mode & 0o777).toBe(0o600);
  });

  it("is kept per command, and a usage error or a command's help stores nothing", () => {
    const dir = freshDir();
    expect(run(['parse'], { env: { TREATYKIT_CACHE_DIR: dir } }).code).toBe(2);
    expect(run(['parse', '--help'], { env: { TREATYKIT_CACHE_DIR: dir } }).code).toBe(0);
    expect(run(['--help'], { env: { TREATYKIT_CACHE_DIR: dir } }).code).toBe(0);
    expect(cacheFiles(dir)).toEqual([]);
    run(['validate', example], { env: { TREATYKIT_CACHE_DIR: dir } });
    parse(dir);
    expect(cacheFiles(dir).map((f) => f.split('.')[1]).sort()).toEqual(['parse', 'validate']);
  });

  it('is rejected when damaged or truncated, and stored again', () => {
    const dir = freshDir();
    parse(dir);
    const file = join(dir, 'v8', cacheFiles(dir)[0] ?? '');
    const good = readFileSync(file);
    for (const damaged of [good.subarray(0, good.length >> 1), Buffer.from(good.map((byte, i) => (i > 64 && i % 97 === 0 ? byte ^ 0xff : byte))), Buffer.from('not V8 code')]) {
      writeFileSync(file, damaged);
      const r = parse(dir);
      expect(cacheReport(r.stderr)).toBe('rejected, stored');
      expect(r.stdout).toBe(reference.stdout);
      expect(cacheReport(parse(dir).stderr)).toBe('used, nothing to store');
    }
  });

  it('is not used from a folder others can write to', () => {
    const dir = freshDir();
    parse(dir);
    chmodSync(join(dir, 'v8'), 0o777);
    const r = parse(dir);
    expect(cacheReport(r.stderr)).toMatch(/^off \(.*v8 is writable by others\)/);
    expect(r.stdout).toBe(reference.stdout);
  });

  it('fails no command when the folder cannot be made, or is turned off', () => {
    const notAFolder = join(freshDir(), 'file');
    writeFileSync(notAFolder, '');
    const blocked = parse(notAFolder);
    expect(blocked.code).toBe(0);
    expect(cacheReport(blocked.stderr)).toMatch(/^off \(ENOTDIR\)/);
    expect(blocked.stdout).toBe(reference.stdout);
    const dir = freshDir();
    const off = parse(dir, { TREATYKIT_COMPILE_CACHE: '0' });
    expect(cacheReport(off.stderr)).toMatch(/^off \(TREATYKIT_COMPILE_CACHE=0\)/);
    expect(cacheFiles(dir)).toEqual([]);
  });

  // os.homedir() throws for a user with no HOME and no entry in the user database (a container run
  // with an arbitrary uid): that must cost only the cache. Needs root, to become such a user.
  const setpriv = ['/usr/bin/setpriv', '--reuid=54321', '--regid=54321', '--clear-groups'];
  const canBecomeNobody = process.getuid?.() === 0 && existsSync(setpriv[0] ?? '');
  it.skipIf(!canBecomeNobody)('fails no command for a user without a home folder', () => {
    const env = { ...process.env, TREATYKIT_DEBUG: '1' } as Record<string, string>;
    delete env.HOME;
    delete env.TREATYKIT_CACHE_DIR;
    const r = spawnSync(setpriv[0] ?? '', [...setpriv.slice(1), process.execPath, bin, 'parse', example], { encoding: 'utf8', env });
    expect(r.status).toBe(0);
    expect(cacheReport(r.stderr)).toMatch(/^off \(no cache folder: /);
    expect(r.stdout).toBe(reference.stdout);
  });

  it('gives build workers the code the build stored, with the same outputs', () => {
    const dir = freshDir();
    const outputs = (out: string) => readdirSync(out).filter((f) => f.endsWith('.json') || f.endsWith('.md')).map((f) => [f, readFileSync(join(out, f), 'utf8')]);
    const build = (out: string) => run(['build', examplesDir, '--out', out, '--format', 'json,md', '--jobs', '2'], { env: { TREATYKIT_CACHE_DIR: dir, TREATYKIT_DEBUG: '1' } });
    const first = build(join(dir, 'out-1'));
    expect(cacheReport(first.stderr)).toBe('missing, stored');
    const second = build(join(dir, 'out-2'));
    expect(cacheReport(second.stderr)).toBe('used, nothing to store');
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(outputs(join(dir, 'out-2'))).toEqual(outputs(join(dir, 'out-1')));
  });

  it('says in one line, with exit 2, that an install without its bundle cannot start', () => {
    const install = freshDir();
    cpSync(join(bin, '..'), join(install, 'dist'), { recursive: true });
    cpSync(join(bin, '../../package.json'), join(install, 'package.json'));
    for (const f of readdirSync(join(install, 'dist')).filter((x) => /^cli-.*\.cjs$/.test(x))) rmSync(join(install, 'dist', f));
    const r = spawnSync(process.execPath, [join(install, 'dist/bin.cjs'), 'parse', example], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^treatykit: cannot start: ENOENT[^\n]*cli-\w+\.cjs'\n$/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
