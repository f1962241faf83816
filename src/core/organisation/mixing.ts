import { type CsrGraph, eiIndex } from '../graph/index.js';

/** How a partition of people (reported units) works together, from the ties of the window. */
export interface Mixing {
  k: number;
  /** Ties between group pairs, k × k row-major and symmetric; the diagonal holds ties inside a group. */
  ties: Float64Array;
  /** Interactions (tie weights) between group pairs, likewise. */
  interactions: Float64Array;
  /** People of the row's group with at least one tie into the column's group. */
  peopleToward: Uint32Array;
  /** E-I index of each group's ties: -1 all inside, +1 all outside. */
  ei: Float64Array;
}

/** One pass over the ties, O(m): each tie is read once from its lower endpoint. */
export function mixing(g: CsrGraph, group: Int32Array, k: number): Mixing {
  const ties = new Float64Array(k * k);
  const interactions = new Float64Array(k * k);
  const peopleToward = new Uint32Array(k * k);
  const stamp = new Int32Array(k).fill(-1);
  for (let u = 0; u < g.n; u++) {
    const gu = group[u]!;
    if (gu < 0) continue;
    for (let i = g.offsets[u]!; i < g.offsets[u + 1]!; i++) {
      const v = g.neighbors[i]!;
      const gv = group[v]!;
      if (gv < 0) continue;
      if (stamp[gv] !== u) {
        stamp[gv] = u;
        peopleToward[gu * k + gv]!++;
      }
      if (v < u) continue;
      const w = g.weights[i]!;
      ties[gu * k + gv]!++;
      interactions[gu * k + gv]! += w;
      if (gu !== gv) {
        ties[gv * k + gu]!++;
        interactions[gv * k + gu]! += w;
      }
    }
  }
  const ei = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    let external = 0;
    for (let b = 0; b < k; b++) if (b !== a) external += ties[a * k + b]!;
    ei[a] = eiIndex(ties[a * k + a]!, external);
  }
  return { k, ties, interactions, peopleToward, ei };
}
