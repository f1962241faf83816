import { Worker } from 'node:worker_threads';
import type { Betweenness } from '../core/graph/index.js';

export interface BetweennessJob {
  dbPath: string;
  options: { exactUpTo: number; samples: number; seed: number };
}
export interface BetweennessResult {
  /** The network revision the topology was read at. */
  revision: number;
  betweenness: Betweenness;
}

/**
 * Betweenness of the stored network, computed on a second thread while this one reads the
 * network and measures everything else: it is the costliest kernel (about a second at 50,000
 * people) and needs nothing but the topology, which the worker reads for itself. Resolves to
 * null if the worker fails, so the caller computes it in line instead; the caller also checks
 * that the revision matches the one it read, since the two reads are separate transactions.
 */
export function betweennessAside(job: BetweennessJob): Promise<BetweennessResult | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(job);
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (result: BetweennessResult) => resolve(result));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}

function startWorker(job: BetweennessJob): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./betweenness-worker.js', import.meta.url), { workerData: job });
  // Run from the sources (the tests, through tsx): a worker thread does not inherit tsx's
  // loader, so the worker registers it before loading its TypeScript entry.
  const entry = JSON.stringify(new URL('./betweenness-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`, {
    eval: true,
    workerData: job,
  });
}
