import type { Communities, CsrGraph, NodeHoles, StructuralHoles } from '../graph/index.js';

/**
 * Each person's interactions grouped by slot (a person's graph node, or a slot past the nodes
 * for a stranger to the people): slot s's are the interaction numbers `byPerson[start[s] ..
 * start[s + 1])`, oldest first; `order` lists the slots with any, in the order they first
 * appear among the interactions.
 */
export interface InteractionGroups {
  start: Int32Array;
  byPerson: Int32Array;
  order: Int32Array;
}

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
  /** The owner's structural holes alone (all the coach reads of them), for the very graph. */
  ownerHoles(graph: CsrGraph, compute: () => NodeHoles): NodeHoles;
  /**
   * The clusters' names (see `clusterNames`), kept for the revision and checked against the
   * clusters they were named from. At 200,000 people naming them reads every person's
   * organisation, unit, sector and groups.
   */
  clusterNames(communities: Communities, compute: () => string[]): string[];
  /**
   * The interactions grouped by person when all of them are past (the grouping then depends on
   * the network's revision alone, whatever the day): kept for the revision, checked against the
   * number of interactions and of slots. At 200,000 people grouping 800,000 interactions is a
   * third of building the view.
   */
  interactionGroups(
    shape: { interactions: number; slots: number },
    compute: () => InteractionGroups,
  ): InteractionGroups;
}
