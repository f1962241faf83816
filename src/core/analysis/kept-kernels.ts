import type { Communities, CsrGraph, StructuralHoles } from '../graph/index.js';

/**
 * Kernels an earlier run computed and the store kept: each answers with what it kept when it
 * was computed on this very graph (the store checks the graph's fingerprint), and otherwise
 * runs `compute` and keeps its result. At 200,000 people Louvain and everyone's structural
 * holes are seconds; the same graph comes back on every run of the same day until the network
 * changes, and `assess`, `suggest` and the plan all read the same clusters.
 */
export interface KeptKernels {
  communities(graph: CsrGraph, seed: number, compute: () => Communities): Communities;
  holes(graph: CsrGraph, compute: () => StructuralHoles): StructuralHoles;
}
