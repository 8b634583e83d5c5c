import { parentPort } from 'node:worker_threads';
import { convertArticle, type ConvertJob } from './convert.js';

const encoder = new TextEncoder();

/** Makes this worker thread a build worker: it converts the articles the pool sends, one message per article, one at a time. */
export function serveConversions(): void {
  parentPort?.on('message', (message: { job: ConvertJob }) => {
    convertArticle(message.job).then(
      (result) => {
        // Outputs travel as bytes whose memory is handed over, not copied: text would be copied into
        // the main thread's heap, which then grew with the batch (by ~20 MB over 4,000 articles).
        const files = result.files.map((f) => ({ ...f, data: typeof f.data === 'string' ? encoder.encode(f.data) : f.data }));
        const transfer = [...new Set(files.map((f) => f.data.buffer as ArrayBuffer))];
        parentPort?.postMessage({ result: { ...result, files } }, transfer);
      },
      (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
