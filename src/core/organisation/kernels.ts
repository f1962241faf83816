import {
  type Betweenness,
  betweenness,
  type Communities,
  type CsrGraph,
  louvain,
  structuralHoles,
} from '../graph/index.js';

/** The costly measures of the organisation graph; an edge may compute them on other threads. */
export interface OrganisationKernels {
  constraint: Float64Array;
  effectiveSize: Float64Array;
  betweenness: Betweenness;
  communities: Communities;
}

export interface KernelOptions {
  betweennessSamples: number;
  seed: number;
}

export const holesOf = (g: CsrGraph) => {
  const h = structuralHoles(g);
  return { constraint: h.constraint, effectiveSize: h.effectiveSize };
};
export const betweennessOf = (g: CsrGraph, o: KernelOptions) =>
  betweenness(g, { samples: o.betweennessSamples, seed: o.seed });
export const communitiesOf = (g: CsrGraph, o: KernelOptions) => louvain(g, { seed: o.seed });

/** All kernels in line, one after the other. */
export function organisationKernels(g: CsrGraph, o: KernelOptions): OrganisationKernels {
  return { ...holesOf(g), betweenness: betweennessOf(g, o), communities: communitiesOf(g, o) };
}
