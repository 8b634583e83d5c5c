import { readFile } from 'node:fs/promises';

/** An input that could not be read or decoded; the message is for the user. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${message}`, options);
  }
}

/** Default largest input accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Reads a file or `-` (stdin) as text, refusing binary data and encodings other than UTF-8/UTF-16. */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  return decodeInput(path, await readInputBytes(path, maxBytes));
}

/** Reads the bytes of a file or `-` (stdin), refusing inputs over `maxBytes`. */
export async function readInputBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStdin(maxBytes) : await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder, not a file' : String((cause as Error).message);
    throw new InputError(path, `cannot read input: ${reason}`, { cause });
  }
  if (bytes.length > maxBytes) {
    throw new InputError(path, `input is ${bytes.length} bytes, larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  }
  return bytes;
}

/** Decodes input bytes: UTF-8, or UTF-16 with a byte-order mark; binary data and other encodings are refused. */
export function decodeInput(path: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(path, 'expected text, found binary data (a NUL byte)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(path, 'expected UTF-8 text, found bytes that are not valid UTF-8 (is it Latin-1? convert it with iconv -f latin1 -t utf-8)', { cause });
  }
}

async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    chunks.push(b);
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}
