/**
 * An undirected weighted graph in compressed sparse rows: the form every kernel runs on.
 * Row v holds v's neighbours (sorted) in neighbors[offsets[v] .. offsets[v+1]) with the edge
 * weights alongside. Built once per analysis; typed arrays keep it compact and fast.
 */
export interface CsrGraph {
  readonly n: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly offsets: Uint32Array;
  readonly neighbors: Uint32Array;
  readonly weights: Float64Array;
}

/**
 * Canonicalises while building: self-loops are dropped and parallel edges (in either direction)
 * become one edge with the largest weight, so no kernel ever miscounts a neighbour.
 */
export function buildCsrGraph(
  ids: readonly string[],
  edges: Iterable<readonly [string, string, number]>,
): CsrGraph {
  const _n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) throw new Error(`duplicate node id "${id}"`);
    index.set(id, i);
  });
  const src: number[] = [];
  const dst: number[] = [];
  const wts: number[] = [];
  for (const [a, b, w] of edges) {
    const u = index.get(a);
    const v = index.get(b);
    if (u === undefined) throw new Error(`edge to unknown node "${a}"`);
    if (v === undefined) throw new Error(`edge to unknown node "${b}"`);
    if (u === v) continue;
    src.push(u);
    dst.push(v);
    wts.push(w);
  }
  return fromEdgeArrays(ids, index, src, dst, wts);
}

/** Builds from parallel arrays of node indices (both directions are added here). */
export function fromEdgeArrays(
  ids: readonly string[],
  index: ReadonlyMap<string, number>,
  src: ArrayLike<number>,
  dst: ArrayLike<number>,
  wts: ArrayLike<number>,
): CsrGraph {
  const n = ids.length;
  const m = src.length;
  const degree = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) {
    degree[src[e]!]!++;
    degree[dst[e]!]!++;
  }
  const start = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) start[v + 1] = start[v]! + degree[v]!;
  const fill = start.slice(0, n);
  const nbr = new Uint32Array(2 * m);
  const wt = new Float64Array(2 * m);
  for (let e = 0; e < m; e++) {
    const u = src[e]!;
    const v = dst[e]!;
    nbr[fill[u]!] = v;
    wt[fill[u]!++] = wts[e]!;
    nbr[fill[v]!] = u;
    wt[fill[v]!++] = wts[e]!;
  }
  // Second pass in increasing node order: appending v to each neighbour's final row makes every
  // row come out sorted, with no sort at all (O(m)); duplicates end up adjacent and are merged
  // keeping the largest weight.
  const offsets = new Uint32Array(n + 1);
  const rowLength = new Uint32Array(n);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
  const sorted = new Uint32Array(2 * m);
  const sortedW = new Float64Array(2 * m);
  for (let v = 0; v < n; v++) {
    for (let i = start[v]!; i < start[v + 1]!; i++) {
      const u = nbr[i]!;
      const at = offsets[u]! + rowLength[u]!;
      const last = rowLength[u]! > 0 ? at - 1 : -1;
      if (last >= 0 && sorted[last] === v) {
        if (wt[i]! > sortedW[last]!) sortedW[last] = wt[i]!;
        continue;
      }
      sorted[at] = v;
      sortedW[at] = wt[i]!;
      rowLength[u]!++;
    }
  }
  let kept = 0;
  for (let v = 0; v < n; v++) kept += rowLength[v]!;
  // Without duplicates the rows already fill the arrays: they are the result as they are.
  if (kept === 2 * m) return { n, ids, index, offsets, neighbors: sorted, weights: sortedW };
  // Compact the rows (merged duplicates left gaps).
  let out = 0;
  for (let v = 0; v < n; v++) {
    const from = offsets[v]!;
    offsets[v] = out;
    for (let i = 0; i < rowLength[v]!; i++) {
      sorted[out] = sorted[from + i]!;
      sortedW[out++] = sortedW[from + i]!;
    }
  }
  offsets[n] = out;
  return { n, ids, index, offsets, neighbors: sorted.slice(0, out), weights: sortedW.slice(0, out) };
}

export function degree(g: CsrGraph, v: number): number {
  return g.offsets[v + 1]! - g.offsets[v]!;
}

/** The number of undirected edges. */
export function edgeCount(g: CsrGraph): number {
  return g.neighbors.length / 2;
}
