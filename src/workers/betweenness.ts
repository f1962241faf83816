import type { Betweenness } from '../core/graph/index.js';
import { runWorker } from './start.js';

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
  return runWorker<BetweennessResult>('betweenness-worker', job);
}
