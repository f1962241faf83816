import type { CsrGraph } from './csr.js';
import { mulberry32 } from './rng.js';

export interface Communities {
  /** Community of each node, numbered 0..count-1 by first appearance. */
  community: Int32Array;
  count: number;
  /** Newman-Girvan modularity of the partition on the input graph (weighted). */
  modularity: number;
}

interface Level {
  n: number;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  weights: Float64Array;
  /** Weight of each node's self-loop (the edges folded inside it by aggregation). */
  self: Float64Array;
}

/**
 * Louvain community detection (Blondel et al. 2008) on the CSR graph: local moving of nodes
 * in a seeded random order, then aggregation, until modularity stops rising. The same seed
 * gives the same partition.
 */
export function louvain(g: CsrGraph, opts: { seed?: number; resolution?: number } = {}): Communities {
  const random = mulberry32(opts.seed ?? 1);
  const gamma = opts.resolution ?? 1;
  let level: Level = {
    n: g.n,
    offsets: g.offsets,
    neighbors: g.neighbors,
    weights: g.weights,
    self: new Float64Array(g.n),
  };
  // membership[v] = the level node that original node v is folded into.
  const membership = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) membership[v] = v;
  let m2 = 0;
  for (let i = 0; i < g.weights.length; i++) m2 += g.weights[i]!;
  if (m2 === 0) return finish(g, membership, gamma);

  for (;;) {
    const { community, moved } = moveNodes(level, m2, gamma, random);
    if (!moved) break;
    const { next, renumber } = aggregate(level, community);
    for (let v = 0; v < g.n; v++) membership[v] = renumber[community[membership[v]!]!]!;
    if (next.n === level.n) break;
    level = next;
  }
  return finish(g, membership, gamma);
}

function strengths(level: Level): Float64Array {
  const k = new Float64Array(level.n);
  for (let v = 0; v < level.n; v++) {
    let s = 2 * level.self[v]!;
    for (let i = level.offsets[v]!; i < level.offsets[v + 1]!; i++) s += level.weights[i]!;
    k[v] = s;
  }
  return k;
}

function moveNodes(
  level: Level,
  m2: number,
  gamma: number,
  random: () => number,
): { community: Int32Array; moved: boolean } {
  const { n, offsets, neighbors, weights } = level;
  const k = strengths(level);
  const community = new Int32Array(n);
  const total = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    community[v] = v;
    total[v] = k[v]!;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const linkTo = new Float64Array(n);
  const touched = new Int32Array(n);
  let moved = false;
  for (let pass = 0; pass < 100; pass++) {
    let changes = 0;
    for (let o = 0; o < n; o++) {
      const v = order[o]!;
      const own = community[v]!;
      const kOfV = k[v]!;
      let count = 0;
      const end = offsets[v + 1]!;
      for (let i = offsets[v]!; i < end; i++) {
        const c = community[neighbors[i]!]!;
        if (linkTo[c] === 0) touched[count++] = c;
        linkTo[c]! += weights[i]!;
      }
      total[own]! -= kOfV;
      const kv = kOfV / m2;
      let best = own;
      let bestGain = linkTo[own]! - gamma * total[own]! * kv;
      for (let t = 0; t < count; t++) {
        const c = touched[t]!;
        const gain = linkTo[c]! - gamma * total[c]! * kv;
        if (gain > bestGain + 1e-12) {
          bestGain = gain;
          best = c;
        }
      }
      total[best]! += kOfV;
      if (best !== own) {
        community[v] = best;
        changes++;
        moved = true;
      }
      for (let t = 0; t < count; t++) linkTo[touched[t]!] = 0;
      linkTo[own] = 0;
    }
    if (changes === 0) break;
  }
  return { community, moved };
}

/**
 * Folds each community into one node. Communities are built one at a time from their members in
 * node order, with a scratch accumulator per neighbouring community: O(n + m) with no map per
 * row, and each new row lists its neighbours in the order they are first met and sums their
 * weights in the order they come, so the result does not depend on how it is computed.
 */
function aggregate(level: Level, community: Int32Array): { next: Level; renumber: Int32Array } {
  const renumber = new Int32Array(level.n).fill(-1);
  let count = 0;
  for (let v = 0; v < level.n; v++) if (renumber[community[v]!] === -1) renumber[community[v]!] = count++;
  // Members of each new node, in increasing original order.
  const start = new Int32Array(count + 1);
  for (let v = 0; v < level.n; v++) start[renumber[community[v]!]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(level.n);
  for (let v = 0; v < level.n; v++) members[fill[renumber[community[v]!]!]!++] = v;

  const self = new Float64Array(count);
  const offsets = new Uint32Array(count + 1);
  let neighbors = new Uint32Array(Math.max(16, level.neighbors.length));
  let weights = new Float64Array(neighbors.length);
  const sum = new Float64Array(count);
  const mark = new Int32Array(count).fill(-1);
  const met = new Int32Array(count);
  let out = 0;
  for (let cv = 0; cv < count; cv++) {
    let k = 0;
    for (let m = start[cv]!; m < start[cv + 1]!; m++) {
      const v = members[m]!;
      self[cv]! += level.self[v]!;
      for (let i = level.offsets[v]!; i < level.offsets[v + 1]!; i++) {
        const cw = renumber[community[level.neighbors[i]!]!]!;
        const w = level.weights[i]!;
        if (cw === cv)
          self[cv]! += w / 2; // each internal edge is seen from both ends
        else {
          if (mark[cw] !== cv) {
            mark[cw] = cv;
            sum[cw] = 0;
            met[k++] = cw;
          }
          sum[cw]! += w;
        }
      }
    }
    if (out + k > neighbors.length) {
      const grown = new Uint32Array(2 * (out + k));
      grown.set(neighbors);
      neighbors = grown;
      const grownW = new Float64Array(grown.length);
      grownW.set(weights);
      weights = grownW;
    }
    for (let t = 0; t < k; t++) {
      neighbors[out] = met[t]!;
      weights[out++] = sum[met[t]!]!;
    }
    offsets[cv + 1] = out;
  }
  return {
    next: {
      n: count,
      offsets,
      neighbors: neighbors.slice(0, out),
      weights: weights.slice(0, out),
      self,
    },
    renumber,
  };
}

function finish(g: CsrGraph, membership: Int32Array, gamma: number): Communities {
  const renumber = new Map<number, number>();
  const community = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) {
    let c = renumber.get(membership[v]!);
    if (c === undefined) {
      c = renumber.size;
      renumber.set(membership[v]!, c);
    }
    community[v] = c;
  }
  return { community, count: renumber.size, modularity: modularity(g, community, gamma) };
}

export function modularity(g: CsrGraph, community: Int32Array, gamma = 1): number {
  let m2 = 0;
  const inside = new Float64Array(g.n);
  const total = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) {
      const w = g.weights[i]!;
      m2 += w;
      total[community[v]!]! += w;
      if (community[g.neighbors[i]!] === community[v]) inside[community[v]!]! += w;
    }
  }
  if (m2 === 0) return 0;
  let q = 0;
  for (let c = 0; c < g.n; c++) if (total[c]! > 0) q += inside[c]! / m2 - gamma * (total[c]! / m2) ** 2;
  return q;
}
