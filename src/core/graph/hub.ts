import type { CsrGraph } from './csr.js';

/** A graph's rows without ids: what a compiled graph needs to be stored and read back. */
export interface CsrRows {
  readonly n: number;
  readonly offsets: Uint32Array;
  readonly neighbors: Uint32Array;
  readonly weights: Float64Array;
  /**
   * The stated strengths 1..5 behind the weights (weights[i] = strengths[i] / 5), where the
   * rows were kept so: `withHub` reads them instead, and the weights need never be built.
   */
  readonly strengths?: Uint8Array;
}

/**
 * `rest` with a hub added in front: node 0 of the result is the hub, node i + 1 is node i of
 * `rest`, and the hub is joined to each of `spokes` (result nodes, 1-based) with the weight
 * alongside. The owner's edges change with the date and with every interaction, the ties among
 * people do not: compiling the ties once and adding the owner here (O(n + m), no sort) gives
 * exactly what `fromEdgeArrays` gives on all the edges: rows sorted, and a spoke given twice
 * kept once with its larger weight.
 */
export function withHub(
  ids: readonly string[],
  index: ReadonlyMap<string, number>,
  rest: CsrRows,
  spokes: ArrayLike<number>,
  spokeWeights: ArrayLike<number>,
): CsrGraph {
  const n = rest.n + 1;
  if (ids.length !== n) throw new Error(`withHub: ${ids.length} ids for ${n} nodes`);
  const isSpoke = new Uint8Array(n);
  const hubWeight = new Float64Array(n);
  for (let s = 0; s < spokes.length; s++) {
    const v = spokes[s]!;
    if (v <= 0 || v >= n) throw new Error(`withHub: spoke ${v} is not a node`);
    const w = spokeWeights[s]!;
    if (!isSpoke[v] || w > hubWeight[v]!) hubWeight[v] = w;
    isSpoke[v] = 1;
  }
  let hubDegree = 0;
  for (let v = 1; v < n; v++) hubDegree += isSpoke[v]!;
  const offsets = new Uint32Array(n + 1);
  const neighbors = new Uint32Array(rest.neighbors.length + 2 * hubDegree);
  const weights = new Float64Array(neighbors.length);
  let at = 0;
  for (let v = 1; v < n; v++) {
    if (!isSpoke[v]) continue;
    neighbors[at] = v;
    weights[at++] = hubWeight[v]!;
  }
  const { offsets: from, neighbors: nbr, strengths } = rest;
  const wt = strengths ? undefined : rest.weights;
  for (let v = 1; v < n; v++) {
    offsets[v] = at;
    if (isSpoke[v]) {
      neighbors[at] = 0; // the hub sorts first in every row
      weights[at++] = hubWeight[v]!;
    }
    for (let i = from[v - 1]!, end = from[v]!; i < end; i++) {
      neighbors[at] = nbr[i]! + 1;
      weights[at++] = wt ? wt[i]! : strengths![i]! / 5;
    }
  }
  offsets[n] = at;
  return { n, ids, index, offsets, neighbors, weights };
}
