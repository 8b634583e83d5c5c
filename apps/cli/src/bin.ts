#!/usr/bin/env node
import { version } from './version.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before the commands and their dependencies load: scripts call `--version` to check an
  // install, and it should cost little more than starting Node.
  process.stdout.write(`${version()}\n`);
} else {
  // A reader that stops early (`treatykit parse x | head`) closes the pipe: that ends the output,
  // it is not a failure to report with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const { main } = await import('./main.js');
  process.exitCode = await main(argv);
}
