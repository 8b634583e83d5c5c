import { fileURLToPath } from 'node:url';
import type { main, serveConversions } from '../cli.js';
import type { CommandName } from '../command-line.js';
import { cacheLocation, loadBundle, type LoadedBundle } from './compile-cache.js';

// Set by scripts/bundle.mjs: the bundle's file name, which holds a hash of its content.
declare const __CLI_BUNDLE__: string;

/** What the CLI bundle (src/cli.ts) exports. */
export interface CliBundle {
  readonly main: typeof main;
  readonly serveConversions: typeof serveConversions;
}

/**
 * Loads the CLI bundle with the code stored by the last run of `command` (a build worker's is
 * 'build'). Commands store their compiled code apart: each keeps the functions it runs. Help, and a
 * command line that runs no command, compile too little to be worth storing.
 */
export async function loadCli(command: CommandName | undefined): Promise<LoadedBundle<CliBundle>> {
  const bundle = fileURLToPath(new URL(`./${__CLI_BUNDLE__}`, import.meta.url));
  const location = command ? await cacheLocation(bundle, command) : { reason: 'no command' };
  return loadBundle<CliBundle>(bundle, location);
}
