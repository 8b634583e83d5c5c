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
  /** Old-generation heap of a worker, in MiB, before an article is retried without a limit. */
  readonly heapLimitMb?: number | undefined;
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

// A worker's heap is kept small: V8 otherwise lets a busy heap grow to several times what it holds
// before it collects, and with one worker per core that alone passed 300 MB of memory. A rare
// article that needs more (a very long one) runs again, alone, in a worker without the limit.
const COMPACT_HEAP_MB = 160;
const YOUNG_HEAP_MB = 16;

/**
 * Creates a pool of up to `jobs` workers. Workers start when needed; one that crashes or runs past
 * the time limit is stopped and replaced, and only its article fails, so no input can stop or hang
 * the batch.
 */
export function createPool(jobs: number, options: PoolOptions = {}): ConvertPool {
  const timeoutMs = options.timeoutMs ?? 0;
  const compact = { maxOldGenerationSizeMb: options.heapLimitMb ?? COMPACT_HEAP_MB, maxYoungGenerationSizeMb: YOUNG_HEAP_MB };
  const idle: Worker[] = [];
  const live = new Set<Worker>();
  const waiting: (() => void)[] = [];
  let closed = false;

  const spawn = (roomy: boolean): Worker => {
    const worker = new Worker(new URL('./worker.cjs', import.meta.url), roomy ? {} : { resourceLimits: compact });
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
  /** A worker for the next article: an idle one, a new one, or the first to become free. */
  const acquire = async (roomy: boolean): Promise<Worker> => {
    for (;;) {
      if (closed) throw new ConvertError('converter_failed', 'the build was stopped');
      if (!roomy) {
        const worker = idle.pop();
        if (worker) return worker;
      } else if (live.size >= jobs && idle.length > 0) {
        // A roomy worker needs a slot of its own: an idle compact one gives up its slot.
        discard(idle.pop()!);
      }
      if (live.size < jobs) return spawn(roomy);
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };

  const run = (worker: Worker, job: ConvertJob, deadline: number, roomy: boolean): Promise<ConvertResult> =>
    new Promise<ConvertResult>((resolve, reject) => {
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
          // A roomy worker is used once and stopped, so its memory does not stay with the batch.
          if (roomy) discard(worker);
          else release(worker);
          if (message.result) resolve(message.result);
          else reject(new ConvertError('converter_failed', message.error ?? 'the converter failed'));
        });
      const onError = (error: Error & { code?: string }): void =>
        finish(() => {
          discard(worker);
          if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new OutOfMemory(error));
          else reject(new ConvertError('converter_failed', `the converter crashed: ${error.message}`, { cause: error }));
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
              Math.max(0, deadline - Date.now()),
            )
          : undefined;
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ job });
    });

  return {
    async convert(job) {
      // The time limit counts from the first attempt: a retry does not get a second one.
      const deadline = Date.now() + timeoutMs;
      try {
        return await run(await acquire(false), job, deadline, false);
      } catch (error) {
        if (!(error instanceof OutOfMemory)) throw error;
      }
      try {
        return await run(await acquire(true), job, deadline, true);
      } catch (error) {
        if (error instanceof OutOfMemory) throw new ConvertError('converter_failed', 'the converter ran out of memory', { cause: error.cause });
        throw error;
      }
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

/** A worker ran out of its heap: the article is tried again in a worker without the limit. */
class OutOfMemory extends Error {
  constructor(cause: Error) {
    super(cause.message, { cause });
  }
}
