import { Worker } from 'node:worker_threads';
import type { ConvertJob, ConvertResult } from './convert.js';

/** Converts articles with up to `jobs` worker threads, one article per worker at a time. */
export interface ConvertPool {
  convert(job: ConvertJob): Promise<ConvertResult>;
  close(): Promise<void>;
}

/** Options of a pool. */
export interface PoolOptions {
  /** Longest an article may take, in milliseconds; its worker is stopped after that. 0: no limit. */
  readonly timeoutMs?: number | undefined;
}

/** An article the converter could not finish: it took too long, or its worker crashed. */
export class ConvertError extends Error {
  override readonly name = 'ConvertError';
  constructor(
    readonly code: 'timeout' | 'converter_failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

interface WorkerMessage {
  readonly result?: ConvertResult;
  readonly error?: string;
}

/**
 * Creates a pool of up to `jobs` workers. Workers start when needed; one that crashes or runs past
 * the time limit is stopped and replaced, and only its article fails, so no input can stop or hang
 * the batch.
 */
export function createPool(jobs: number, options: PoolOptions = {}): ConvertPool {
  const timeoutMs = options.timeoutMs ?? 0;
  const idle: Worker[] = [];
  const live = new Set<Worker>();
  const waiting: (() => void)[] = [];
  let closed = false;

  const spawn = (): Worker => {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    // An idle worker that fails is dropped; a busy one's failure is handled by its article.
    worker.on('error', () => discard(worker));
    worker.on('exit', () => discard(worker));
    live.add(worker);
    return worker;
  };
  const discard = (worker: Worker): void => {
    if (!live.delete(worker)) return;
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    void worker.terminate();
    waiting.shift()?.();
  };
  const release = (worker: Worker): void => {
    if (!live.has(worker)) return;
    idle.push(worker);
    waiting.shift()?.();
  };
  const acquire = async (): Promise<Worker> => {
    for (;;) {
      if (closed) throw new ConvertError('converter_failed', 'the build was stopped');
      const worker = idle.pop();
      if (worker) return worker;
      if (live.size < jobs) return spawn();
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };

  return {
    async convert(job) {
      const worker = await acquire();
      return new Promise<ConvertResult>((resolve, reject) => {
        let settled = false;
        const finish = (outcome: () => void): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          outcome();
        };
        const onMessage = (message: WorkerMessage): void =>
          finish(() => {
            release(worker);
            if (message.result) resolve(message.result);
            else reject(new ConvertError('converter_failed', message.error ?? 'the converter failed'));
          });
        const onError = (error: Error): void =>
          finish(() => {
            discard(worker);
            reject(new ConvertError('converter_failed', `the converter crashed: ${error.message}`, { cause: error }));
          });
        const onExit = (code: number): void =>
          finish(() => {
            discard(worker);
            reject(new ConvertError('converter_failed', `the converter stopped unexpectedly (exit code ${code})`));
          });
        const timer =
          timeoutMs > 0
            ? setTimeout(
                () =>
                  finish(() => {
                    discard(worker);
                    reject(new ConvertError('timeout', `converting took longer than the limit of ${timeoutMs / 1000} s and was stopped; raise it with --timeout`));
                  }),
                timeoutMs,
              )
            : undefined;
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage({ job });
      });
    },
    async close() {
      closed = true;
      for (const wake of waiting.splice(0)) wake();
      await Promise.all([...live].map((w) => w.terminate()));
      live.clear();
      idle.length = 0;
    },
  };
}
