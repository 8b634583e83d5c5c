import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// `.<name>.<pid>.<8 hex>.tmp`: the pid says which process is still writing it.
const TEMP = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Writes a file atomically: a temporary file beside it, then a rename, so no reader sees half a file. */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Removes the temporary files that a killed process left in `dir`, returning their names. Files
 * of processes that still run (another build into the same folder) are left alone.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMP.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    try {
      await rm(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Another build may be removing it too; what is left is removed next time.
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
