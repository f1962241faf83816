import type { CsrGraph } from '../graph/index.js';

/**
 * The chance that an intermediary passes a request on even over a perfect tie. Without it a
 * chain of ties of full strength costs nothing, and the search would prefer a fifty-hop chain
 * to a two-hop one; with it every extra introduction has to earn its place.
 */
export const RELAY = 0.9;
const RELAY_COST = -Math.log(RELAY);

export interface Hop {
  from: string;
  to: string;
  /** Normalised tie strength of this hop, in (0, 1]. */
  strength: number;
}
export interface StrongPath {
  /** Ids from the first hop to the target (the source excluded). */
  people: string[];
  /**
   * The chance-like strength of the whole chain: the product of the hops' strengths, times
   * RELAY for each person who must pass the request on.
   */
  strength: number;
  hops: Hop[];
  weakest: Hop;
}

/** A binary min-heap of (cost, node) pairs on typed arrays. */
class Heap {
  private cost: Float64Array;
  private node: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.cost = new Float64Array(capacity);
    this.node = new Int32Array(capacity);
  }
  push(c: number, v: number): void {
    if (this.size === this.cost.length) {
      const cost = new Float64Array(this.size * 2);
      cost.set(this.cost);
      this.cost = cost;
      const node = new Int32Array(this.size * 2);
      node.set(this.node);
      this.node = node;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.cost[p]! <= c) break;
      this.cost[i] = this.cost[p]!;
      this.node[i] = this.node[p]!;
      i = p;
    }
    this.cost[i] = c;
    this.node[i] = v;
  }
  /** The cost of the node `pop` returns next. */
  topCost(): number {
    return this.cost[0]!;
  }
  /** Removes the cheapest node and returns it (no tuple allocated per pop). */
  pop(): number {
    const top = this.node[0]!;
    const c = this.cost[--this.size]!;
    const v = this.node[this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.cost[child + 1]! < this.cost[child]!) child++;
      if (this.cost[child]! >= c) break;
      this.cost[i] = this.cost[child]!;
      this.node[i] = this.node[child]!;
      i = child;
    }
    this.cost[i] = c;
    this.node[i] = v;
    return top;
  }
}

/** Edges a spur search may not take: each blocked edge u -> v, looked up by its tail u. */
type BlockedEdges = ReadonlyMap<number, readonly number[]>;
const NO_EDGES: BlockedEdges = new Map();

/** Search state reused by every search of one `strongestPaths` call: allocated once, not per spur. */
interface Workspace {
  dist: Float64Array;
  prev: Int32Array;
  /** The nodes whose `dist` a search set, so the next search resets only those. */
  touched: Int32Array;
  touchedCount: number;
  heap: Heap;
  /** ln of each edge's strength (clamped to [1e-9, 1]), taken once for all the searches. */
  logWeight: Float64Array;
}

function workspace(g: CsrGraph): Workspace {
  const logWeight = new Float64Array(g.weights.length);
  for (let i = 0; i < logWeight.length; i++)
    logWeight[i] = Math.log(Math.min(1, Math.max(1e-9, g.weights[i]!)));
  return {
    dist: new Float64Array(g.n).fill(Infinity),
    prev: new Int32Array(g.n).fill(-1),
    touched: new Int32Array(g.n),
    touchedCount: 0,
    heap: new Heap(64),
    logWeight,
  };
}

/**
 * Dijkstra on cost = -ln(strength), so the cheapest path is the one whose product of strengths
 * is largest. `blockedNodes` and `blockedEdges` serve Yen's spur searches; the edge check costs
 * one map lookup only for the few tails that have blocked edges, never a string per edge.
 */
function strongest(
  g: CsrGraph,
  ws: Workspace,
  source: number,
  target: number,
  blockedNodes: Uint8Array,
  blockedEdges: BlockedEdges,
): number[] | null {
  const { dist, prev, touched, heap, logWeight } = ws;
  for (let i = 0; i < ws.touchedCount; i++) {
    const v = touched[i]!;
    dist[v] = Infinity;
    prev[v] = -1;
  }
  let count = 0;
  heap.size = 0;
  const { offsets, neighbors } = g;
  dist[source] = 0;
  touched[count++] = source;
  heap.push(0, source);
  while (heap.size > 0) {
    const d = heap.topCost();
    const v = heap.pop();
    if (d > dist[v]!) continue;
    if (v === target) break;
    const blocked = blockedEdges.size > 0 ? blockedEdges.get(v) : undefined;
    for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) {
      const w = neighbors[i]!;
      if (blockedNodes[w] || blocked?.includes(w)) continue;
      // RELAY_COST on every hop ranks chains exactly as on every intermediary (a constant apart).
      const nd = d - logWeight[i]! + RELAY_COST;
      if (nd < dist[w]!) {
        if (dist[w] === Infinity) touched[count++] = w;
        dist[w] = nd;
        prev[w] = v;
        heap.push(nd, w);
      }
    }
  }
  ws.touchedCount = count;
  if (!Number.isFinite(dist[target]!)) return null;
  const path = [target];
  while (path[path.length - 1] !== source) path.push(prev[path[path.length - 1]!]!);
  return path.reverse();
}

function weight(g: CsrGraph, u: number, v: number): number {
  // Rows are sorted: binary search for v in u's row.
  let lo = g.offsets[u]!;
  let hi = g.offsets[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = g.neighbors[mid]!;
    if (x === v) return g.weights[mid]!;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

function describe(g: CsrGraph, nodes: number[]): StrongPath {
  const hops: Hop[] = [];
  for (let i = 1; i < nodes.length; i++) {
    hops.push({
      from: g.ids[nodes[i - 1]!]!,
      to: g.ids[nodes[i]!]!,
      strength: weight(g, nodes[i - 1]!, nodes[i]!),
    });
  }
  return {
    people: nodes.slice(1).map((v) => g.ids[v]!),
    strength: hops.reduce((p, h) => p * h.strength, 1) * RELAY ** (hops.length - 1),
    hops,
    weakest: hops.reduce((w, h) => (h.strength < w.strength ? h : w), hops[0]!),
  };
}

const cost = (g: CsrGraph, nodes: number[]) => {
  let c = 0;
  for (let i = 1; i < nodes.length; i++) c += RELAY_COST - Math.log(weight(g, nodes[i - 1]!, nodes[i]!));
  return c;
};

/**
 * The k strongest loopless chains from `source` to `target` (Yen 1971), strongest first.
 * Returns an empty list when the target cannot be reached.
 */
export function strongestPaths(g: CsrGraph, source: number, target: number, k = 3): StrongPath[] {
  if (source === target) return [];
  const blocked = new Uint8Array(g.n);
  const ws = workspace(g);
  const first = strongest(g, ws, source, target, blocked, NO_EDGES);
  if (!first) return [];
  const found: number[][] = [first];
  const candidates: Array<{ nodes: number[]; cost: number }> = [];
  const seen = new Set<string>([first.join(',')]);
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.length - 1; i++) {
      const spur = last[i]!;
      const root = last.slice(0, i + 1);
      const blockedEdges = new Map<number, number[]>();
      const block = (u: number, v: number) => {
        const list = blockedEdges.get(u);
        if (list) list.push(v);
        else blockedEdges.set(u, [v]);
      };
      for (const p of found) {
        if (p.length > i && root.every((v, j) => p[j] === v)) {
          block(p[i]!, p[i + 1]!);
          block(p[i + 1]!, p[i]!);
        }
      }
      for (const v of root.slice(0, -1)) blocked[v] = 1;
      const tail = strongest(g, ws, spur, target, blocked, blockedEdges);
      for (const v of root.slice(0, -1)) blocked[v] = 0;
      if (!tail) continue;
      const nodes = [...root.slice(0, -1), ...tail];
      const key = nodes.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ nodes, cost: cost(g, nodes) });
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.cost - b.cost || a.nodes.length - b.nodes.length);
    found.push(candidates.shift()!.nodes);
  }
  return found.map((nodes) => describe(g, nodes));
}
