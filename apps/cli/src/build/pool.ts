import { Worker } from 'node:worker_threads';
import { convertArticle, type ConvertJob, type ConvertResult } from './convert.js';

/** Converts articles with up to `jobs` worker threads; with one job it works in-process. */
export interface ConvertPool {
  convert(job: ConvertJob): Promise<ConvertResult>;
  close(): Promise<void>;
}

/** Creates a pool of `jobs` workers (in-process when `jobs` is 1). */
export function createPool(jobs: number): ConvertPool {
  if (jobs <= 1) return { convert: convertArticle, close: async () => {} };
  const idle: Worker[] = [];
  const waiting: (() => void)[] = [];
  const pending = new Map<number, { resolve: (r: ConvertResult) => void; reject: (e: Error) => void }>();
  const workers: Worker[] = [];
  let seq = 0;
  for (let i = 0; i < jobs; i++) {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    worker.on('message', (message: { seq: number; result?: ConvertResult; error?: string }) => {
      const p = pending.get(message.seq);
      pending.delete(message.seq);
      if (message.result) p?.resolve(message.result);
      else p?.reject(new Error(message.error ?? 'worker failed'));
      idle.push(worker);
      waiting.shift()?.();
    });
    worker.on('error', (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    });
    workers.push(worker);
    idle.push(worker);
  }
  const acquire = async (): Promise<Worker> => {
    for (;;) {
      const worker = idle.pop();
      if (worker) return worker;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  return {
    async convert(job) {
      const worker = await acquire();
      const id = seq++;
      return new Promise<ConvertResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ seq: id, job });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
