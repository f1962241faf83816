// Burt's measures for every node of a graph with a hub: 5 ties per person and one node (the
// owner who imported a large address book) tied to 37 % of everyone, at 50k and 200k nodes.
// Before the kernel looked neighbours up in a hub's row, each of the hub's contacts walked the
// hub's whole row: the sum of squared degrees.
import { pathToFileURL } from 'node:url';
import { type CsrGraph, fromEdgeArrays, mulberry32, structuralHoles } from '../../src/core/graph/index.js';
import { type BenchResult, time } from '../lib/index.js';

function hubGraph(n: number, seed: number): CsrGraph {
  const random = mulberry32(seed);
  const src: number[] = [];
  const dst: number[] = [];
  const wts: number[] = [];
  for (let i = 1; i < n; i++)
    for (let k = 0; k < 5; k++) {
      const j = 1 + Math.floor(random() * (n - 1));
      if (j === i) continue;
      src.push(i);
      dst.push(j);
      wts.push((1 + Math.floor(random() * 5)) / 5);
    }
  for (let i = 1; i < n; i++)
    if (random() < 0.37) {
      src.push(0);
      dst.push(i);
      wts.push(0.6);
    }
  const ids = Array.from({ length: n }, (_, i) => String(i));
  return fromEdgeArrays(
    ids,
    new Map(ids.map((id, i) => [id, i])),
    Uint32Array.from(src),
    Uint32Array.from(dst),
    Float64Array.from(wts),
  );
}

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const n of [50_000, 200_000]) {
    const g = hubGraph(n, 7);
    const runs = [0, 1, 2].map(() => time(() => structuralHoles(g)).seconds).sort((a, b) => a - b);
    out.push({
      name: `kernels-hub: structural holes, every node (${n / 1000}k, hub of ${g.offsets[1]! - g.offsets[0]!})`,
      seconds: runs[1]!,
      detail: `median of 3; ${g.neighbors.length / 2} edges`,
    });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await run()) console.log(`${row.name}: ${row.seconds.toFixed(3)} s  ${row.detail ?? ''}`);
}
