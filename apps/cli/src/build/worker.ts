import { parentPort } from 'node:worker_threads';
import { convertArticle, type ConvertJob } from './convert.js';

/** Makes this worker thread a build worker: it converts the articles the pool sends, one message per article, one at a time. */
export function serveConversions(): void {
  parentPort?.on('message', (message: { job: ConvertJob }) => {
    convertArticle(message.job).then(
      (result) => {
        const transfer = [...new Set(result.files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer as ArrayBuffer])))];
        parentPort?.postMessage({ result }, transfer);
      },
      (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
