import { loadCli } from './launch/cli-bundle.js';

// A build worker's entry: the CLI bundle with the code the last build stored (read only: the
// build's main thread stores it).
void loadCli('build').then((cli) => cli.exports.serveConversions());
