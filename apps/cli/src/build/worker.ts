import { parentPort } from 'node:worker_threads';
import { convertArticle, type ConvertJob } from './convert.js';

// A build worker: converts the articles the pool sends, one message per article.
parentPort?.on('message', (message: { seq: number; job: ConvertJob }) => {
  convertArticle(message.job).then(
    (result) => {
      const transfer = result.files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer as ArrayBuffer]));
      parentPort?.postMessage({ seq: message.seq, result }, transfer);
    },
    (error: unknown) => parentPort?.postMessage({ seq: message.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
