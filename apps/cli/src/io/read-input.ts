import { close, fstat, open, read } from 'node:fs';
import { promisify } from 'node:util';

/** An input that could not be read or decoded; the message is for the user. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly path: string,
    /** What is wrong, without the path. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${reason}`, options);
  }
}

/** Default largest input accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Reads a file or `-` (stdin) as text, refusing binary data and encodings other than UTF-8/UTF-16. */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  return decodeInput(path, await readInputBytes(path, maxBytes));
}

/** Reads the bytes of a file or `-` (stdin), refusing inputs over `maxBytes` without reading them whole. */
export async function readInputBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readLimited(process.stdin, maxBytes) : await readFileLimited(path, maxBytes);
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    throw new InputError(shown(path), `cannot read input: ${describeReadError(cause)}`, { cause });
  }
  if (bytes.length > maxBytes) throw new InputError(shown(path), `input is larger than the limit of ${maxBytes} bytes (${mebibytes(maxBytes)}); raise it with --max-bytes`);
  return bytes;
}

// How messages name an input: stdin has no path.
const shown = (path: string): string => (path === '-' ? '<stdin>' : path);

function describeReadError(cause: unknown): string {
  const e = cause as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file (or a link to a file that is gone)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error (EIO)';
    default:
      return e.code ? `${e.message.replace(/^[A-Z]+: /, '')}` : String(e.message ?? cause);
  }
}


const mebibytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;

// A regular file's size is known before reading, so a 20 MB file is refused without reading it;
// anything else (a pipe, a character device) is read only up to one byte past the limit. Read with
// node:fs, which Node has loaded before any script runs: node:fs/promises and its streams cost a
// cold `treatykit parse` a few milliseconds.
async function readFileLimited(path: string, maxBytes: number): Promise<Buffer> {
  const fd = await openAsync(path, 'r');
  try {
    const info = await fstatAsync(fd);
    if (info.isDirectory()) throw new InputError(path, 'cannot read input: is a folder, not a file');
    if (info.isFile() && info.size > maxBytes) {
      throw new InputError(path, `input is ${info.size} bytes (${mebibytes(info.size)}), larger than the limit of ${maxBytes} bytes (${mebibytes(maxBytes)}); raise it with --max-bytes`);
    }
    // A regular file of a stated size in one read (and one more to see its end); anything else,
    // such as /proc files of size 0, 64 KiB at a time.
    return await readLimited(readChunks(fd, info.isFile() && info.size > 0 ? Math.min(maxBytes, info.size) + 1 : 64 * 1024), maxBytes);
  } finally {
    await new Promise<void>((resolve) => close(fd, () => resolve()));
  }
}

const openAsync = promisify(open);
const fstatAsync = promisify(fstat);
const readAsync = (fd: number, buffer: Buffer): Promise<number> =>
  new Promise((resolve, reject) => read(fd, buffer, 0, buffer.length, null, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));

/** The bytes of an open file, `size` at a time, to its end. */
async function* readChunks(fd: number, size: number): AsyncGenerator<Buffer> {
  for (;;) {
    const buffer = Buffer.allocUnsafe(size);
    const bytesRead = await readAsync(fd, buffer);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

async function readLimited(stream: AsyncIterable<unknown>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    size += b.length;
    chunks.push(b);
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

// Files that are not text, recognised by their first bytes, so the message can say what they are.
const SIGNATURES: readonly (readonly [string, string])[] = [
  ['89504e470d0a1a0a', 'a PNG image'],
  ['255044462d', 'a PDF document'],
  ['ffd8ff', 'a JPEG image'],
  ['474946383761', 'a GIF image'],
  ['474946383961', 'a GIF image'],
  ['504b0304', 'a ZIP archive (or a .docx, .odt or .epub document, which are ZIP archives)'],
  ['1f8b', 'gzip-compressed data'],
  ['d0cf11e0a1b11ae1', 'a Microsoft Office document (.doc, .xls)'],
  ['7b5c72746631', 'an RTF document (save it as plain text)'],
  ['7f454c46', 'a program (ELF)'],
  ['52494646', 'a RIFF file (WebP, WAV or AVI)'],
];

function signature(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('hex');
  return SIGNATURES.find(([magic]) => head.startsWith(magic))?.[1];
}

/**
 * Decodes input bytes: UTF-8 (with or without a byte-order mark), or UTF-16 with a byte-order mark.
 * Binary data and other encodings are refused with a message that says what the bytes look like.
 */
export function decodeInput(file: string, bytes: Uint8Array): string {
  const path = shown(file);
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new InputError(path, 'expected UTF-8 or UTF-16 text, found UTF-32 text (a UTF-32 byte-order mark); convert it with iconv -f utf-32 -t utf-8');
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(path, 'utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(path, 'utf-16be', bytes.subarray(2));
  const kind = signature(bytes);
  if (kind) throw new InputError(path, `expected text, found ${kind}`);
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul >= 0) {
    const utf16 = utf16WithoutBom(head);
    if (utf16) throw new InputError(path, `expected UTF-8 text, found what looks like ${utf16.toUpperCase()} text without a byte-order mark; convert it with iconv -f ${utf16} -t utf-8`);
    throw new InputError(path, `expected text, found binary data (a NUL byte at offset ${nul})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(path, invalidUtf8Message(bytes), { cause });
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(path: string, encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(path, `expected ${encoding.toUpperCase()} text after its byte-order mark, found bytes that are not valid ${encoding.toUpperCase()} (an odd number of bytes or an unpaired surrogate)`, { cause });
  }
}

// Text in UTF-16 without a byte-order mark has a NUL in every other byte when it is mostly Latin
// script: at odd offsets in little-endian, at even offsets in big-endian.
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

// Names the first byte that is not UTF-8 and where it is, and says whether the file as a whole
// looks like a single-byte encoding (bytes above 0x7F but no UTF-8 sequence at all).
function invalidUtf8Message(bytes: Uint8Array): string {
  const { offset, multibyte } = firstInvalidUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  const where = `byte 0x${byte} at line ${line}, column ${offset - lineStart + 1}`;
  return multibyte
    ? `expected UTF-8 text, found ${where} that is not valid UTF-8 (a damaged file, or text in two encodings); fix or re-save it as UTF-8`
    : `expected UTF-8 text, found ${where} that is not valid UTF-8; the file looks like Latin-1 (ISO-8859-1) or Windows-1252: convert it with iconv -f windows-1252 -t utf-8`;
}

function firstInvalidUtf8(bytes: Uint8Array): { offset: number; multibyte: boolean } {
  let first = -1;
  let multibyte = false;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) {
      if (first < 0) first = i;
      i++;
    } else {
      if (n > 1) multibyte = true;
      i += n;
    }
  }
  return { offset: Math.max(0, first), multibyte };
}

// The length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not one.
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
