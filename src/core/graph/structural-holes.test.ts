// Burt's measures around hubs: the kernel looks a node's neighbours up in a hub's row instead of
// walking it; on graphs with hubs it must still equal the measures computed from their
// definitions (the formulas of structural-holes.ts, written out directly here).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildCsrGraph } from './csr.js';
import { structuralHoles } from './structural-holes.js';

/** The measures from their definitions, with a dense weight matrix (small graphs only). */
function byDefinition(n: number, edges: Array<[number, number, number]>) {
  const w = Array.from({ length: n }, () => new Float64Array(n));
  for (const [a, b, x] of edges) {
    if (a === b) continue;
    w[a]![b] = Math.max(w[a]![b]!, x);
    w[b]![a] = Math.max(w[b]![a]!, x);
  }
  const total = w.map((row) => row.reduce((s, x) => s + x, 0));
  const max = w.map((row) => row.reduce((m, x) => Math.max(m, x), 0));
  const p = (u: number, v: number) => (total[u] === 0 ? 0 : w[u]![v]! / total[u]!);
  const m = (v: number, x: number) => (max[v] === 0 ? 0 : w[v]![x]! / max[v]!);
  const constraint: number[] = [];
  const effectiveSize: number[] = [];
  for (let u = 0; u < n; u++) {
    const nbrs = [...w[u]!.keys()].filter((v) => w[u]![v]! > 0);
    if (nbrs.length === 0) {
      constraint.push(Number.NaN);
      effectiveSize.push(Number.NaN);
      continue;
    }
    let c = 0;
    let e = 0;
    for (const v of nbrs) {
      let indirect = 0;
      let redundancy = 0;
      for (const x of nbrs) {
        if (x === v) continue;
        indirect += p(u, x) * p(x, v);
        redundancy += p(u, x) * m(v, x);
      }
      c += (p(u, v) + indirect) ** 2;
      e += 1 - redundancy;
    }
    constraint.push(c);
    effectiveSize.push(e);
  }
  return { constraint, effectiveSize };
}

const close = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) < 1e-9;

test('around hubs the measures equal their definitions', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 3, max: 40 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 })), { maxLength: 120 }),
      fc.double({ min: 0.3, max: 1, noNaN: true }),
      (n, raw, share) => {
        // Node 0 is a hub tied to a share of everyone (as an owner who imported an address book).
        const edges: Array<[number, number, number]> = raw.map(([a, b, x]) => [a % n, b % n, x]);
        for (let v = 1; v < n; v++) if (v / n <= share) edges.push([0, v, 1 + (v % 5)]);
        const ids = Array.from({ length: n }, (_, i) => `n${i}`);
        const g = buildCsrGraph(
          ids,
          edges.map(([a, b, x]) => [ids[a]!, ids[b]!, x / 5] as const),
        );
        const got = structuralHoles(g);
        const want = byDefinition(
          n,
          edges.map(([a, b, x]) => [a, b, x / 5]),
        );
        for (let u = 0; u < n; u++) {
          assert.ok(close(got.constraint[u]!, want.constraint[u]!), `constraint of n${u}`);
          assert.ok(close(got.effectiveSize[u]!, want.effectiveSize[u]!), `effective size of n${u}`);
        }
      },
    ),
    { numRuns: 200, seed: 20261204 },
  );
});
