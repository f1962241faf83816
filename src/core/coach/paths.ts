import type { CsrGraph } from '../graph/index.js';

export interface Hop {
  from: string;
  to: string;
  /** Normalised tie strength of this hop, in (0, 1]. */
  strength: number;
}
export interface StrongPath {
  /** Ids from the first hop to the target (the source excluded). */
  people: string[];
  /** Product of the hops' strengths: the chance-like strength of the whole chain. */
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
  pop(): [number, number] {
    const top: [number, number] = [this.cost[0]!, this.node[0]!];
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

/**
 * Dijkstra on cost = -ln(strength), so the cheapest path is the one whose product of strengths
 * is largest. `blockedNodes` and `blockedEdges` (keys "u>v") serve Yen's spur searches.
 */
function strongest(
  g: CsrGraph,
  source: number,
  target: number,
  blockedNodes: Uint8Array,
  blockedEdges: ReadonlySet<string>,
): number[] | null {
  const dist = new Float64Array(g.n).fill(Infinity);
  const prev = new Int32Array(g.n).fill(-1);
  const heap = new Heap(64);
  dist[source] = 0;
  heap.push(0, source);
  while (heap.size > 0) {
    const [d, v] = heap.pop();
    if (d > dist[v]!) continue;
    if (v === target) break;
    for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) {
      const w = g.neighbors[i]!;
      if (blockedNodes[w] || (blockedEdges.size > 0 && blockedEdges.has(`${v}>${w}`))) continue;
      const nd = d - Math.log(Math.min(1, Math.max(1e-9, g.weights[i]!)));
      if (nd < dist[w]!) {
        dist[w] = nd;
        prev[w] = v;
        heap.push(nd, w);
      }
    }
  }
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
    strength: hops.reduce((p, h) => p * h.strength, 1),
    hops,
    weakest: hops.reduce((w, h) => (h.strength < w.strength ? h : w), hops[0]!),
  };
}

const cost = (g: CsrGraph, nodes: number[]) => {
  let c = 0;
  for (let i = 1; i < nodes.length; i++) c -= Math.log(weight(g, nodes[i - 1]!, nodes[i]!));
  return c;
};

/**
 * The k strongest loopless chains from `source` to `target` (Yen 1971), strongest first.
 * Returns an empty list when the target cannot be reached.
 */
export function strongestPaths(g: CsrGraph, source: number, target: number, k = 3): StrongPath[] {
  if (source === target) return [];
  const blocked = new Uint8Array(g.n);
  const first = strongest(g, source, target, blocked, new Set());
  if (!first) return [];
  const found: number[][] = [first];
  const candidates: Array<{ nodes: number[]; cost: number }> = [];
  const seen = new Set<string>([first.join(',')]);
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.length - 1; i++) {
      const spur = last[i]!;
      const root = last.slice(0, i + 1);
      const blockedEdges = new Set<string>();
      for (const p of found) {
        if (p.length > i && root.every((v, j) => p[j] === v)) {
          blockedEdges.add(`${p[i]}>${p[i + 1]}`);
          blockedEdges.add(`${p[i + 1]}>${p[i]}`);
        }
      }
      for (const v of root.slice(0, -1)) blocked[v] = 1;
      const tail = strongest(g, spur, target, blocked, blockedEdges);
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
