import { Worker } from 'node:worker_threads';

/**
 * Runs `entry` (a module of this folder, named without extension) on a worker thread with
 * `job` as its workerData, and resolves to the one message it posts; null if it fails or ends
 * without one, so a caller can always fall back to doing the work itself.
 */
export function runWorker<Result>(
  entry: string,
  job: unknown,
  options: { unref?: boolean } = {},
): Promise<Result | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(entry, job);
    } catch {
      resolve(null);
      return;
    }
    // Work nobody waits on to finish (a background layout) must not hold the process open.
    if (options.unref) worker.unref();
    worker.once('message', (result: Result) => resolve(result));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}

function startWorker(entry: string, job: unknown): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL(`./${entry}.js`, import.meta.url), { workerData: job });
  // Run from the sources (the tests, through tsx): a worker thread does not inherit tsx's
  // loader, so the worker registers it before loading its TypeScript entry.
  const url = JSON.stringify(new URL(`./${entry}.ts`, import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${url}); });`, {
    eval: true,
    workerData: job,
  });
}
