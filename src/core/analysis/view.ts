import { DEFAULT_CONFIG, type DiagnosticConfig } from '../findings/config.js';
import { type CsrGraph, type CsrRows, fromEdgeArrays, withHub } from '../graph/index.js';
import { type Interaction, type Network, OWNER_ID, type Person, type Relationship } from '../model.js';
import type { Form, Role } from '../vocabulary.js';
import { LazyMap } from './lazy-map.js';
import { DAY_MS, toMs } from './time.js';

export type CadenceState = 'ok' | 'due' | 'overdue' | 'dormant' | 'unknown';

/** The owner's relationship with one person, with everything the diagnostics derive from it. */
export interface Contact {
  id: string;
  person: Person;
  relationship: Relationship;
  internal: boolean;
  forms: Form[];
  formsInferred: boolean;
  /** Stated strength 1..5 (2 when the relationship does not say). */
  statedStrength: number;
  /** Effective tie strength in (0, 1]: stated strength adjusted by recency and frequency of contact. */
  strength: number;
  lastContact: string | null;
  daysSinceContact: number | null;
  interactionsLastYear: number;
  cadenceDays: number;
  cadenceExplicit: boolean;
  cadenceState: CadenceState;
  /** No contact within the stated cadence, or within `dormantDays` when none is stated. */
  lapsed: boolean;
  /** Has power over the owner's work (role, seniority, or goal influence). */
  powerful: boolean;
  /** Knows both people inside and people outside the owner's organisation. */
  bridge: boolean;
}

export interface NetworkView {
  network: Network;
  asOf: string;
  asOfMs: number;
  config: DiagnosticConfig;
  /** Node 0 is the owner; node i + 1 is network.people[i]. */
  graph: CsrGraph;
  people: ReadonlyMap<string, Person>;
  isInternal(personId: string): boolean;
  contacts: Contact[];
  contactById: ReadonlyMap<string, Contact>;
  /** Each person's interactions with the owner, oldest first. */
  interactionsOf: InteractionLists;
  /** Highest influence of each person over any goal. */
  influence: ReadonlyMap<string, number>;
  hasInteractions: boolean;
  /** The date of each of `network.interactions` (same index) in ms, each distinct date parsed once. */
  interactionMs: Float64Array;
  /** Whole days from each of `network.interactions` (same index) to asOf, as `daysBetween` counts them. */
  interactionDays: Float64Array;
}

const POWER_ROLES: ReadonlySet<Role> = new Set(['superior', 'board', 'sponsor', 'investor', 'regulator']);
const OPERATIONAL_ROLES: ReadonlySet<Role> = new Set(['superior', 'direct-report', 'peer']);
/** Cadence when the relationship states none, by its first form (days). */
export const DEFAULT_CADENCE: Record<Form, number> = { operational: 30, strategic: 60, personal: 90 };

/**
 * Effective tie strength (documented in docs/measures.md):
 *   base      = stated strength / 5                      (2/5 when not stated)
 *   recency   = exp(-days since last contact / 180)      (0 when never in touch)
 *   frequency = min(1, interactions in the last 365 days / 12)
 *   strength  = base * (0.6 + 0.4 * (recency + frequency) / 2)
 * applied only when the network records interactions at all; otherwise strength = base. A tie
 * kept alive by contact keeps its stated strength; one left alone decays to 60 % of it.
 */
export function effectiveStrength(
  stated: number,
  daysSince: number | null,
  lastYear: number,
  hasInteractions: boolean,
): number {
  const base = stated / 5;
  if (!hasInteractions) return base;
  const recency = daysSince === null ? 0 : Math.exp(-Math.max(0, daysSince) / 180);
  const frequency = Math.min(1, lastYear / 12);
  return base * (0.6 + (0.4 * (recency + frequency)) / 2);
}

/**
 * Each person's interactions, oldest first: a read-only map whose lists are cut from one index
 * (interaction numbers grouped by person, each group in date order) when first read. The
 * analysis reads the lists of a few hundred contacts, not those of the tens of thousands of
 * people a large network holds; iterating materialises every list, in the order people first
 * appear among the interactions. The same list object is returned on every read.
 */
export class InteractionLists extends LazyMap<Interaction[]> {
  readonly #lists: Array<Interaction[] | undefined> = [];

  constructor(
    private readonly interactions: readonly Interaction[],
    /** The graph's node ids; a person's slot is their node. */
    private readonly ids: readonly string[],
    private readonly nodes: ReadonlyMap<string, number>,
    /** Slots past the graph's nodes, for attendees the graph lacks. */
    private readonly extraSlots: ReadonlyMap<string, number>,
    private readonly extraIds: readonly string[],
    /** Slots with at least one interaction, in order of first appearance. */
    private readonly order: readonly number[],
    /** Slot s's interactions are byPerson[start[s] .. start[s + 1]), oldest first. */
    private readonly start: Int32Array,
    private readonly byPerson: Int32Array,
  ) {
    super();
  }

  get size(): number {
    return this.order.length;
  }

  #slot(id: string): number | undefined {
    const slot = this.nodes.get(id) ?? this.extraSlots.get(id);
    return slot !== undefined && this.start[slot + 1]! > this.start[slot]! ? slot : undefined;
  }

  #id(slot: number): string {
    return slot < this.ids.length ? this.ids[slot]! : this.extraIds[slot - this.ids.length]!;
  }

  #list(slot: number): Interaction[] {
    let list = this.#lists[slot];
    if (list === undefined) {
      const from = this.start[slot]!;
      list = new Array<Interaction>(this.start[slot + 1]! - from);
      for (let j = 0; j < list.length; j++) list[j] = this.interactions[this.byPerson[from + j]!]!;
      this.#lists[slot] = list;
    }
    return list;
  }

  get(id: string): Interaction[] | undefined {
    const slot = this.#slot(id);
    return slot === undefined ? undefined : this.#list(slot);
  }

  has(id: string): boolean {
    return this.#slot(id) !== undefined;
  }

  /**
   * The people, in map order, with at least `min` interactions all of which pass `test`,
   * without materialising their lists.
   */
  whoseInteractionsAll(min: number, test: (it: Interaction) => boolean): string[] {
    const out: string[] = [];
    for (const slot of this.order) {
      const from = this.start[slot]!;
      const to = this.start[slot + 1]!;
      if (to - from < min) continue;
      let all = true;
      for (let j = from; j < to && all; j++) all = test(this.interactions[this.byPerson[j]!]!);
      if (all) out.push(this.#id(slot));
    }
    return out;
  }

  protected build(): Map<string, Interaction[]> {
    const all = new Map<string, Interaction[]>();
    for (const slot of this.order) all.set(this.#id(slot), this.#list(slot));
    return all;
  }
}

/**
 * The people by id, answered through the graph's node index (node i + 1 is people[i], ids
 * unique) instead of a second map of every id. Iterating builds that map, in document order.
 */
export class PeopleById extends LazyMap<Person> {
  constructor(
    private readonly list: readonly Person[],
    private readonly nodes: ReadonlyMap<string, number>,
  ) {
    super();
  }

  get size(): number {
    return this.list.length;
  }

  get(id: string): Person | undefined {
    const node = this.nodes.get(id);
    return node === undefined || node === 0 ? undefined : this.list[node - 1];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  protected build(): Map<string, Person> {
    return new Map(this.list.map((p) => [p.id, p]));
  }
}

export function cadenceState(
  daysSince: number | null,
  cadence: number,
  hasInteractions: boolean,
): CadenceState {
  if (!hasInteractions) return 'unknown';
  if (daysSince === null) return 'dormant';
  if (daysSince <= 0.8 * cadence) return 'ok';
  if (daysSince <= cadence) return 'due';
  if (daysSince <= 3 * cadence) return 'overdue';
  return 'dormant';
}

/**
 * `ties`, when given, are the network's ties among `network.people` already compiled over the
 * people's order (weights (strength ?? 2) / 5, as below); `network.ties` is then not read. The
 * store keeps them compiled between runs, so a large network need not bring its ties in as records.
 */
export function buildNetworkView(
  network: Network,
  asOf: string,
  overrides: Partial<DiagnosticConfig> = {},
  ties?: CsrRows,
): NetworkView {
  const config = { ...DEFAULT_CONFIG, ...overrides };
  const asOfMs = toMs(asOf) + 86_399_999; // the whole day of asOf counts as past
  const owner = network.owner;

  const all = network.interactions ?? [];
  // Each interaction's date as a small number: the few distinct dates are parsed once, in
  // document order (so a bad date fails as it always did); after this one Map lookup per
  // interaction, no pass below touches a date string again.
  const dateIdOf = new Map<string, number>();
  const pastDate: boolean[] = [];
  const msOfDate: number[] = [];
  const dateIds = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const date = all[i]!.date;
    let d = dateIdOf.get(date);
    if (d === undefined) {
      d = pastDate.length;
      dateIdOf.set(date, d);
      const ms = toMs(date);
      msOfDate.push(ms);
      pastDate.push(ms <= asOfMs); // the future has not happened yet
    }
    dateIds[i] = d;
  }
  const interactionMs = new Float64Array(all.length);
  const interactionDays = new Float64Array(all.length);
  const daysOfDate = msOfDate.map((ms) => Math.floor((asOfMs - ms) / DAY_MS)); // = daysBetween
  for (let i = 0; i < all.length; i++) {
    interactionMs[i] = msOfDate[dateIds[i]!]!;
    interactionDays[i] = daysOfDate[dateIds[i]!]!;
  }

  // The graph's nodes, resolved once: they also number the people attending interactions.
  const ids = [OWNER_ID, ...network.people.map((p) => p.id)];
  const index = graphIndex(ids);
  const people = new PeopleById(network.people, index);
  const isInternal = (id: string) => people.get(id)?.organization === owner.organization;

  // Each person's interactions, oldest first (ties in date kept in document order), built
  // without a Map lookup or a growing array per attendee:
  // 1. every past interaction's attendees become slots (their graph node, or a slot past the
  //    nodes for an id the graph lacks), each attendee once, in document order;
  // 2. a counting sort on the ranks of the distinct dates visits the interactions in date
  //    order and groups their indices by slot, so every list comes out already sorted;
  // 3. the lists are cut at their final size and enter the map in the order people first
  //    appear in the document (rules iterate it).
  let hasInteractions = false;
  let attendeeTotal = 0;
  for (let i = 0; i < all.length; i++) if (pastDate[dateIds[i]!]) attendeeTotal += all[i]!.people.length;
  const extraSlot = new Map<string, number>();
  const extraIds: string[] = [];
  const attendeeStart = new Int32Array(all.length + 1);
  const attendees = new Int32Array(attendeeTotal);
  let filled = 0;
  for (let i = 0; i < all.length; i++) {
    if (pastDate[dateIds[i]!]) {
      hasInteractions = true;
      const from = filled;
      for (const p of all[i]!.people) {
        let slot = index.get(p);
        if (slot === undefined) {
          slot = extraSlot.get(p);
          if (slot === undefined) {
            slot = ids.length + extraIds.length;
            extraSlot.set(p, slot);
            extraIds.push(p);
          }
        }
        // Each attendee once (lists are a handful long: a scan beats a Set per interaction).
        let repeated = false;
        for (let a = from; a < filled; a++) if (attendees[a] === slot) repeated = true;
        if (!repeated) attendees[filled++] = slot;
      }
    }
    attendeeStart[i + 1] = filled;
  }
  const slots = ids.length + extraIds.length;
  const slotStart = new Int32Array(slots + 1);
  const firstSeen: number[] = [];
  for (let a = 0; a < filled; a++) if (slotStart[attendees[a]! + 1]!++ === 0) firstSeen.push(attendees[a]!);
  for (let s = 0; s < slots; s++) slotStart[s + 1]! += slotStart[s]!;

  const dateKeys = [...dateIdOf.keys()];
  const dateOrder = dateKeys
    .map((_, d) => d)
    .sort((a, b) => (dateKeys[a]! < dateKeys[b]! ? -1 : dateKeys[a]! > dateKeys[b]! ? 1 : 0));
  const rankOfDate = new Int32Array(dateKeys.length);
  for (let r = 0; r < dateOrder.length; r++) rankOfDate[dateOrder[r]!] = r;
  const rankStart = new Int32Array(dateKeys.length + 1);
  for (let i = 0; i < all.length; i++) rankStart[rankOfDate[dateIds[i]!]! + 1]!++;
  for (let r = 0; r < dateKeys.length; r++) rankStart[r + 1]! += rankStart[r]!;
  const byDate = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) byDate[rankStart[rankOfDate[dateIds[i]!]!]!++] = i;

  const fill = slotStart.slice(0, slots);
  const bySlot = new Int32Array(filled);
  for (let k = 0; k < byDate.length; k++) {
    const i = byDate[k]!;
    for (let a = attendeeStart[i]!; a < attendeeStart[i + 1]!; a++) bySlot[fill[attendees[a]!]!++] = i;
  }
  const interactionsOf = new InteractionLists(
    all,
    ids,
    index,
    extraSlot,
    extraIds,
    firstSeen,
    slotStart,
    bySlot,
  );

  const influence = new Map<string, number>();
  for (const goal of network.goals ?? []) {
    for (const s of goal.stakeholders ?? [])
      influence.set(s.person, Math.max(influence.get(s.person) ?? 0, s.influence));
  }

  // The ties as node pairs, resolved once: the same pairs answer who knows people inside and
  // outside the owner's organisation and become the graph's edges (typed arrays sized up front:
  // a tie and the owner's relationships are at most one edge each).
  const internalNode = new Uint8Array(ids.length);
  for (let i = 1; i < ids.length; i++)
    internalNode[i] = network.people[i - 1]!.organization === owner.organization ? 1 : 0;
  const tieList = ties ? [] : (network.ties ?? []);
  const edgeRoom = tieList.length + (network.relationships?.length ?? 0);
  const src = new Uint32Array(edgeRoom);
  const dst = new Uint32Array(edgeRoom);
  const wts = new Float64Array(edgeRoom);
  let edges = 0;
  const knowsInternal = new Uint8Array(ids.length);
  const knowsExternal = new Uint8Array(ids.length);
  for (const t of tieList) {
    const u = nodeOf(index, t.a);
    const v = nodeOf(index, t.b);
    (internalNode[v] ? knowsInternal : knowsExternal)[u] = 1;
    (internalNode[u] ? knowsInternal : knowsExternal)[v] = 1;
    if (u === v) continue;
    src[edges] = u;
    dst[edges] = v;
    wts[edges++] = (t.strength ?? 2) / 5;
  }
  if (ties) {
    if (ties.n !== network.people.length)
      throw new Error(`ties compiled over ${ties.n} people, not ${network.people.length}`);
    // Rows hold both directions of every tie: each row answers for its own person.
    const { offsets, neighbors } = ties;
    for (let p = 0; p < ties.n; p++) {
      for (let i = offsets[p]!, end = offsets[p + 1]!; i < end; i++)
        (internalNode[neighbors[i]! + 1] ? knowsInternal : knowsExternal)[p + 1] = 1;
    }
  }

  const contacts: Contact[] = [];
  for (const relationship of network.relationships ?? []) {
    const person = people.get(relationship.person);
    if (!person) continue;
    const internal = isInternal(person.id);
    // The person's interactions (their list in interactionsOf) are bySlot[from .. to), by date.
    const node = index.get(person.id)!;
    const from = slotStart[node]!;
    const to = slotStart[node + 1]!;
    const last = to > from ? all[bySlot[to - 1]!]!.date : null;
    const daysSince = to > from ? interactionDays[bySlot[to - 1]!]! : null;
    let lastYear = 0;
    for (let j = from; j < to; j++) if (interactionDays[bySlot[j]!]! <= 365) lastYear++;
    const inside = knowsInternal[node] === 1;
    const outside = knowsExternal[node] === 1;
    const roles = relationship.roles ?? [];
    const stakeholderInfluence = influence.get(person.id) ?? 0;
    const current = !hasInteractions || (daysSince !== null && daysSince <= config.dormantDays);

    let forms = relationship.forms ?? [];
    const formsInferred = forms.length === 0;
    if (formsInferred) {
      const inferred = new Set<Form>();
      const prescribed = relationship.prescribed === true || roles.some((r) => OPERATIONAL_ROLES.has(r));
      if (prescribed && internal && current) inferred.add('operational');
      if (!internal && !relationship.prescribed) inferred.add('personal');
      const senior = person.level !== undefined && owner.level !== undefined && person.level > owner.level;
      const elsewhere = !internal || (person.unit !== undefined && person.unit !== owner.unit);
      if (stakeholderInfluence > 0 || (senior && elsewhere) || (inside && outside)) inferred.add('strategic');
      if (inferred.size === 0) inferred.add(internal ? 'operational' : 'personal');
      forms = [...inferred];
    }

    const statedStrength = relationship.strength ?? 2;
    const cadenceExplicit = relationship.cadenceDays !== undefined;
    const cadenceDays = relationship.cadenceDays ?? DEFAULT_CADENCE[forms[0] ?? 'personal'];
    const peer =
      roles.includes('peer') &&
      internal &&
      person.level !== undefined &&
      owner.level !== undefined &&
      person.level >= owner.level;
    const powerful =
      roles.some((r) => POWER_ROLES.has(r)) ||
      peer ||
      (roles.includes('customer') &&
        (relationship.prescribed === true || (person.tags ?? []).includes('key'))) ||
      stakeholderInfluence >= config.powerfulInfluence;
    const lapsed =
      hasInteractions &&
      (daysSince === null || daysSince > (cadenceExplicit ? cadenceDays : config.dormantDays));

    contacts.push({
      id: person.id,
      person,
      relationship,
      internal,
      forms,
      formsInferred,
      statedStrength,
      strength: effectiveStrength(statedStrength, daysSince, lastYear, hasInteractions),
      lastContact: last,
      daysSinceContact: daysSince,
      interactionsLastYear: lastYear,
      cadenceDays,
      cadenceExplicit,
      cadenceState: cadenceState(daysSince, cadenceDays, hasInteractions),
      lapsed,
      powerful,
      bridge: inside && outside,
    });
  }

  // The owner's edges follow the ties, carrying the effective strengths.
  for (const c of contacts) {
    src[edges] = 0;
    dst[edges] = index.get(c.id)!;
    wts[edges++] = c.strength;
  }
  const graph = ties
    ? withHub(ids, index, ties, dst.subarray(0, edges), wts.subarray(0, edges))
    : fromEdgeArrays(ids, index, src.subarray(0, edges), dst.subarray(0, edges), wts.subarray(0, edges));
  return {
    network,
    asOf,
    asOfMs,
    config,
    graph,
    people,
    isInternal,
    contacts,
    contactById: new Map(contacts.map((c) => [c.id, c])),
    interactionsOf,
    influence,
    hasInteractions,
    interactionMs,
    interactionDays,
  };
}

/** Node index of every id (the owner is node 0), refusing duplicates as `buildCsrGraph` does. */
function graphIndex(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    if (index.has(ids[i]!)) throw new Error(`duplicate node id "${ids[i]}"`);
    index.set(ids[i]!, i);
  }
  return index;
}

function nodeOf(index: ReadonlyMap<string, number>, id: string): number {
  const node = index.get(id);
  if (node === undefined) throw new Error(`edge to unknown node "${id}"`);
  return node;
}
