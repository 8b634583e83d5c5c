#!/usr/bin/env node
import { commandRun } from './command-line.js';
import { version } from './version.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before the commands and their dependencies load: scripts call `--version` to check an
  // install, and it should cost little more than starting Node.
  process.stdout.write(`${version()}\n`);
} else {
  // main() reports every failure of a command itself; what reaches here is a broken install (the
  // bundle missing or unreadable), said in one line.
  run().catch((error: unknown) => {
    process.stderr.write(`treatykit: cannot start: ${(error as Error)?.message ?? String(error)}${process.env.TREATYKIT_DEBUG ? `\n${(error as Error)?.stack ?? ''}` : ''}\n`);
    process.exitCode = 2;
  });
}

async function run(): Promise<void> {
  // A reader that stops early (`treatykit parse x | head`) closes the pipe: that ends the output,
  // it is not a failure to report with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // V8 runs a regular expression's first match in its interpreter and compiles it to machine code
  // on the second: two compilations of each of the parser's (and chrono-node's) large patterns, a
  // quarter of a one-article run. Compiled once, at first use, they run as fast from then on. Set
  // before any pattern runs; worker threads share the setting.
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--no-regexp-tier-up');
  // V8 "pretenures" an allocation site whose objects mostly survive a young-generation collection:
  // it allocates them straight into the old generation from then on. A build worker's document
  // state (the PDF being written) lives through a collection or two and then dies with its
  // document, so pretenured, it filled the old generation with garbage: a full collection every
  // dozen articles, each one dropping optimised code that then had to be compiled again. Without
  // pretenuring, 1,000 articles with --jobs 1 took 36 s instead of 48 s (BENCHMARKS.md). The flag
  // is read per allocation and per collection, so setting it here, before any worker starts, is safe.
  setFlagsFromString('--no-allocation-site-pretenuring');
  const command = commandRun(argv);
  // `parse` reads one article: its regular expressions (some 130, chrono-node's among them) are
  // compiled for a handful of matches each. V8's analysis that makes a pattern match faster was
  // then most of their cost: without it they took 23 instead of 43 ms to compile and first match,
  // and matching one article costs about 1.4 ms more. A build, which matches them thousands of
  // times, keeps it (parsing without it is a third slower per article).
  if (command === 'parse') setFlagsFromString('--no-regexp-optimization');
  const { loadCli } = await import('./launch/cli-bundle.js');
  const cli = await loadCli(command);
  process.exitCode = await cli.exports.main(argv);
  // A usage or input error ran little of the command: its code would make a poor cache.
  const stored = process.exitCode === 2 ? 'not stored: the command did not run' : cli.save();
  if (process.env.TREATYKIT_DEBUG) process.stderr.write(`treatykit: compile cache ${cli.cache.file ?? ''}: ${cli.cache.state}${cli.cache.reason ? ` (${cli.cache.reason})` : ''}, ${stored}\n`);
}
