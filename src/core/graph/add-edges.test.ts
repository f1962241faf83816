import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addEdges } from './add-edges.js';
import { fromEdgeArrays } from './csr.js';
import { mulberry32 } from './rng.js';

test('edges added to compiled rows give the rows compiled from all the edges', () => {
  const random = mulberry32(7);
  for (const [n, m, extra] of [
    [1, 0, 0],
    [3, 0, 2],
    [40, 120, 1],
    [40, 120, 30],
    [300, 2000, 400],
  ] as const) {
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const index = new Map(ids.map((id, i) => [id, i]));
    const edges = (count: number) => {
      const src: number[] = [];
      const dst: number[] = [];
      const wts: number[] = [];
      for (let e = 0; e < count; e++) {
        // Duplicates on purpose (also of edges compiled already, with another weight).
        const u = Math.floor(random() * n);
        const v = Math.floor(random() * n);
        if (u === v) continue;
        src.push(u);
        dst.push(v);
        wts.push(Math.ceil(random() * 5) / 5);
      }
      return { src, dst, wts };
    };
    const first = edges(m);
    const more = edges(extra);
    const all = fromEdgeArrays(
      ids,
      index,
      [...first.src, ...more.src],
      [...first.dst, ...more.dst],
      [...first.wts, ...more.wts],
    );
    const grown = addEdges(
      fromEdgeArrays(ids, index, first.src, first.dst, first.wts),
      more.src,
      more.dst,
      more.wts,
    );
    assert.deepEqual(
      { n: grown.n, offsets: grown.offsets, neighbors: grown.neighbors, weights: grown.weights },
      { n: all.n, offsets: all.offsets, neighbors: all.neighbors, weights: all.weights },
      `${n} nodes, ${m} + ${extra} edges`,
    );
  }
  assert.throws(
    () => addEdges(fromEdgeArrays(['a'], new Map([['a', 0]]), [], [], []), [0], [1], [1]),
    /outside/,
  );
});
