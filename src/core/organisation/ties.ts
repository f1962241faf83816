import { type CsrGraph, fromEdgeArrays } from '../graph/index.js';
import { type Collaboration, type CollaborationTime, SURVEY } from './model.js';

/** The ties of the window: pairs that worked together often enough, weighted by interactions. */
export interface WindowTies {
  graph: CsrGraph;
  /** Collaboration minutes per week of each person over the window. */
  minutesPerWeek: Float64Array;
}

/**
 * Sums every pair's interactions in the window in time linear in the edges: rows are bucketed
 * by their smaller endpoint (a counting sort), then each bucket is folded through one dense
 * accumulator, so no map of 20 million pairs is ever built.
 */
export function windowTies(
  ids: readonly string[],
  index: ReadonlyMap<string, number>,
  edges: Collaboration,
  time: CollaborationTime,
  window: { from: number; to: number; minInteractions: number },
): WindowTies {
  const n = ids.length;
  const inWindow = (day: number) => day >= window.from && day <= window.to;
  const rowStart = new Uint32Array(n + 1);
  for (let e = 0; e < edges.length; e++) {
    if (!inWindow(edges.day[e]!) || edges.a[e] === edges.b[e]) continue;
    rowStart[Math.min(edges.a[e]!, edges.b[e]!) + 1]!++;
  }
  for (let v = 0; v < n; v++) rowStart[v + 1]! += rowStart[v]!;
  const total = rowStart[n]!;
  const other = new Uint32Array(total);
  const count = new Float64Array(total);
  const fill = rowStart.slice(0, n);
  for (let e = 0; e < edges.length; e++) {
    if (!inWindow(edges.day[e]!) || edges.a[e] === edges.b[e]) continue;
    const a = edges.a[e]!;
    const b = edges.b[e]!;
    const slot = fill[a < b ? a : b]!++;
    other[slot] = a < b ? b : a;
    // A tie named in a survey is a tie whatever the count; it adds one interaction to the weight.
    count[slot] = edges.channel[e] === SURVEY ? -Math.max(1, edges.count[e]!) : edges.count[e]!;
  }
  const sum = new Float64Array(n);
  const named = new Uint8Array(n);
  const seen = new Int32Array(n).fill(-1);
  const touched = new Uint32Array(n);
  const src = new Uint32Array(total);
  const dst = new Uint32Array(total);
  const weight = new Float64Array(total);
  let m = 0;
  for (let u = 0; u < n; u++) {
    let k = 0;
    for (let i = rowStart[u]!; i < rowStart[u + 1]!; i++) {
      const v = other[i]!;
      if (seen[v] !== u) {
        seen[v] = u;
        touched[k++] = v;
      }
      const c = count[i]!;
      if (c < 0) named[v] = 1;
      sum[v]! += Math.abs(c);
    }
    for (let t = 0; t < k; t++) {
      const v = touched[t]!;
      if (named[v] === 1 || sum[v]! >= window.minInteractions) {
        src[m] = u;
        dst[m] = v;
        weight[m++] = sum[v]!;
      }
      sum[v] = 0;
      named[v] = 0;
    }
  }
  const minutes = new Float64Array(n);
  for (let r = 0; r < time.length; r++)
    if (inWindow(time.day[r]!)) minutes[time.person[r]!]! += time.minutes[r]!;
  const weeks = (window.to - window.from + 1) / 7;
  for (let v = 0; v < n; v++) minutes[v] = minutes[v]! / weeks;
  return {
    graph: fromEdgeArrays(ids, index, src.subarray(0, m), dst.subarray(0, m), weight.subarray(0, m)),
    minutesPerWeek: minutes,
  };
}
