import { DEFAULT_CONFIG, type DiagnosticConfig } from '../findings/config.js';
import { type CsrGraph, type CsrRows, fromEdgeArrays, withHub } from '../graph/index.js';
import { type Interaction, type Network, OWNER_ID, type Person, type Relationship } from '../model.js';
import { FORMS, type Form, type Role } from '../vocabulary.js';
import { type InteractionTable, tableFromRecords } from './interaction-table.js';
import type { InteractionGroups, KeptKernels } from './kept-kernels.js';
import { LazyMap } from './lazy-map.js';
import { DAY_MS, toMs } from './time.js';

export type CadenceState = 'ok' | 'due' | 'overdue' | 'dormant' | 'unknown';

/** The owner's relationship with one person, with everything the diagnostics derive from it. */
export interface Contact {
  id: string;
  /** The person's node in `view.graph` (node i + 1 is `network.people[i]`): no lookup by id. */
  node: number;
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
  contactById: ContactsById;
  /** The network's interactions, by number (network order). */
  interactions: InteractionTable;
  /** Each person's interactions with the owner, oldest first. */
  interactionsOf: InteractionLists;
  /** Highest influence of each person over any goal. */
  influence: ReadonlyMap<string, number>;
  hasInteractions: boolean;
  /** The date of interaction `i` (a number in `interactions`) in ms, each distinct date parsed once. */
  interactionMs(i: number): number;
  /** Whole days from interaction `i` to asOf, as `daysBetween` counts them. */
  interactionDays(i: number): number;
  /** Kernels kept from earlier runs (see `KeptKernels`); absent, every kernel is computed. */
  kept?: KeptKernels;
}

const POWER_ROLES: ReadonlySet<Role> = new Set(['superior', 'board', 'sponsor', 'investor', 'regulator']);
const OPERATIONAL_ROLES: ReadonlySet<Role> = new Set(['superior', 'direct-report', 'peer']);
/** Roles of outsiders the job itself depends on (the article's partners outside the unit). */
const REQUIRED_OUTSIDER_ROLES: ReadonlySet<Role> = new Set(['supplier', 'customer', 'regulator']);
/**
 * Inferred forms in `FORMS` order, by the bits of those served (1 operational, 2 personal, 4
 * strategic): one shared, frozen list per combination rather than one per contact (tens of
 * thousands at 200,000 people).
 */
const INFERRED_FORMS: readonly Form[][] = Array.from(
  { length: 8 },
  (_, bits) => Object.freeze(FORMS.filter((_, k) => bits & (1 << k))) as Form[],
);

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

const NO_NUMBERS = new Int32Array(0);

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
    private readonly interactions: InteractionTable,
    /** The graph's node ids; a person's slot is their node. */
    private readonly ids: readonly string[],
    private readonly nodes: ReadonlyMap<string, number>,
    /** Slots past the graph's nodes, for attendees the graph lacks. */
    private readonly extraSlots: ReadonlyMap<string, number>,
    private readonly extraIds: readonly string[],
    /** Slots with at least one interaction, in order of first appearance. */
    private readonly order: Int32Array,
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
      for (let j = 0; j < list.length; j++) list[j] = this.interactions.record(this.byPerson[from + j]!);
      this.#lists[slot] = list;
    }
    return list;
  }

  /**
   * The numbers (in `view.interactions`) of the person's interactions, oldest first, empty for
   * none: for passes that read a field or two of each, without building their records.
   */
  numbers(id: string): Int32Array {
    const slot = this.#slot(id);
    return slot === undefined ? NO_NUMBERS : this.byPerson.subarray(this.start[slot]!, this.start[slot + 1]!);
  }

  /** `numbers` of the person at graph node `node` (a contact's `node`): no lookup by id. */
  numbersAt(node: number): Int32Array {
    const from = this.start[node]!;
    const to = this.start[node + 1]!;
    return to > from ? this.byPerson.subarray(from, to) : NO_NUMBERS;
  }

  get(id: string): Interaction[] | undefined {
    const slot = this.#slot(id);
    return slot === undefined ? undefined : this.#list(slot);
  }

  has(id: string): boolean {
    return this.#slot(id) !== undefined;
  }

  /**
   * The people, in map order, with at least `min` interactions all of which pass `test` (given
   * each interaction's number in `view.interactions`), without materialising their lists.
   */
  whoseInteractionsAll(min: number, test: (interaction: number) => boolean): string[] {
    const out: string[] = [];
    for (const slot of this.order) {
      const from = this.start[slot]!;
      const to = this.start[slot + 1]!;
      if (to - from < min) continue;
      let all = true;
      for (let j = from; j < to && all; j++) all = test(this.byPerson[j]!);
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

/**
 * The owner's contacts by id, found through the graph's index and each node's contact, so no
 * second map of tens of thousands of ids is built unless something iterates it. A later
 * relationship with the same person wins, as in a map built from the contacts in order.
 */
export class ContactsById extends LazyMap<Contact> {
  readonly #byNode: Array<Contact | undefined>;
  readonly size: number;

  constructor(
    private readonly contacts: readonly Contact[],
    private readonly nodes: ReadonlyMap<string, number>,
    nodeCount: number,
  ) {
    super();
    this.#byNode = new Array<Contact | undefined>(nodeCount);
    let distinct = 0;
    for (const c of contacts) {
      if (this.#byNode[c.node] === undefined) distinct++;
      this.#byNode[c.node] = c;
    }
    this.size = distinct;
  }

  /** The contact at graph node `node` (a person's number + 1), undefined for none: no lookup by id. */
  atNode(node: number): Contact | undefined {
    return this.#byNode[node];
  }

  get(id: string): Contact | undefined {
    const node = this.nodes.get(id);
    return node === undefined ? undefined : this.#byNode[node];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  protected build(): Map<string, Contact> {
    return new Map(this.contacts.map((c) => [c.id, c]));
  }
}

/**
 * A relationship as an import leaves it: nothing the leader said about it (strength, forms,
 * roles, cadence, whether the job requires it, trust or support).
 */
export function untriaged(r: Relationship): boolean {
  return (
    r.strength === undefined &&
    (r.forms ?? []).length === 0 &&
    (r.roles ?? []).length === 0 &&
    r.cadenceDays === undefined &&
    r.prescribed === undefined &&
    r.trust === undefined &&
    r.support === undefined
  );
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

/** What the store can hand over already compiled, so a large network need not come in as records. */
export interface CompiledInput {
  /**
   * The network's ties among `network.people` compiled over the people's order (weights
   * (strength ?? 2) / 5, as below); `network.ties` is then not read.
   */
  ties?: CsrRows;
  /** The network's interactions, over `network.people`; `network.interactions` is then not read. */
  interactions?: InteractionTable;
  /** Kernels kept from earlier runs, reused when the graph is the same (see `KeptKernels`). */
  kept?: KeptKernels;
}

export function buildNetworkView(
  network: Network,
  asOf: string,
  overrides: Partial<DiagnosticConfig> = {},
  compiled: CompiledInput = {},
): NetworkView {
  const config = { ...DEFAULT_CONFIG, ...overrides };
  const asOfMs = toMs(asOf) + 86_399_999; // the whole day of asOf counts as past
  const owner = network.owner;
  const { ties } = compiled;

  // The graph's nodes, resolved once: they also number the people attending interactions.
  const ids = new Array<string>(network.people.length + 1);
  ids[0] = OWNER_ID;
  for (let i = 0; i < network.people.length; i++) ids[i + 1] = network.people[i]!.id;
  const index = graphIndex(ids);
  const people = new PeopleById(network.people, index);
  const isInternal = (id: string) => people.get(id)?.organization === owner.organization;

  const table =
    compiled.interactions ??
    tableFromRecords(network.interactions ?? [], network.people.length, (id) => {
      const node = index.get(id);
      return node === undefined || node === 0 ? undefined : node - 1;
    });
  const n = table.length;
  const { dateCodes, dates } = table;
  // Each distinct date parsed once, in order of first appearance (so a bad date fails as it
  // always did); after this, no pass below touches a date string again. An interaction's date
  // and days to asOf are read through its date's code: no array of every interaction's (two of
  // 6.4 MB at 800,000 interactions).
  const msOfDate = Float64Array.from(dates, toMs);
  const pastDate = Array.from(msOfDate, (ms) => ms <= asOfMs); // the future has not happened yet
  const daysOfDate = msOfDate.map((ms) => Math.floor((asOfMs - ms) / DAY_MS)); // = daysBetween
  const interactionMs = (i: number) => msOfDate[dateCodes[i]!]!;
  const interactionDays = (i: number) => daysOfDate[dateCodes[i]!]!;

  // A stranger to the people may still be a node (the owner) or needs a slot past the nodes.
  const extraIds: string[] = [];
  const strangerSlot = table.strangers.map((id) => {
    const node = index.get(id);
    if (node !== undefined) return node;
    extraIds.push(id);
    return ids.length + extraIds.length - 1;
  });
  const extraSlot = new Map(extraIds.map((id, k) => [id, ids.length + k]));
  const slots = ids.length + extraIds.length;
  // With every interaction on or before asOf, the grouping depends on the network alone: one
  // kept from an earlier run at the same revision is read back instead of grouping them again.
  const allPast = pastDate.every((past) => past);
  let hasInteractions = allPast && n > 0;
  if (!allPast) for (let i = 0; i < n && !hasInteractions; i++) hasInteractions = pastDate[dateCodes[i]!]!;
  const group = () => groupByPerson(table, pastDate, network.people.length, strangerSlot, slots);
  const groups =
    allPast && compiled.kept ? compiled.kept.interactionGroups({ interactions: n, slots }, group) : group();
  const { start: slotStart, byPerson: bySlot } = groups;
  const interactionsOf = new InteractionLists(
    table,
    ids,
    index,
    extraSlot,
    extraIds,
    groups.order,
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
  if (ties && ties.n !== network.people.length)
    throw new Error(`ties compiled over ${ties.n} people, not ${network.people.length}`);
  // Whether a contact knows someone inside (1) or outside (0) the owner's organisation. Compiled
  // rows hold both directions of every tie, so a person's row answers for them; only contacts are
  // asked, and a row is read only until it shows such a person.
  const knows = (node: number, internal: 0 | 1): boolean => {
    if (!ties) return (internal ? knowsInternal : knowsExternal)[node] === 1;
    const { offsets, neighbors } = ties;
    for (let i = offsets[node - 1]!, end = offsets[node]!; i < end; i++)
      if (internalNode[neighbors[i]! + 1] === internal) return true;
    return false;
  };

  const contacts: Contact[] = [];
  for (const relationship of network.relationships ?? []) {
    // One lookup by id: node i + 1 is network.people[i] (what `people.get` answers).
    const node = index.get(relationship.person);
    if (node === undefined || node === 0) continue;
    const person = network.people[node - 1]!;
    const internal = person.organization === owner.organization;
    // The person's interactions (their list in interactionsOf) are bySlot[from .. to), by date.
    const from = slotStart[node]!;
    const to = slotStart[node + 1]!;
    const last = to > from ? dates[dateCodes[bySlot[to - 1]!]!]! : null;
    const daysSince = to > from ? interactionDays(bySlot[to - 1]!) : null;
    // Oldest first: the last year's interactions end the list.
    let lastYear = 0;
    for (let j = to - 1; j >= from && interactionDays(bySlot[j]!) <= 365; j--) lastYear++;
    const inside = knows(node, 1);
    const outside = knows(node, 0);
    const roles = relationship.roles ?? [];
    const stakeholderInfluence = influence.get(person.id) ?? 0;
    const current = !hasInteractions || (daysSince !== null && daysSince <= config.dormantDays);

    let forms = relationship.forms ?? [];
    const formsInferred = forms.length === 0;
    if (formsInferred) {
      const prescribed = relationship.prescribed === true || roles.some((r) => OPERATIONAL_ROLES.has(r));
      // Outsiders the job depends on (a supplier, a customer, a regulator, or a relationship
      // marked as required) belong to the operational network, not the personal one.
      const requiredOutsider =
        !internal && (relationship.prescribed === true || roles.some((r) => REQUIRED_OUTSIDER_ROLES.has(r)));
      const operational = (prescribed && internal && current) || requiredOutsider;
      const personal = !internal && !requiredOutsider;
      const senior = person.level !== undefined && owner.level !== undefined && person.level > owner.level;
      const elsewhere = !internal || (person.unit !== undefined && person.unit !== owner.unit);
      const strategic = stakeholderInfluence > 0 || (senior && elsewhere) || (inside && outside);
      const served = (operational ? 1 : 0) | (personal ? 2 : 0) | (strategic ? 4 : 0);
      forms = INFERRED_FORMS[served || (internal ? 1 : 2)]!;
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
    // Never in touch is a neutral state, not an alarm, for a relationship nobody has set up yet
    // (an imported contact) and for a direct report one works with daily but does not log.
    const neutralSilence = daysSince === null && (untriaged(relationship) || roles.includes('direct-report'));
    const lapsed =
      hasInteractions &&
      !neutralSilence &&
      (daysSince === null || daysSince > (cadenceExplicit ? cadenceDays : config.dormantDays));

    contacts.push({
      id: person.id,
      node,
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
      cadenceState: neutralSilence ? 'unknown' : cadenceState(daysSince, cadenceDays, hasInteractions),
      lapsed,
      powerful,
      bridge: inside && outside,
    });
  }

  // The owner's edges follow the ties, carrying the effective strengths.
  for (const c of contacts) {
    src[edges] = 0;
    dst[edges] = c.node;
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
    contactById: new ContactsById(contacts, index, ids.length),
    interactions: table,
    interactionsOf,
    influence,
    hasInteractions,
    interactionMs,
    interactionDays,
    ...(compiled.kept ? { kept: compiled.kept } : {}),
  };
}

/**
 * Each person's past interactions, oldest first (ties in date kept in network order), built
 * without a Map lookup or a growing array per attendee:
 * 1. every past interaction's attendees become slots (their graph node, or `strangerSlot` for a
 *    stranger to the people), each attendee once, in network order;
 * 2. a counting sort on the ranks of the distinct dates visits the interactions in date order and
 *    groups their numbers by slot, so every list comes out already sorted;
 * 3. `order` holds the slots with any interaction in the order they first appear (rules iterate
 *    the lists in that order).
 */
function groupByPerson(
  table: InteractionTable,
  pastDate: readonly boolean[],
  peopleCount: number,
  strangerSlot: readonly number[],
  slots: number,
): InteractionGroups {
  const { dateCodes, dates } = table;
  const n = table.length;
  let attendeeTotal = 0;
  for (let i = 0; i < n; i++)
    if (pastDate[dateCodes[i]!]) attendeeTotal += table.attendeeStart[i + 1]! - table.attendeeStart[i]!;
  const attendeeStart = new Int32Array(n + 1);
  const attendees = new Int32Array(attendeeTotal);
  let filled = 0;
  for (let i = 0; i < n; i++) {
    if (pastDate[dateCodes[i]!]) {
      const from = filled;
      for (let a = table.attendeeStart[i]!, end = table.attendeeStart[i + 1]!; a < end; a++) {
        const at = table.attendees[a]!;
        const slot = at < peopleCount ? at + 1 : strangerSlot[at - peopleCount]!;
        // Each attendee once (lists are a handful long: a scan beats a Set per interaction).
        let repeated = false;
        for (let b = from; b < filled; b++) if (attendees[b] === slot) repeated = true;
        if (!repeated) attendees[filled++] = slot;
      }
    }
    attendeeStart[i + 1] = filled;
  }
  const start = new Int32Array(slots + 1);
  const firstSeen: number[] = [];
  for (let a = 0; a < filled; a++) if (start[attendees[a]! + 1]!++ === 0) firstSeen.push(attendees[a]!);
  for (let s = 0; s < slots; s++) start[s + 1]! += start[s]!;

  const dateOrder = dates
    .map((_, d) => d)
    .sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : 0));
  const rankOfDate = new Int32Array(dates.length);
  for (let r = 0; r < dateOrder.length; r++) rankOfDate[dateOrder[r]!] = r;
  const rankStart = new Int32Array(dates.length + 1);
  for (let i = 0; i < n; i++) rankStart[rankOfDate[dateCodes[i]!]! + 1]!++;
  for (let r = 0; r < dates.length; r++) rankStart[r + 1]! += rankStart[r]!;
  const byDate = new Int32Array(n);
  for (let i = 0; i < n; i++) byDate[rankStart[rankOfDate[dateCodes[i]!]!]!++] = i;

  const fill = start.slice(0, slots);
  const byPerson = new Int32Array(filled);
  for (let k = 0; k < byDate.length; k++) {
    const i = byDate[k]!;
    for (let a = attendeeStart[i]!; a < attendeeStart[i + 1]!; a++) byPerson[fill[attendees[a]!]!++] = i;
  }
  return { start, byPerson, order: Int32Array.from(firstSeen) };
}

/** Node index of every id (the owner is node 0), refusing duplicates as `buildCsrGraph` does. */
function graphIndex(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  // One hash lookup per id: a duplicate leaves the size as it was.
  for (let i = 0; i < ids.length; i++) {
    index.set(ids[i]!, i);
    if (index.size !== i + 1) throw new Error(`duplicate node id "${ids[i]}"`);
  }
  return index;
}

function nodeOf(index: ReadonlyMap<string, number>, id: string): number {
  const node = index.get(id);
  if (node === undefined) throw new Error(`edge to unknown node "${id}"`);
  return node;
}
