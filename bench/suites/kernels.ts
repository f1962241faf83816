// The graph kernels alone on a 200,000-node / 1,000,000-edge clustered graph: Burt's measures
// for every node, sampled betweenness, Louvain. Where python3-igraph / python3-networkx are
// installed, they run on the same graphs in the same run and the ratios are printed.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  betweenness,
  type CsrGraph,
  fromEdgeArrays,
  louvain,
  mulberry32,
  structuralHoles,
} from '../../src/core/graph/index.js';
import { type BenchResult, tempDir, time } from '../lib/index.js';

/** Clusters of 100 nodes; 85 % of edges inside a cluster, the rest anywhere; no duplicates. */
function clusteredGraph(
  n: number,
  m: number,
  seed: number,
): { g: CsrGraph; src: Uint32Array; dst: Uint32Array } {
  const random = mulberry32(seed);
  const src = new Uint32Array(m);
  const dst = new Uint32Array(m);
  const seen = new Set<number>();
  let e = 0;
  while (e < m) {
    const a = Math.floor(random() * n);
    const b =
      random() < 0.85 ? Math.floor(a / 100) * 100 + Math.floor(random() * 100) : Math.floor(random() * n);
    if (a === b || b >= n) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    src[e] = a;
    dst[e++] = b;
  }
  const ids = Array.from({ length: n }, (_, i) => String(i));
  const index = new Map(ids.map((id, i) => [id, i]));
  return { g: fromEdgeArrays(ids, index, src, dst, new Float64Array(m).fill(1)), src, dst };
}

function python(script: string): string | null {
  // Debian's python3-igraph and python3-networkx live in the system interpreter, which a pyenv
  // shim may shadow on PATH.
  const interpreter = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const r = spawnSync(interpreter, ['-c', script], { encoding: 'utf8', timeout: 900_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const dir = tempDir('kernels');
  const built = time(() => clusteredGraph(200_000, 1_000_000, 7));
  const { g, src, dst } = built.value;
  out.push({ name: 'build CSR 200k nodes / 1M edges', seconds: built.seconds });
  const holes = time(() => structuralHoles(g));
  out.push({
    name: 'constraint + effective size, all 200k nodes',
    seconds: holes.seconds,
    detail: 'also efficiency and hierarchy in the same pass',
  });
  const between = time(() => betweenness(g, { samples: 64, seed: 1 }));
  out.push({
    name: 'betweenness, 64 sampled sources, 200k nodes',
    seconds: between.seconds,
    detail: `error bound ±${between.value.errorBound?.toFixed(3)} (95 %)`,
  });
  const communities = time(() => louvain(g, { seed: 1 }));
  out.push({
    name: 'Louvain, 200k nodes',
    seconds: communities.seconds,
    detail: `${communities.value.count} communities, modularity ${communities.value.modularity.toFixed(3)}`,
  });

  const edges = join(dir, 'edges.txt');
  const lines: string[] = [];
  for (let e = 0; e < src.length; e++) lines.push(`${src[e]} ${dst[e]}`);
  writeFileSync(edges, `${lines.join('\n')}\n`);
  const igraph = python(`
import time, igraph as ig
g = ig.Graph.Read_Edgelist(${JSON.stringify(edges)}, directed=False)
g.add_vertices(max(0, 200000 - g.vcount()))
t = time.perf_counter(); g.constraint(); print(time.perf_counter() - t)
`);
  out.push(
    igraph === null
      ? {
          name: 'igraph constraint, same graph',
          seconds: Number.NaN,
          detail: 'python3-igraph not installed (apt-get install python3-igraph)',
        }
      : {
          name: 'igraph constraint, same graph',
          seconds: Number(igraph),
          detail: `threefold is ${(Number(igraph) / holes.seconds).toFixed(1)}× igraph's speed`,
        },
  );

  // NetworkX is pure Python (Debian's 2.8 takes minutes even here): compare on a 2,000-node /
  // 10,000-edge graph of the same kind.
  const small = clusteredGraph(2_000, 10_000, 3);
  const ours = time(() => structuralHoles(small.g));
  const smallEdges = join(dir, 'small.txt');
  const smallLines: string[] = [];
  for (let e = 0; e < small.src.length; e++) smallLines.push(`${small.src[e]} ${small.dst[e]}`);
  writeFileSync(smallEdges, `${smallLines.join('\n')}\n`);
  const nx = python(`
import time, networkx as nx
g = nx.read_edgelist(${JSON.stringify(smallEdges)}, nodetype=int)
t = time.perf_counter(); nx.constraint(g); nx.effective_size(g); print(time.perf_counter() - t)
`);
  out.push({ name: 'threefold constraint + effective size, 2k / 10k', seconds: ours.seconds });
  out.push(
    nx === null
      ? {
          name: 'networkx constraint + effective size, 2k / 10k',
          seconds: Number.NaN,
          detail: 'python3-networkx missing (apt-get install python3-networkx), or it failed',
        }
      : {
          name: 'networkx constraint + effective size, 2k / 10k',
          seconds: Number(nx),
          detail: `threefold is ${(Number(nx) / ours.seconds).toFixed(0)}× networkx's speed`,
        },
  );
  return out;
}
