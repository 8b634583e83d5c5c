// Injected into the CommonJS launchers (bundle.mjs): what `import.meta.url` is in their ES module
// sources. node:url is loaded before any script runs.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
