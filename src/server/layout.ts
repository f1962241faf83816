import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

// Both are CommonJS modules whose typings declare an ES default export; NodeNext resolution
// would type the default import as the namespace, so load them the way Node actually does.
const require = createRequire(import.meta.url);
const circular = require('graphology-layout/circular.js') as {
  assign(graph: UndirectedGraph, options?: { scale?: number }): void;
};
const forceAtlas2 = require('graphology-layout-forceatlas2') as {
  inferSettings(graph: UndirectedGraph): ForceAtlas2Settings;
  assign(
    graph: UndirectedGraph,
    params: { iterations: number; getEdgeWeight?: string; settings?: ForceAtlas2Settings },
  ): void;
};

export interface LayoutInput {
  /** Node ids; `centre` (the owner) is pinned at the origin. */
  ids: readonly string[];
  edges: readonly (readonly [string, string, number])[];
  centre?: string;
  /** The last layout of this network: nodes keep their places so the map does not jump on an edit. */
  previous?: ReadonlyMap<string, { x: number; y: number }>;
  /**
   * Nodes with a previous place stay exactly there and only the others move, starting beside the
   * people they know: a quick layout of part of the map while the whole one is under way.
   */
  keepPrevious?: boolean;
}

export interface Positions {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Fewer ForceAtlas2 iterations on big graphs: each costs O(n log n + m) with Barnes-Hut, and a
 * 20k-node map must stay within a couple of seconds on a small machine.
 */
export function iterationsFor(n: number): number {
  if (n <= 500) return 300;
  if (n <= 2_000) return 150;
  if (n <= 10_000) return 60;
  return 30;
}

/**
 * A deterministic map layout: circular seed (stable, no randomness), then ForceAtlas2 with edge
 * weights (strong ties pull closer), the owner pinned at the centre. Same input, same picture.
 */
export function computeLayout(input: LayoutInput): Positions {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const id of input.ids) graph.addNode(id);
  for (const [a, b, w] of input.edges) {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) continue;
    if (graph.hasEdge(a, b)) continue;
    graph.addEdge(a, b, { weight: w });
  }
  circular.assign(graph, { scale: Math.max(100, Math.sqrt(graph.order) * 20) });
  let kept = 0;
  if (input.previous) {
    for (const id of input.ids) {
      const p = input.previous.get(id);
      if (p) {
        graph.mergeNodeAttributes(id, { x: p.x, y: p.y });
        kept++;
      }
    }
  }
  if (input.centre !== undefined && graph.hasNode(input.centre)) {
    graph.mergeNodeAttributes(input.centre, { x: 0, y: 0, fixed: true });
  }
  if (input.keepPrevious && input.previous) {
    placeBesideKnown(graph, input.previous, input.centre);
  } else if (graph.order > 1 && graph.size > 0) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      // Starting from the previous picture only needs a short settling run.
      iterations:
        kept > graph.order * 0.9 ? Math.ceil(iterationsFor(graph.order) / 5) : iterationsFor(graph.order),
      getEdgeWeight: 'weight',
      settings: { ...settings, barnesHutOptimize: graph.order > 1000, edgeWeightInfluence: 1 },
    });
  }
  return positionsOf(graph, input.ids);
}

/** Golden angle: newcomers beside the same people turn apart instead of landing on one spot. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Of the ties between people already placed, the median length: how far a newcomer starts from them. */
function typicalTieLength(graph: UndirectedGraph, placed: Map<string, { x: number; y: number }>): number {
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    if (lengths.length >= 2000) return;
    const a = placed.get(s);
    const b = placed.get(t);
    if (a && b) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  lengths.sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1];
  return median !== undefined && median > 0 ? median : Math.max(10, Math.sqrt(graph.order) * 2);
}

/**
 * Keeps everyone with a previous place there and places newcomers outwards from the people they
 * know, a tie's typical length away, nearest first, so a chain of newcomers (a path to someone
 * far) reaches out. No ForceAtlas2 run: with everyone else pinned it folds such a chain back
 * onto itself, names on top of one another. Newcomers tied to no one placed keep their place on
 * the seed circle.
 */
function placeBesideKnown(
  graph: UndirectedGraph,
  previous: ReadonlyMap<string, { x: number; y: number }>,
  centre: string | undefined,
): void {
  const placed = new Map<string, { x: number; y: number }>();
  if (centre !== undefined && graph.hasNode(centre)) placed.set(centre, { x: 0, y: 0 });
  graph.forEachNode((id) => {
    const p = id === centre ? undefined : previous.get(id);
    if (!p) return;
    graph.setNodeAttribute(id, 'fixed', true);
    placed.set(id, p);
  });
  if (placed.size === graph.order) return;
  const step = typicalTieLength(graph, placed);
  // Nearest first: the newcomers tied to someone placed, then those tied to them, and so on.
  const queue: string[] = [];
  const queued = new Set<string>();
  const enqueueAround = (id: string) =>
    graph.forEachNeighbor(id, (other) => {
      if (placed.has(other) || queued.has(other)) return;
      queued.add(other);
      queue.push(other);
    });
  for (const id of placed.keys()) enqueueAround(id);
  for (let k = 0; k < queue.length; k++) {
    const id = queue[k]!;
    let sx = 0;
    let sy = 0;
    let known = 0;
    graph.forEachNeighbor(id, (other) => {
      const p = placed.get(other);
      if (!p) return;
      sx += p.x;
      sy += p.y;
      known++;
    });
    const mx = sx / known;
    const my = sy / known;
    // Outwards from the centre, turned a little differently for each newcomer so they fan out.
    const turn = ((k * GOLDEN_ANGLE) % 1) - 0.5;
    const out = Math.hypot(mx, my) > 1e-9 ? Math.atan2(my, mx) : k * GOLDEN_ANGLE;
    const p = { x: mx + Math.cos(out + turn) * step, y: my + Math.sin(out + turn) * step };
    graph.mergeNodeAttributes(id, p);
    placed.set(id, p);
    enqueueAround(id);
  }
}

function positionsOf(graph: UndirectedGraph, ids: readonly string[]): Positions {
  const x = new Float64Array(ids.length);
  const y = new Float64Array(ids.length);
  ids.forEach((id, i) => {
    const attrs = graph.getNodeAttributes(id) as { x: number; y: number };
    x[i] = Number.isFinite(attrs.x) ? attrs.x : 0;
    y[i] = Number.isFinite(attrs.y) ? attrs.y : 0;
  });
  return { x, y };
}
