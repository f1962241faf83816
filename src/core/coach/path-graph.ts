import { daysBetween, toMs } from '../analysis/time.js';
import { effectiveStrength } from '../analysis/view.js';
import { fromEdgeArrays } from '../graph/csr.js';
import { type CsrGraph, type CsrRows, withHub } from '../graph/index.js';
import { type Network, OWNER_ID } from '../model.js';

/**
 * The graph `strongestPaths` searches, built from only what its weights depend on, so `path`
 * need not read the whole network nor build the full analysis view. It is the very graph
 * `buildNetworkView` builds (same nodes in the same order, same edges, same weights):
 *   - node 0 is the owner, node i + 1 the i-th person in document order;
 *   - a tie between two people weighs (strength ?? 2) / 5;
 *   - the owner's edge to each person with a relationship weighs that contact's effective
 *     strength (`effectiveStrength`): stated strength (2 when unstated) adjusted by the day of
 *     the last past interaction with them and how many past interactions fell in the last 365
 *     days, all relative to the end of `asOf`, and only when the network records any past
 *     interaction at all.
 */
export interface PathGraphInput {
  /** Person ids in document order. */
  people: readonly string[];
  /** The ties among people compiled over `people`'s indices, each weighing (strength ?? 2) / 5. */
  ties: CsrRows;
  /** The owner's relationships: the person and the stated strength (null when unstated). */
  contacts: ReadonlyArray<ContactActivity>;
  /** Whether any interaction lies on or before `asOf`. */
  hasInteractions: boolean;
  asOf: string;
}

export interface ContactActivity {
  person: string;
  strength: number | null;
  /** The latest date (in string order) of a past interaction they attended, or null. */
  lastContact: string | null;
  /** Past interactions they attended within 365 days of `asOf`, each counted once. */
  lastYear: number;
}

/** The end of `asOf`'s day in ms: the whole day counts as past, as in `buildNetworkView`. */
export const asOfEnd = (asOf: string): number => toMs(asOf) + 86_399_999;

/**
 * Sorts interaction dates as `buildNetworkView` does: `past` (on or before the end of `asOf`)
 * and `recent` (past, and within 365 days). Throws on a date that does not parse, as the view does.
 */
export function classifyDates(
  dates: readonly string[],
  asOf: string,
): { past: string[]; recent: Set<string> } {
  const end = asOfEnd(asOf);
  const past: string[] = [];
  const recent = new Set<string>();
  for (const d of dates) {
    if (toMs(d) > end) continue;
    past.push(d);
    if (daysBetween(d, end) <= 365) recent.add(d);
  }
  return { past, recent };
}

export function buildPathGraph(input: PathGraphInput): CsrGraph {
  const { people } = input;
  const ids = new Array<string>(people.length + 1);
  ids[0] = OWNER_ID;
  const index = new Map<string, number>();
  index.set(OWNER_ID, 0);
  for (let i = 0; i < people.length; i++) {
    const id = people[i]!;
    if (index.has(id)) throw new Error(`duplicate node id "${id}"`);
    ids[i + 1] = id;
    index.set(id, i + 1);
  }
  const { ties, contacts } = input;
  if (ties.n !== people.length) throw new Error(`ties compiled over ${ties.n} people, not ${people.length}`);
  const spokes = new Uint32Array(contacts.length);
  const weights = new Float64Array(contacts.length);
  let e = 0;
  const end = asOfEnd(input.asOf);
  for (const c of contacts) {
    const v = index.get(c.person);
    if (v === undefined) continue; // the view skips a relationship with no such person
    const daysSince = c.lastContact === null ? null : daysBetween(c.lastContact, end);
    spokes[e] = v;
    weights[e++] = effectiveStrength(c.strength ?? 2, daysSince, c.lastYear, input.hasInteractions);
  }
  return withHub(ids, index, ties, spokes.subarray(0, e), weights.subarray(0, e));
}

/**
 * `PathGraphInput` from a whole network held as records: what a store that keeps no compiled
 * ties hands `buildPathGraph` (the embedded store computes the same in SQL, path-read.ts).
 */
export function pathInputOf(network: Network, asOf: string): PathGraphInput {
  const people = network.people.map((p) => p.id);
  const index = new Map<string, number>();
  people.forEach((id, i) => index.set(id, i));
  const src: number[] = [];
  const dst: number[] = [];
  const wts: number[] = [];
  for (const t of network.ties ?? []) {
    const u = index.get(t.a);
    const v = index.get(t.b);
    if (u === undefined || v === undefined || u === v) continue;
    src.push(u);
    dst.push(v);
    wts.push((t.strength ?? 2) / 5);
  }
  const { n, offsets, neighbors, weights } = fromEdgeArrays(people, index, src, dst, wts);

  const interactions = network.interactions ?? [];
  const { past, recent } = classifyDates([...new Set(interactions.map((i) => i.date))], asOf);
  const isPast = new Set(past);
  const contacts = new Map<string, ContactActivity>();
  for (const r of network.relationships ?? [])
    contacts.set(r.person, {
      person: r.person,
      strength: r.strength ?? null,
      lastContact: null,
      lastYear: 0,
    });
  for (const i of interactions) {
    if (!isPast.has(i.date)) continue;
    for (const person of new Set(i.people)) {
      const c = contacts.get(person);
      if (!c) continue;
      if (c.lastContact === null || i.date > c.lastContact) c.lastContact = i.date;
      if (recent.has(i.date)) c.lastYear++;
    }
  }
  return {
    people,
    ties: { n, offsets, neighbors, weights },
    contacts: [...contacts.values()],
    hasInteractions: past.length > 0,
    asOf,
  };
}
