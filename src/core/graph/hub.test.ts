import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromEdgeArrays } from './csr.js';
import { withHub } from './hub.js';
import { mulberry32 } from './rng.js';

test('a hub added to compiled rows equals the graph compiled from all the edges', () => {
  const random = mulberry32(5);
  for (const [n, m, spokeCount] of [
    [1, 0, 0],
    [2, 0, 1],
    [40, 120, 15],
    [300, 2000, 120],
  ] as const) {
    const ids = Array.from({ length: n + 1 }, (_, i) => `n${i}`);
    const index = new Map(ids.map((id, i) => [id, i]));
    const src: number[] = [];
    const dst: number[] = [];
    const wts: number[] = [];
    for (let e = 0; e < m; e++) {
      // Duplicates and self-loops on purpose: both compilers must treat them alike.
      src.push(1 + Math.floor(random() * n));
      dst.push(1 + Math.floor(random() * n));
      wts.push(Math.ceil(random() * 5) / 5);
    }
    const spokes: number[] = [];
    const spokeWeights: number[] = [];
    for (let s = 0; s < spokeCount; s++) {
      spokes.push(1 + Math.floor(random() * n)); // a spoke may come twice
      spokeWeights.push(random());
    }
    const keep = src.map((u, e) => u !== dst[e]);
    const pick = <T>(xs: T[]) => xs.filter((_, e) => keep[e]);
    const all = fromEdgeArrays(
      ids,
      index,
      [...pick(src), ...spokes.map(() => 0)],
      [...pick(dst), ...spokes],
      [...pick(wts), ...spokeWeights],
    );
    const people = fromEdgeArrays(
      ids.slice(1),
      new Map(ids.slice(1).map((id, i) => [id, i])),
      pick(src).map((v) => v - 1),
      pick(dst).map((v) => v - 1),
      pick(wts),
    );
    const hub = withHub(ids, index, people, spokes, spokeWeights);
    assert.deepEqual(hub.offsets, all.offsets, `n=${n}`);
    assert.deepEqual(hub.neighbors, all.neighbors, `n=${n}`);
    assert.deepEqual(hub.weights, all.weights, `n=${n}`);
  }
});

test('a spoke outside the graph is refused', () => {
  const rows = {
    n: 2,
    offsets: new Uint32Array(3),
    neighbors: new Uint32Array(),
    weights: new Float64Array(),
  };
  assert.throws(() => withHub(['o', 'a', 'b'], new Map(), rows, [3], [1]), /spoke 3/);
  assert.throws(() => withHub(['o', 'a', 'b'], new Map(), rows, [0], [1]), /spoke 0/);
});
