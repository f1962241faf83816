import type { CsrGraph } from './csr.js';

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
