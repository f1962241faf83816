// Which ties a large map draws (above SPARSE_TIES): your own ties are in the graph from the start;
// the ties of the person picked, of the person pointed at and of a highlighted path are added to
// the graph while they are wanted and dropped after. Sigma processes only the ties that come and
// go, and each frame draws a few hundred lines instead of every tie in the network.
import { edgeStyle, type MapGraph } from './map-graph';
import type { TieIndex } from './tie-index';

export type TieReason = 'selected' | 'hovered' | 'path';

export interface TieLayer {
  /** Draws these ties for `reason`, replacing what it drew before; returns their edge keys. */
  show(reason: TieReason, pairs: readonly [string, string][]): string[];
  /** The ties of one person, as pairs for `show`. */
  tiesOf(id: string): [string, string][];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * `allow` leaves out the ties a filter hides (either end hidden, or weaker than asked), so a tie
 * that comes in while a filter is on is not drawn.
 */
export function attachTieLayer(
  graph: MapGraph,
  ties: TieIndex,
  allow: (source: string, target: string, strength: number) => boolean,
): TieLayer {
  const wanted = new Map<TieReason, Set<string>>();
  /** The edges this layer put in the graph, by pair key; your own ties were there before. */
  const added = new Map<string, string>();
  const ends = new Map<string, [string, string]>();

  const show = (reason: TieReason, pairs: readonly [string, string][]): string[] => {
    const keys = new Set<string>();
    const edgeKeys: string[] = [];
    for (const [a, b] of pairs) {
      if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) continue;
      const key = pairKey(a, b);
      keys.add(key);
      ends.set(key, [a, b]);
    }
    wanted.set(reason, keys);
    const union = new Set<string>();
    for (const set of wanted.values()) for (const k of set) union.add(k);
    for (const [k, edge] of added)
      if (!union.has(k)) {
        if (graph.hasEdge(edge)) graph.dropEdge(edge);
        added.delete(k);
        ends.delete(k);
      }
    for (const k of keys) {
      const [a, b] = ends.get(k)!;
      const existing = graph.edge(a, b);
      if (existing !== undefined) {
        edgeKeys.push(existing);
        continue;
      }
      const strength = ties.strength(a, b);
      if (strength === undefined || !allow(a, b, strength)) continue;
      graph.addEdgeWithKey(k, a, b, { strength, ...edgeStyle(strength, false) });
      added.set(k, k);
      edgeKeys.push(k);
    }
    return edgeKeys;
  };

  return {
    show,
    tiesOf: (id) => ties.tiesOf(id).map(([other]) => [id, other]),
  };
}
