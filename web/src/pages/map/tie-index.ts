// Every tie of a large network, kept beside the graph sigma draws rather than in it: above
// SPARSE_TIES the map draws only some ties (map-ties.ts), and asks here for a person's ties when
// they are picked or pointed at. Compressed rows (offsets into one array of neighbours), so
// 200,000 ties cost two typed arrays instead of 400,000 objects.
import type { NetworkMap } from '../../api/types';

export interface TieIndex {
  /** The ties of `id`: the other person and the strength (1..5), in the API's order. */
  tiesOf(id: string): [string, number][];
  /** The strength of the tie between two people, or undefined when there is none. */
  strength(a: string, b: string): number | undefined;
  /** How many ties the network has (a pair given twice counts twice). */
  size: number;
}

export function tieIndex(network: NetworkMap): TieIndex {
  const { nodes, edges } = network;
  const n = nodes.length;
  const position = new Map<string, number>();
  for (let i = 0; i < n; i++) position.set(nodes[i]!.id, i);
  const degree = new Int32Array(n + 1);
  for (const [s, t] of edges) {
    if (s === t || s >= n || t >= n) continue;
    degree[s + 1]!++;
    degree[t + 1]!++;
  }
  const offsets = degree;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const others = new Int32Array(offsets[n]!);
  const strengths = new Uint8Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (const [s, t, strength] of edges) {
    if (s === t || s >= n || t >= n) continue;
    others[fill[s]!] = t;
    strengths[fill[s]!++] = strength;
    others[fill[t]!] = s;
    strengths[fill[t]!++] = strength;
  }
  const tiesOf = (id: string): [string, number][] => {
    const i = position.get(id);
    if (i === undefined) return [];
    const out: [string, number][] = [];
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) out.push([nodes[others[k]!]!.id, strengths[k]!]);
    return out;
  };
  return {
    tiesOf,
    strength: (a, b) => {
      const i = position.get(a);
      const j = position.get(b);
      if (i === undefined || j === undefined) return undefined;
      let found: number | undefined;
      // The last of a pair given twice, as graphology's mergeEdge keeps it.
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (others[k] === j) found = strengths[k];
      return found;
    },
    size: edges.length,
  };
}
