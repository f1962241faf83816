import type { CsrGraph } from './csr.js';

/**
 * Burt's structural-hole measures (Burt 1992), weighted exactly as NetworkX defines them:
 *   p(u,v) = w(u,v) / sum_x w(u,x)                      (proportional tie strength)
 *   m(v,w) = w(v,w) / max_x w(v,x)                      (marginal strength)
 *   constraint(u)    = sum_v (p(u,v) + sum_w p(u,w) p(w,v))^2     over v, w in N(u)
 *   effectiveSize(u) = sum_v (1 - sum_w p(u,w) m(v,w))             over v, w in N(u)
 *   efficiency(u)    = effectiveSize(u) / degree(u)
 * and Burt's hierarchy, the Coleman-Theil disorder of the dyadic constraints c(u,v):
 *   hierarchy(u) = sum_v (c_v / c̄) ln(c_v / c̄) / (N ln N),  c̄ = constraint(u) / N
 * (0 when N = 1, where constraint cannot be unequal). Isolated nodes get NaN, as in NetworkX.
 *
 * One pass per node u walks u's neighbours' rows once, accumulating, for each neighbour v of u,
 * the indirect terms through every shared w, with scratch arrays reused across nodes and no
 * allocation in the loops. A neighbour w whose row is far longer than u's (a hub) is not walked:
 * u's neighbours are looked up in it instead, so a hub of degree D costs each of its neighbours
 * O(deg log D) rather than O(D), and the whole graph O(sum over edges (u,w) of
 * min(deg(w), deg(u) log deg(w))) instead of O(sum of squared degrees).
 */
export interface StructuralHoles {
  constraint: Float64Array;
  effectiveSize: Float64Array;
  efficiency: Float64Array;
  hierarchy: Float64Array;
}

/** Node v's total tie weight and its strongest tie, into total[v] and max[v]. */
function strengthAndMax(g: CsrGraph, v: number, total: Float64Array, max: Float64Array): void {
  let t = 0;
  let m = 0;
  for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) {
    const w = g.weights[i]!;
    t += w;
    if (w > m) m = w;
  }
  total[v] = t;
  max[v] = m;
}

function strengthsAndMax(g: CsrGraph): { total: Float64Array; max: Float64Array } {
  const total = new Float64Array(g.n);
  const max = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) strengthAndMax(g, v, total, max);
  return { total, max };
}

interface Scratch {
  total: Float64Array;
  max: Float64Array;
  /** p(u, x) for x a neighbour of u; 0 elsewhere. */
  p: Float64Array;
  indirect: Float64Array;
  redundancy: Float64Array;
  /** 1 where p(u, x) > 0: x is a neighbour of u with a nonzero share of u's ties. */
  neighbour: Uint8Array;
}

function scratch(g: CsrGraph): Scratch {
  return {
    ...strengthsAndMax(g),
    p: new Float64Array(g.n),
    indirect: new Float64Array(g.n),
    redundancy: new Float64Array(g.n),
    neighbour: new Uint8Array(g.n),
  };
}

/** The position of `x` in the sorted slice neighbors[start, end), -1 when it is not there. */
function indexIn(neighbors: Uint32Array, start: number, end: number, x: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (neighbors[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && neighbors[lo] === x ? lo : -1;
}

function measureNode(
  g: CsrGraph,
  u: number,
  s: Scratch,
): { constraint: number; effectiveSize: number; efficiency: number; hierarchy: number } {
  const { offsets, neighbors, weights } = g;
  const from = offsets[u]!;
  const to = offsets[u + 1]!;
  const deg = to - from;
  if (deg === 0 || s.total[u] === 0)
    return { constraint: NaN, effectiveSize: NaN, efficiency: NaN, hierarchy: NaN };
  const tu = s.total[u]!;
  const { p, indirect, redundancy, total, max, neighbour } = s;
  for (let i = from; i < to; i++) {
    const v = neighbors[i]!;
    p[v] = weights[i]! / tu;
    // A byte per node answers "is x a neighbour of u with p(u,x) > 0?" for the inner loop from
    // a small array that stays in cache, instead of reading p[x] for every x met.
    neighbour[v] = p[v] === 0 ? 0 : 1;
  }
  for (let i = from; i < to; i++) {
    const w = neighbors[i]!;
    const puw = p[w]!;
    const tw = total[w]!;
    const start = offsets[w]!;
    const end = offsets[w + 1]!;
    // The terms through w are its ties back into u's neighbourhood. Walking w's whole row finds
    // them in deg(w) steps; when w is a hub (the owner of a large address book, say), looking
    // each of u's neighbours up in w's sorted row takes deg(u) log deg(w) instead. Each pair
    // (w, x) adds the same one term either way, so the results are the same to the last bit.
    if (end - start > deg * (32 - Math.clz32(end - start))) {
      for (let k = from; k < to; k++) {
        const x = neighbors[k]!;
        if (neighbour[x] === 0) continue;
        const j = indexIn(neighbors, start, end, x);
        if (j < 0) continue;
        const wx = weights[j]!;
        indirect[x]! += (puw * wx) / tw;
        redundancy[x]! += (puw * wx) / max[x]!;
      }
      continue;
    }
    for (let j = start; j < end; j++) {
      const x = neighbors[j]!;
      if (neighbour[x] === 0 || x === u) continue;
      const wx = weights[j]!;
      indirect[x]! += (puw * wx) / tw;
      redundancy[x]! += (puw * wx) / max[x]!;
    }
  }
  let constraint = 0;
  let effectiveSize = 0;
  for (let i = from; i < to; i++) {
    const v = neighbors[i]!;
    const c = s.p[v]! + s.indirect[v]!;
    constraint += c * c;
    effectiveSize += 1 - s.redundancy[v]!;
  }
  let hierarchy = 0;
  if (deg > 1 && constraint > 0) {
    const mean = constraint / deg;
    let sum = 0;
    for (let i = from; i < to; i++) {
      const v = neighbors[i]!;
      const c = s.p[v]! + s.indirect[v]!;
      const r = (c * c) / mean;
      if (r > 0) sum += r * Math.log(r);
    }
    hierarchy = sum / (deg * Math.log(deg));
  }
  for (let i = from; i < to; i++) {
    const v = neighbors[i]!;
    s.p[v] = 0;
    s.neighbour[v] = 0;
    s.indirect[v] = 0;
    s.redundancy[v] = 0;
  }
  return { constraint, effectiveSize, efficiency: effectiveSize / deg, hierarchy };
}

/** All four measures for every node. */
export function structuralHoles(g: CsrGraph): StructuralHoles {
  const s = scratch(g);
  const out: StructuralHoles = {
    constraint: new Float64Array(g.n),
    effectiveSize: new Float64Array(g.n),
    efficiency: new Float64Array(g.n),
    hierarchy: new Float64Array(g.n),
  };
  for (let u = 0; u < g.n; u++) {
    const m = measureNode(g, u, s);
    out.constraint[u] = m.constraint;
    out.effectiveSize[u] = m.effectiveSize;
    out.efficiency[u] = m.efficiency;
    out.hierarchy[u] = m.hierarchy;
  }
  return out;
}

export const constraint = (g: CsrGraph): Float64Array => structuralHoles(g).constraint;
export const effectiveSize = (g: CsrGraph): Float64Array => structuralHoles(g).effectiveSize;
export const efficiency = (g: CsrGraph): Float64Array => structuralHoles(g).efficiency;
export const hierarchy = (g: CsrGraph): Float64Array => structuralHoles(g).hierarchy;

/** Burt's measures of one node. */
export interface NodeHoles {
  constraint: number;
  effectiveSize: number;
  efficiency: number;
  hierarchy: number;
}

/** The measures of one node (the owner), without computing everyone's. */
export function structuralHolesOf(g: CsrGraph, v: number): NodeHoles {
  // Node v's measures read the strengths of v and of its neighbours only: those are computed,
  // not everyone's (the coach asks for the owner's alone on every run).
  const total = new Float64Array(g.n);
  const max = new Float64Array(g.n);
  strengthAndMax(g, v, total, max);
  for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) strengthAndMax(g, g.neighbors[i]!, total, max);
  const s: Scratch = {
    total,
    max,
    p: new Float64Array(g.n),
    indirect: new Float64Array(g.n),
    redundancy: new Float64Array(g.n),
    neighbour: new Uint8Array(g.n),
  };
  return measureNode(g, v, s);
}
