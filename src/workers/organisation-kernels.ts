import type { CsrGraph } from '../core/graph/index.js';
import {
  betweennessOf,
  communitiesOf,
  holesOf,
  type KernelOptions,
  type OrganisationKernels,
} from '../core/organisation/kernels.js';
import { runWorker } from './start.js';

export interface HolesJob {
  n: number;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  weights: Float64Array;
}
export type HolesResult = ReturnType<typeof holesOf>;

/**
 * The organisation's kernels on two threads: Burt's measures for everyone (the costliest, the
 * sum of squared degrees) on a worker, betweenness and communities here meanwhile. If the
 * worker fails, the measures are computed here instead.
 */
export async function organisationKernelsOnThreads(
  g: CsrGraph,
  options: KernelOptions,
): Promise<OrganisationKernels> {
  const job: HolesJob = { n: g.n, offsets: g.offsets, neighbors: g.neighbors, weights: g.weights };
  const holes = runWorker<HolesResult>('organisation-kernels-worker', job);
  const betweenness = betweennessOf(g, options);
  const communities = communitiesOf(g, options);
  return { ...((await holes) ?? holesOf(g)), betweenness, communities };
}
