// The CLI bundle's entry: what the launchers (bin.ts, worker-main.ts) take from it.
export { main } from './main.js';

/** Makes this thread a build worker. Loaded on call: a command's process has no use for it. */
export async function serveConversions(): Promise<void> {
  (await import('./build/worker.js')).serveConversions();
}
