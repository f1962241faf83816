// The part of a large network a first look needs: you, the people you know (one step), and
// optionally the people they know (two steps), with the ties among them. A 20,000-person map is
// a hairball that takes seconds to send and draw; this is a few hundred people and their ties.
// Positions, measures and cluster numbers are the whole network's, so the same person keeps the
// same place, colour and cluster name on both views.

/** A map in the API's compact shape: edges are [source, target, strength] by node position. */
export interface CompactMap<N> {
  nodes: readonly N[];
  edges: readonly (readonly [number, number, number])[];
}

export interface EgoOptions {
  /** The owner's node id. */
  owner: string;
  /** 1: you and your contacts; 2: also the people they know. */
  steps: 1 | 2;
  /** At most this many people besides you: your strongest contacts first, then the second step. */
  limit: number;
  /** People shown whatever their distance (the people on a path to someone far), beyond the limit. */
  include?: readonly string[];
}

export interface EgoCounts {
  /** People at this distance from you in the whole network. */
  total: number;
  /** Of them, on this view. */
  shown: number;
}

export interface EgoView<N> {
  nodes: N[];
  edges: [number, number, number][];
  contacts: EgoCounts;
  secondStep: EgoCounts;
}

/**
 * You, your contacts (by the strength of your tie, strongest first, document order between equals)
 * and, with two steps, the people most strongly tied to those contacts, up to `limit` people
 * besides you; the ties among everyone kept, re-indexed. Pure: the map is not changed.
 */
export function egoView<N extends { id: string }>(map: CompactMap<N>, options: EgoOptions): EgoView<N> {
  const n = map.nodes.length;
  const ownerAt = map.nodes.findIndex((node) => node.id === options.owner);
  const limit = Math.max(0, Math.floor(options.limit));
  if (ownerAt < 0) {
    return { nodes: [], edges: [], contacts: { total: 0, shown: 0 }, secondStep: { total: 0, shown: 0 } };
  }
  // Your tie to each contact (the strongest, when a relationship and a tie both join you).
  const yours = new Float64Array(n).fill(-1);
  for (const [s, t, w] of map.edges) {
    if (s === t) continue;
    const other = s === ownerAt ? t : t === ownerAt ? s : -1;
    if (other >= 0 && other < n && w > yours[other]!) yours[other] = w;
  }
  const contacts: number[] = [];
  for (let i = 0; i < n; i++) if (yours[i]! >= 0) contacts.push(i);
  const byScore = (score: Float64Array) => (a: number, b: number) => score[b]! - score[a]! || a - b;
  contacts.sort(byScore(yours));
  const keptContacts = contacts.slice(0, limit);

  const at = new Int32Array(n).fill(-1);
  const kept: number[] = [ownerAt];
  at[ownerAt] = 0;
  for (const i of keptContacts) {
    at[i] = kept.length;
    kept.push(i);
  }

  // Second step: everyone tied to a contact (kept or not) but not to you, scored by the strength
  // of their ties to the contacts shown, so those drawn hang off people on the map.
  const tiedToShown = new Float64Array(n);
  const second = new Uint8Array(n);
  let secondTotal = 0;
  if (options.steps === 2) {
    for (const [s, t, w] of map.edges) {
      for (const [a, b] of [
        [s, t],
        [t, s],
      ] as const) {
        if (a === ownerAt || b === ownerAt || yours[a]! < 0 || yours[b]! >= 0) continue;
        if (second[b] === 0) {
          second[b] = 1;
          secondTotal++;
        }
        if (at[a]! >= 0) tiedToShown[b]! += w;
      }
    }
    const candidates: number[] = [];
    for (let i = 0; i < n; i++) if (second[i] === 1 && tiedToShown[i]! > 0) candidates.push(i);
    candidates.sort(byScore(tiedToShown));
    for (const i of candidates.slice(0, limit - keptContacts.length)) {
      at[i] = kept.length;
      kept.push(i);
    }
  }

  if (options.include?.length) {
    const wanted = new Set(options.include);
    map.nodes.forEach((node, i) => {
      if (wanted.has(node.id) && at[i] === -1) {
        at[i] = kept.length;
        kept.push(i);
      }
    });
  }

  const edges: [number, number, number][] = [];
  for (const [s, t, w] of map.edges) {
    const a = at[s] ?? -1;
    const b = at[t] ?? -1;
    if (a >= 0 && b >= 0 && a !== b) edges.push([a, b, w]);
  }
  return {
    nodes: kept.map((i) => map.nodes[i]!),
    edges,
    contacts: { total: contacts.length, shown: keptContacts.length },
    secondStep: {
      total: secondTotal,
      shown: kept.slice(1 + keptContacts.length).filter((i) => second[i] === 1 && tiedToShown[i]! > 0).length,
    },
  };
}
