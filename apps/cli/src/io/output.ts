import type { Diagnostic } from '@treatykit/core';

/** Where a command writes: results to `out`, messages to `err`. */
export interface Io {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  readonly quiet: boolean;
  readonly color: boolean;
}

/** Creates the process's IO, honouring `NO_COLOR` and whether stderr is a terminal. */
export function processIo(quiet: boolean): Io {
  const color = !('NO_COLOR' in process.env) && process.stderr.isTTY === true;
  return { out: process.stdout, err: process.stderr, quiet, color };
}

/** Formats a diagnostic as `path:line:col: severity code: message`, with the source line and a caret on a TTY. */
export function formatDiagnostic(path: string, d: Diagnostic, source: string | undefined, color: boolean): string {
  const at = d.span ? `${path}:${d.span.start.line}:${d.span.start.column}` : path;
  const sev = color ? (d.severity === 'error' ? '\x1b[31merror\x1b[0m' : '\x1b[33mwarning\x1b[0m') : d.severity;
  let text = `${at}: ${sev} ${d.code}: ${d.message}`;
  if (color && d.span && source !== undefined) {
    const line = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[d.span.start.line - 1];
    if (line !== undefined) {
      const shown = line.length > 160 ? line.slice(0, 160) + '…' : line;
      text += `\n  ${shown}\n  ${' '.repeat(Math.min(d.span.start.column - 1, 160))}^`;
    }
  }
  return text;
}
