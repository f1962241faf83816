import { type Communities, type CsrGraph, louvain, structuralHoles } from '../graph/index.js';
import {
  type SampledBetweenness,
  type SampledBetweennessOptions,
  sampledBetweenness,
} from '../graph/sampled-betweenness.js';

/** The costly measures of the organisation graph; an edge may compute them on other threads. */
export interface OrganisationKernels {
  constraint: Float64Array;
  effectiveSize: Float64Array;
  betweenness: SampledBetweenness;
  communities: Communities;
}

export interface KernelOptions {
  /** Sources at most for sampled betweenness; how many are used follows from their spread. */
  betweennessSamples: number;
  seed: number;
  /** Up to this many people betweenness is exact (the graph kernel's default otherwise). */
  exactUpTo?: number;
}

export const holesOf = (g: CsrGraph) => {
  const h = structuralHoles(g);
  return { constraint: h.constraint, effectiveSize: h.effectiveSize };
};
export const samplingOptions = (o: KernelOptions): SampledBetweennessOptions => ({
  maxSources: o.betweennessSamples,
  seed: o.seed,
  ...(o.exactUpTo === undefined ? {} : { exactUpTo: o.exactUpTo }),
});
export const betweennessOf = (g: CsrGraph, o: KernelOptions) => sampledBetweenness(g, samplingOptions(o));
export const communitiesOf = (g: CsrGraph, o: KernelOptions) => louvain(g, { seed: o.seed });

/** All kernels in line, one after the other. */
export function organisationKernels(g: CsrGraph, o: KernelOptions): OrganisationKernels {
  return { ...holesOf(g), betweenness: betweennessOf(g, o), communities: communitiesOf(g, o) };
}
