import type { CsrRows } from './hub.js';

/**
 * `rows` with the edges (src[e], dst[e]) of weight wts[e] added in both directions, rows kept
 * sorted: what `fromEdgeArrays` gives on all the edges, for O(n + m + k log k) instead of a
 * rebuild (a few ties added to a compiled half-million). An edge already in `rows`, or given
 * twice, is kept once with its larger weight; self-loops are dropped.
 */
export function addEdges(
  rows: CsrRows,
  src: ArrayLike<number>,
  dst: ArrayLike<number>,
  wts: ArrayLike<number>,
): CsrRows {
  const { n } = rows;
  // Each new arc as (from, to, weight), sorted by from then to, so one walk merges them in.
  const added: Array<[number, number, number]> = [];
  for (let e = 0; e < src.length; e++) {
    const [u, v, w] = [src[e]!, dst[e]!, wts[e]!];
    if (u >= n || v >= n) throw new Error(`addEdges: edge ${u}-${v} outside ${n} nodes`);
    if (u === v) continue;
    added.push([u, v, w], [v, u, w]);
  }
  added.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const offsets = new Uint32Array(n + 1);
  const neighbors = new Uint32Array(rows.neighbors.length + added.length);
  const weights = new Float64Array(neighbors.length);
  let at = 0;
  let rowStart = 0;
  // Appends an arc to the row being written, merging it with the last one if it goes to the same node.
  const put = (to: number, weight: number) => {
    if (at > rowStart && neighbors[at - 1] === to) {
      if (weight > weights[at - 1]!) weights[at - 1] = weight;
      return;
    }
    neighbors[at] = to;
    weights[at++] = weight;
  };
  let next = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = rowStart = at;
    let i = rows.offsets[v]!;
    const end = rows.offsets[v + 1]!;
    while (next < added.length && added[next]![0] === v) {
      const [, to, weight] = added[next++]!;
      while (i < end && rows.neighbors[i]! < to) put(rows.neighbors[i]!, rows.weights[i++]!);
      put(to, weight);
    }
    while (i < end) put(rows.neighbors[i]!, rows.weights[i++]!);
  }
  offsets[n] = at;
  if (at === neighbors.length) return { n, offsets, neighbors, weights };
  return { n, offsets, neighbors: neighbors.slice(0, at), weights: weights.slice(0, at) };
}
