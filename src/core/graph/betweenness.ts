import type { CsrGraph } from './csr.js';
import { mulberry32 } from './rng.js';

/** Up to this many nodes, betweenness is exact; above it, it is estimated from sampled sources. */
export const EXACT_BETWEENNESS_UP_TO = 4000;
export const DEFAULT_BETWEENNESS_SAMPLES = 200;
/** Confidence of the stated error bound: it holds with probability 1 - delta. */
export const BETWEENNESS_DELTA = 0.05;

export interface Betweenness {
  /** Normalised betweenness (as NetworkX's normalized=True), one value per node. */
  values: Float64Array;
  exact: boolean;
  /** Sources used (n when exact). */
  samples: number;
  /**
   * For an estimate: with probability at least 1 - 0.05, every node's estimate is within this
   * distance of its true normalised betweenness. Each sampled source contributes a value in
   * [0, n/(n-1)] to a node's estimate, so Hoeffding's inequality with a union bound over the n
   * nodes gives eps = (n/(n-1)) * sqrt(ln(2n/delta) / (2k)) for k sources. Null when exact.
   */
  errorBound: number | null;
}

const UNSEEN = 3;
const NEXT_LEVEL = Uint8Array.of(1, 2, 0);

/**
 * Brandes' algorithm on hop distances (unweighted shortest paths). Exact when the graph has at
 * most `exactUpTo` nodes; otherwise `samples` sources drawn without replacement by the seeded
 * generator, scaled by n/k (Brandes & Pich 2007).
 */
export function betweenness(
  g: CsrGraph,
  opts: { exactUpTo?: number; samples?: number; seed?: number } = {},
): Betweenness {
  const n = g.n;
  const exactUpTo = opts.exactUpTo ?? EXACT_BETWEENNESS_UP_TO;
  const exact = n <= exactUpTo;
  let sources: Uint32Array;
  if (exact) {
    sources = new Uint32Array(n);
    for (let i = 0; i < n; i++) sources[i] = i;
  } else {
    sources = sourceOrder(n, Math.min(n, opts.samples ?? DEFAULT_BETWEENNESS_SAMPLES), opts.seed ?? 1);
  }
  const raw = new Float64Array(n);
  accumulateDependencies(g, sources, raw, null);
  const k = sources.length;
  // Each unordered pair is counted from both ends; NetworkX divides the doubled sum by (n-1)(n-2).
  const scale = n > 2 ? (1 / ((n - 1) * (n - 2))) * (exact ? 1 : n / k) : 0;
  for (let v = 0; v < n; v++) raw[v]! *= scale;
  const errorBound =
    exact || n < 3 ? null : (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / BETWEENNESS_DELTA) / (2 * k));
  return { values: raw, exact, samples: k, errorBound };
}

/** The first `count` nodes of a seeded random order of all n (a partial Fisher–Yates shuffle). */
export function sourceOrder(n: number, count: number, seed: number): Uint32Array {
  const k = Math.min(n, count);
  const random = mulberry32(seed);
  const pool = new Uint32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, k);
}

/**
 * Brandes' algorithm on hop distances from each of `sources`: adds each source's dependency of
 * every other node to `sum` (and its square to `squares` when given, so a sample's spread can
 * be measured). With `linearScaling` (Geisberger, Sanders & Schultes 2008), a route from the
 * source to t counts for v in proportion to d(s,v)/d(s,t), doubled: summed over all sources it
 * is the same betweenness (a route's two ends share it as d(s,v)/d(s,t) + d(t,v)/d(t,s) = 1),
 * but a sampled source next to v no longer hands v every route beyond it in full, which is
 * what makes unscaled samples vary so much.
 */
export function accumulateDependencies(
  g: CsrGraph,
  sources: ArrayLike<number>,
  sum: Float64Array,
  squares: Float64Array | null,
  linearScaling = false,
): void {
  const n = g.n;
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  // Each node's BFS level modulo 3 (UNSEEN before it is reached). A node's neighbours lie at
  // most one level away from it, so the level modulo 3 tells "one level closer", "same level"
  // and "one level further" apart exactly, and a byte per node stays in cache where full
  // distances would not: the kernels' random reads are the cost here.
  const level = new Uint8Array(n).fill(UNSEEN);
  // The BFS queue doubles as the stack: nodes leave the queue in BFS order, and the dependency
  // pass walks that same order backwards.
  const queue = new Uint32Array(n);
  const { offsets, neighbors } = g;
  // Each node's predecessors (neighbours one level closer), noted as the BFS meets them, in the
  // node's own row of this buffer: the dependency pass then visits predecessors only instead of
  // rescanning every row. A node's predecessors each receive its contribution once, so the
  // order they are listed in does not change any sum.
  const predecessors = new Uint32Array(neighbors.length);
  const predecessorCount = new Uint32Array(n);
  const hops = linearScaling ? new Uint16Array(n) : null;
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    let head = 0;
    let tail = 0;
    sigma[s] = 1;
    level[s] = 0;
    if (hops !== null) hops[s] = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      const next = NEXT_LEVEL[level[v]!]!;
      // sigma[v] is final here: every predecessor of v is one level closer, hence dequeued earlier.
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let i = offsets[v]!; i < end; i++) {
        const w = neighbors[i]!;
        const lw = level[w]!;
        if (lw === UNSEEN) {
          level[w] = next;
          queue[tail++] = w;
          sigma[w] = sv; // 0 + sv, exactly
          if (hops !== null) hops[w] = hops[v]! + 1;
          predecessors[offsets[w]!] = v;
          predecessorCount[w] = 1;
        } else if (lw === next) {
          sigma[w]! += sv;
          predecessors[offsets[w]! + predecessorCount[w]!++] = v;
        }
      }
    }
    // Dependencies accumulate in reverse BFS order; predecessors are the neighbours one hop closer.
    // Scaled, delta holds the sum over targets t beyond w of their share of routes through w
    // divided by d(s,t); w's dependency is that times d(s,w).
    for (let top = tail - 1; top >= 0; top--) {
      const w = queue[top]!;
      const coefficient = ((hops === null ? 1 : 1 / hops[w]!) + delta[w]!) / sigma[w]!;
      const from = offsets[w]!;
      const end = from + predecessorCount[w]!;
      for (let i = from; i < end; i++) {
        const v = predecessors[i]!;
        delta[v]! += sigma[v]! * coefficient;
      }
      if (w !== s) {
        const d = hops === null ? delta[w]! : 2 * hops[w]! * delta[w]!;
        sum[w]! += d;
        if (squares !== null) squares[w]! += d * d;
      }
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i]!;
      sigma[v] = 0;
      level[v] = UNSEEN;
      delta[v] = 0;
      predecessorCount[v] = 0;
    }
  }
}
