#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (`treatykit parse x | head`) closes the pipe: that ends the output, it
// is not a failure to report with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
