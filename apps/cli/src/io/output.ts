import type { Diagnostic } from '@treatykit/core';

/** Where a command writes: results to `out`, messages to `err`. */
export interface Io {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  readonly quiet: boolean;
  /** Whether stderr is a terminal: source lines with carets, progress bars. */
  readonly tty: boolean;
  /** Whether to use colour: a terminal, and no `NO_COLOR`. */
  readonly color: boolean;
}

/** Creates the process's IO, honouring `NO_COLOR` and whether stderr is a terminal. */
export function processIo(quiet: boolean): Io {
  // Node makes process.stderr on first use (for a pipe, a socket: a few milliseconds of a cold
  // start), so a run with nothing to report never makes it.
  return {
    out: process.stdout,
    quiet,
    get err() {
      return process.stderr;
    },
    get tty() {
      return process.stderr.isTTY === true;
    },
    get color() {
      return this.tty && !('NO_COLOR' in process.env);
    },
  };
}

/** Formats a diagnostic as `path:line:col: severity code: message`, with the source line and a caret on a TTY. */
export function formatDiagnostic(path: string, d: Diagnostic, source: string | undefined, io: Pick<Io, 'tty' | 'color'>): string {
  const color = io.color;
  const at = d.span ? `${path}:${d.span.start.line}:${d.span.start.column}` : path;
  const sev = color ? (d.severity === 'error' ? '\x1b[31merror\x1b[0m' : '\x1b[33mwarning\x1b[0m') : d.severity;
  let text = `${at}: ${sev} ${d.code}: ${d.message}`;
  if (io.tty && d.span && source !== undefined) {
    const line = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[d.span.start.line - 1];
    if (line !== undefined) {
      const shown = line.length > 160 ? line.slice(0, 160) + '…' : line;
      text += `\n  ${shown}\n  ${' '.repeat(Math.min(d.span.start.column - 1, 160))}^`;
    }
  }
  return text;
}
