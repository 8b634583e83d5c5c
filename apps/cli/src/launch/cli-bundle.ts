import { fileURLToPath } from 'node:url';
import type { main, serveConversions } from '../cli.js';
import { cacheLocation, loadBundle, type LoadedBundle } from './compile-cache.js';

// Set by scripts/bundle.mjs: the bundle's file name, which holds a hash of its content.
declare const __CLI_BUNDLE__: string;

/** What the CLI bundle (src/cli.ts) exports. */
export interface CliBundle {
  readonly main: typeof main;
  readonly serveConversions: typeof serveConversions;
}

// Commands store their compiled code apart: each keeps the functions it runs, whichever ran first.
const COMMANDS = new Set(['parse', 'build', 'validate', 'schema']);

/** Loads the CLI bundle with the code stored by the last run of `command` (none for help or usage errors). */
export async function loadCli(command: string | undefined): Promise<LoadedBundle<CliBundle>> {
  const bundle = fileURLToPath(new URL(`./${__CLI_BUNDLE__}`, import.meta.url));
  const location = command && COMMANDS.has(command) ? await cacheLocation(bundle, command) : { reason: 'no command' };
  return loadBundle<CliBundle>(bundle, location);
}
