// Apart from write-atomic.ts, whose temporary names need node:crypto: every command reports
// write errors, and only `build` writes files.

/** An output that could not be written (a full disk, a read-only folder): the build stops (exit 2). */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    readonly path: string,
    cause: unknown,
    reason = describeWriteError(cause),
  ) {
    super(`cannot write ${path}: ${reason}`, { cause });
  }
}

/** Says in words why a write failed, with the error code. */
export function describeWriteError(cause: unknown): string {
  const e = cause as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'a folder is in the way',
    EEXIST: 'a file is in the way',
    ENAMETOOLONG: 'the file name is too long',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
  };
  const reason = e.code ? reasons[e.code] : undefined;
  return reason ? `${reason} (${e.code})` : String(e.message ?? cause);
}
