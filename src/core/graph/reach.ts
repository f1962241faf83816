import type { CsrGraph } from './csr.js';

/** Distinct nodes at distance 1 or 2 from v (v itself excluded): who v reaches through one intermediary. */
export function twoStepReach(g: CsrGraph, v: number, seen: Uint8Array = new Uint8Array(g.n)): number {
  const { offsets, neighbors } = g;
  const touched: number[] = [v];
  seen[v] = 1;
  let count = 0;
  for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
    const w = neighbors[i]!;
    if (!seen[w]) {
      seen[w] = 1;
      touched.push(w);
      count++;
    }
  }
  for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
    const w = neighbors[i]!;
    for (let j = offsets[w]!; j < offsets[w + 1]!; j++) {
      const x = neighbors[j]!;
      if (!seen[x]) {
        seen[x] = 1;
        touched.push(x);
        count++;
      }
    }
  }
  for (const t of touched) seen[t] = 0;
  return count;
}

/** Hop distances from `source` (-1 where unreachable). */
export function hopDistances(g: CsrGraph, source: number): Int32Array {
  const dist = new Int32Array(g.n).fill(-1);
  const queue = new Uint32Array(g.n);
  let head = 0;
  let tail = 0;
  dist[source] = 0;
  queue[tail++] = source;
  while (head < tail) {
    const v = queue[head++]!;
    for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) {
      const w = g.neighbors[i]!;
      if (dist[w]! < 0) {
        dist[w] = dist[v]! + 1;
        queue[tail++] = w;
      }
    }
  }
  return dist;
}
