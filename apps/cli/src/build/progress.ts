/** A one-line progress bar on a terminal; does nothing when disabled. */
export interface Progress {
  tick(done: number): void;
  done(): void;
}

/** Creates a progress bar for `total` articles on `stream`, shown only when `enabled`. */
export function createProgress(stream: NodeJS.WritableStream, total: number, enabled: boolean): Progress {
  if (!enabled) return { tick: () => {}, done: () => {} };
  const width = 30;
  let last = -1;
  const draw = (done: number): void => {
    const filled = Math.round((done / Math.max(1, total)) * width);
    if (filled === last && done !== total) return;
    last = filled;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles`);
  };
  draw(0);
  return {
    tick: draw,
    done: () => stream.write('\r\x1b[2K'),
  };
}
