import type { Database as Sqlite } from 'better-sqlite3';
import type { InteractionGroups, KeptKernels } from '../core/analysis/kept-kernels.js';
import { type Betweenness, type CsrGraph, graphFingerprint, wordsFingerprint } from '../core/graph/index.js';
import { type BetweennessResult, betweennessAside } from '../workers/betweenness.js';
import { keepBytes, keptBytes } from './derived.js';
import { revision, type Store } from './open.js';

/**
 * Kernels kept for the network's revision and the very graph they were computed on (its
 * fingerprint heads the bytes): the owner's edges carry strengths that change with the date,
 * so a graph of another day computes them again and keeps its own. Kept as float64 header
 * words followed by the values, laid over the bytes as they come back.
 */
const COMMUNITIES = 'communities/1';
const HOLES = 'structural-holes/1';
const BETWEENNESS = 'betweenness/1';
const INTERACTION_GROUPS = 'interaction-groups/1';
const CLUSTER_NAMES = 'cluster-names/1';
const OWNER_HOLES = 'owner-holes/1';

function header(bytes: Uint8Array | undefined, words: number): Float64Array | undefined {
  if (!bytes || bytes.byteLength < words * 8 || bytes.byteOffset % 8 !== 0) return undefined;
  return new Float64Array(bytes.buffer, bytes.byteOffset, words);
}

export function keptKernels(sqlite: Sqlite, at: number): KeptKernels {
  // One fingerprint per graph: both kernels of a run check the same one.
  let printed: { graph: CsrGraph; print: [number, number] } | undefined;
  const fingerprint = (graph: CsrGraph) => {
    if (printed?.graph !== graph) printed = { graph, print: graphFingerprint(graph) };
    return printed.print;
  };
  return {
    communities(graph, seed, compute) {
      const [a, b] = fingerprint(graph);
      const bytes = keptBytes(sqlite, COMMUNITIES, at);
      const head = header(bytes, 6);
      if (
        head &&
        head[0] === a &&
        head[1] === b &&
        head[2] === seed &&
        head[3] === graph.n &&
        bytes!.byteLength === 48 + 4 * graph.n
      )
        return {
          community: new Int32Array(bytes!.buffer, bytes!.byteOffset + 48, graph.n),
          count: head[4]!,
          modularity: head[5]!,
        };
      const computed = compute();
      const out = new Uint8Array(48 + 4 * graph.n);
      new Float64Array(out.buffer, 0, 6).set([a, b, seed, graph.n, computed.count, computed.modularity]);
      new Int32Array(out.buffer, 48, graph.n).set(computed.community);
      keepBytes(sqlite, COMMUNITIES, at, out);
      return computed;
    },
    holes(graph, compute) {
      const [a, b] = fingerprint(graph);
      const n = graph.n;
      const bytes = keptBytes(sqlite, HOLES, at);
      const head = header(bytes, 3);
      if (head && head[0] === a && head[1] === b && head[2] === n && bytes!.byteLength === 24 + 32 * n) {
        const column = (k: number) => new Float64Array(bytes!.buffer, bytes!.byteOffset + 24 + 8 * n * k, n);
        return {
          constraint: column(0),
          effectiveSize: column(1),
          efficiency: column(2),
          hierarchy: column(3),
        };
      }
      const computed = compute();
      const out = new Float64Array(3 + 4 * n);
      out.set([a, b, n]);
      out.set(computed.constraint, 3);
      out.set(computed.effectiveSize, 3 + n);
      out.set(computed.efficiency, 3 + 2 * n);
      out.set(computed.hierarchy, 3 + 3 * n);
      keepBytes(sqlite, HOLES, at, new Uint8Array(out.buffer));
      return computed;
    },
    ownerHoles(graph, compute) {
      // The graph's fingerprint and node count, then the owner's four measures (float64 words).
      const [a, b] = fingerprint(graph);
      const head = header(keptBytes(sqlite, OWNER_HOLES, at), 7);
      if (head && head[0] === a && head[1] === b && head[2] === graph.n)
        return { constraint: head[3]!, effectiveSize: head[4]!, efficiency: head[5]!, hierarchy: head[6]! };
      const computed = compute();
      const out = new Float64Array([
        a,
        b,
        graph.n,
        computed.constraint,
        computed.effectiveSize,
        computed.efficiency,
        computed.hierarchy,
      ]);
      keepBytes(sqlite, OWNER_HOLES, at, new Uint8Array(out.buffer));
      return computed;
    },
    clusterNames(communities, compute) {
      // Kept as float64 words: the clusters' fingerprint (of their count and each node's
      // cluster), then the names as JSON text.
      const { community, count } = communities;
      const [a, b] = wordsFingerprint(count, [
        new Uint32Array(community.buffer, community.byteOffset, community.length),
      ]);
      const bytes = keptBytes(sqlite, CLUSTER_NAMES, at);
      const head = header(bytes, 2);
      if (head && head[0] === a && head[1] === b) {
        try {
          const names: unknown = JSON.parse(
            Buffer.from(bytes!.buffer, bytes!.byteOffset + 16, bytes!.byteLength - 16).toString('utf8'),
          );
          if (Array.isArray(names) && names.length === count && names.every((n) => typeof n === 'string'))
            return names as string[];
        } catch {
          // Not what this version writes: named again.
        }
      }
      const computed = compute();
      const text = Buffer.from(JSON.stringify(computed), 'utf8');
      const out = new Uint8Array(16 + text.byteLength);
      new Float64Array(out.buffer, 0, 2).set([a, b]);
      out.set(text, 16);
      keepBytes(sqlite, CLUSTER_NAMES, at, out);
      return computed;
    },
    interactionGroups(shape, compute) {
      // Kept as 32-bit words: the interactions, the slots, the grouped entries and the slots in
      // order; then `start`, `byPerson` and `order`. The revision fixes the interactions and
      // the people, so their counts are a check, not the key.
      const bytes = keptBytes(sqlite, INTERACTION_GROUPS, at);
      if (bytes && bytes.byteLength >= 16 && bytes.byteOffset % 4 === 0) {
        const [n, slots, grouped, ordered] = new Uint32Array(bytes.buffer, bytes.byteOffset, 4);
        if (
          n === shape.interactions &&
          slots === shape.slots &&
          bytes.byteLength === 4 * (4 + slots + 1 + grouped! + ordered!)
        ) {
          const words = (from: number, count: number) =>
            new Int32Array(bytes.buffer, bytes.byteOffset + 4 * from, count);
          return {
            start: words(4, slots + 1),
            byPerson: words(5 + slots, grouped!),
            order: words(5 + slots + grouped!, ordered!),
          };
        }
      }
      const computed: InteractionGroups = compute();
      const { start, byPerson, order } = computed;
      const out = new Int32Array(4 + start.length + byPerson.length + order.length);
      out.set([shape.interactions, shape.slots, byPerson.length, order.length]);
      out.set(start, 4);
      out.set(byPerson, 4 + start.length);
      out.set(order, 4 + start.length + byPerson.length);
      keepBytes(sqlite, INTERACTION_GROUPS, at, new Uint8Array(out.buffer));
      return computed;
    },
  };
}

/** The options betweenness was computed with: kept betweenness counts only for the same ones. */
export interface BetweennessOptions {
  exactUpTo: number;
  samples: number;
  seed: number;
}

/**
 * Betweenness kept for revision `at` with these options. It runs on hops over the people's
 * ties and the owner's relationships, all of which the revision fixes, so it needs no
 * fingerprint: any write moves the revision on and it is computed again.
 */
export function keptBetweenness(
  sqlite: Sqlite,
  at: number,
  options: BetweennessOptions,
): Betweenness | undefined {
  const bytes = keptBytes(sqlite, BETWEENNESS, at);
  const head = header(bytes, 7);
  if (!head || head[0] !== options.exactUpTo || head[1] !== options.samples || head[2] !== options.seed)
    return undefined;
  const n = head[3]!;
  if (bytes!.byteLength !== 56 + 8 * n) return undefined;
  return {
    values: new Float64Array(bytes!.buffer, bytes!.byteOffset + 56, n),
    exact: head[4] === 1,
    samples: head[5]!,
    errorBound: Number.isNaN(head[6]!) ? null : head[6]!,
  };
}

export function keepBetweenness(
  sqlite: Sqlite,
  at: number,
  options: BetweennessOptions,
  computed: Betweenness,
): void {
  const n = computed.values.length;
  const out = new Float64Array(7 + n);
  out.set([
    options.exactUpTo,
    options.samples,
    options.seed,
    n,
    computed.exact ? 1 : 0,
    computed.samples,
    computed.errorBound ?? Number.NaN,
  ]);
  out.set(computed.values, 7);
  keepBytes(sqlite, BETWEENNESS, at, new Uint8Array(out.buffer));
}

/**
 * Betweenness of the stored network as kept for its revision, or else computed on another
 * thread (`betweennessAside`) and kept when it comes back for the revision it was read at.
 */
export async function betweennessKeptOrAside(
  store: Store,
  options: BetweennessOptions,
): Promise<BetweennessResult | null> {
  const at = revision(store.sqlite);
  const kept = keptBetweenness(store.sqlite, at, options);
  if (kept) return { revision: at, betweenness: kept };
  const computed = await betweennessAside({ dbPath: store.path, options });
  if (computed) keepBetweenness(store.sqlite, computed.revision, options, computed.betweenness);
  return computed;
}
