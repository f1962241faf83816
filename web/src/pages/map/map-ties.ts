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
  /** The edges this layer put in the graph (keyed by pair); your own ties were there before. */
  const added = new Set<string>();

  const show = (reason: TieReason, pairs: readonly [string, string][]): string[] => {
    const keys = new Map<string, [string, string]>();
    const edgeKeys: string[] = [];
    for (const [a, b] of pairs)
      if (a !== b && graph.hasNode(a) && graph.hasNode(b)) keys.set(pairKey(a, b), [a, b]);
    wanted.set(reason, new Set(keys.keys()));
    const union = new Set<string>();
    for (const set of wanted.values()) for (const k of set) union.add(k);
    for (const k of added)
      if (!union.has(k)) {
        if (graph.hasEdge(k)) graph.dropEdge(k);
        added.delete(k);
      }
    for (const [k, [a, b]] of keys) {
      const existing = graph.edge(a, b);
      if (existing !== undefined) {
        edgeKeys.push(existing);
        continue;
      }
      const strength = ties.strength(a, b);
      if (strength === undefined || !allow(a, b, strength)) continue;
      graph.addEdgeWithKey(k, a, b, { strength, ...edgeStyle(strength, false) });
      added.add(k);
      edgeKeys.push(k);
    }
    return edgeKeys;
  };

  return {
    show,
    tiesOf: (id) => ties.tiesOf(id).map(([other]) => [id, other]),
  };
}
