import type { CsrGraph } from '../core/graph/index.js';
import {
  addSums,
  type DependencySums,
  dependencySums,
  estimateFromSums,
  planSampling,
  type SampledBetweenness,
  sourcesWanted,
} from '../core/graph/sampled-betweenness.js';
import {
  communitiesOf,
  holesOf,
  type KernelOptions,
  type OrganisationKernels,
  samplingOptions,
} from '../core/organisation/kernels.js';
import { runWorker } from './start.js';

export interface HolesJob {
  n: number;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  weights: Float64Array;
}
export type HolesResult = ReturnType<typeof holesOf>;

export interface TraceJob {
  n: number;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  sources: Uint32Array;
}

/**
 * The organisation's kernels on two threads: Burt's measures for everyone (the costliest
 * after betweenness, the sum of squared degrees) on a worker; betweenness's sources shared
 * between a second worker and this thread, which then finds the communities. If a worker
 * fails, its part is computed here instead.
 */
export async function organisationKernelsOnThreads(
  g: CsrGraph,
  options: KernelOptions,
): Promise<OrganisationKernels> {
  const job: HolesJob = { n: g.n, offsets: g.offsets, neighbors: g.neighbors, weights: g.weights };
  const holes = runWorker<HolesResult>('organisation-kernels-worker', job);
  const betweenness = await sampledBetweennessOnThreads(g, options);
  const communities = communitiesOf(g, options);
  return { ...((await holes) ?? holesOf(g)), betweenness, communities };
}

/**
 * Sampled betweenness (`sampledBetweenness`) with each round's sources split in two: every
 * other one traced on a worker, the rest here; the sums add up to the same estimate.
 */
export async function sampledBetweennessOnThreads(
  g: CsrGraph,
  options: KernelOptions,
): Promise<SampledBetweenness> {
  const plan = planSampling(g, samplingOptions(options));
  const trace = async (sources: Uint32Array): Promise<DependencySums> => {
    if (sources.length < 2) return dependencySums(g, sources);
    const there = sources.filter((_, i) => i % 2 === 1);
    const here = sources.filter((_, i) => i % 2 === 0);
    const job: TraceJob = { n: g.n, offsets: g.offsets, neighbors: g.neighbors, sources: there };
    const aside = runWorker<DependencySums>('organisation-betweenness-worker', job);
    const sums = dependencySums(g, here);
    return addSums(sums, (await aside) ?? dependencySums(g, there));
  };
  const sums = await trace(plan.order.subarray(0, plan.pilot));
  const wanted = sourcesWanted(plan, estimateFromSums(plan, sums));
  if (wanted > plan.pilot) addSums(sums, await trace(plan.order.subarray(plan.pilot, wanted)));
  return estimateFromSums(plan, sums);
}
