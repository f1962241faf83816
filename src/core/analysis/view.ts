import { DEFAULT_CONFIG, type DiagnosticConfig } from '../findings/config.js';
import { type CsrGraph, fromEdgeArrays } from '../graph/index.js';
import { type Interaction, type Network, OWNER_ID, type Person, type Relationship } from '../model.js';
import type { Form, Role } from '../vocabulary.js';
import { daysBetween, toMs } from './time.js';

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
  interactionsOf: ReadonlyMap<string, Interaction[]>;
  /** Highest influence of each person over any goal. */
  influence: ReadonlyMap<string, number>;
  hasInteractions: boolean;
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

export function buildNetworkView(
  network: Network,
  asOf: string,
  overrides: Partial<DiagnosticConfig> = {},
): NetworkView {
  const config = { ...DEFAULT_CONFIG, ...overrides };
  const asOfMs = toMs(asOf) + 86_399_999; // the whole day of asOf counts as past
  const owner = network.owner;
  const people = new Map<string, Person>();
  for (const p of network.people) people.set(p.id, p);
  const isInternal = (id: string) => people.get(id)?.organization === owner.organization;

  // Each person's interactions, oldest first (ties in date kept in document order). The few
  // distinct dates are parsed and ranked once; a counting sort on the ranks then visits the
  // interactions in date order, so every list is built already sorted: no sort per person.
  const interactionsOf = new Map<string, Interaction[]>();
  let hasInteractions = false;
  const all = network.interactions ?? [];
  // Parsed once per distinct date, in document order (so a bad date fails as it always did).
  const pastByDate = new Map<string, boolean>();
  for (const it of all) {
    if (pastByDate.has(it.date)) continue;
    pastByDate.set(it.date, toMs(it.date) <= asOfMs); // the future has not happened yet
  }
  // People enter the map in document order (rules iterate it), their lists fill by date below.
  for (const it of all) {
    if (!pastByDate.get(it.date)) continue;
    for (const p of it.people) if (!interactionsOf.has(p)) interactionsOf.set(p, []);
  }
  const dates = [...pastByDate.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = new Map<string, number>();
  for (let r = 0; r < dates.length; r++) rankOf.set(dates[r]!, r);
  const start = new Int32Array(dates.length + 1);
  const ranks = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) {
    ranks[i] = rankOf.get(all[i]!.date)!;
    start[ranks[i]! + 1]!++;
  }
  for (let r = 0; r < dates.length; r++) start[r + 1]! += start[r]!;
  const byDate = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) byDate[start[ranks[i]!]!++] = i;
  for (let k = 0; k < byDate.length; k++) {
    const it = all[byDate[k]!]!;
    if (!pastByDate.get(it.date)) continue;
    hasInteractions = true;
    const attendees = it.people;
    for (let a = 0; a < attendees.length; a++) {
      const p = attendees[a]!;
      // Each attendee once (lists are a handful long: a scan beats a Set per interaction).
      if (a > 0 && attendees.lastIndexOf(p, a - 1) >= 0) continue;
      interactionsOf.get(p)!.push(it);
    }
  }

  const influence = new Map<string, number>();
  for (const goal of network.goals ?? []) {
    for (const s of goal.stakeholders ?? [])
      influence.set(s.person, Math.max(influence.get(s.person) ?? 0, s.influence));
  }

  // The graph's nodes, and the ties as node pairs, resolved once: the same pairs answer who
  // knows people inside and outside the owner's organisation and become the graph's edges.
  const ids = [OWNER_ID, ...network.people.map((p) => p.id)];
  const index = graphIndex(ids);
  const internalNode = new Uint8Array(ids.length);
  for (let i = 1; i < ids.length; i++)
    internalNode[i] = network.people[i - 1]!.organization === owner.organization ? 1 : 0;
  const ties = network.ties ?? [];
  const src: number[] = [];
  const dst: number[] = [];
  const wts: number[] = [];
  const knowsInternal = new Uint8Array(ids.length);
  const knowsExternal = new Uint8Array(ids.length);
  for (const t of ties) {
    const u = nodeOf(index, t.a);
    const v = nodeOf(index, t.b);
    (internalNode[v] ? knowsInternal : knowsExternal)[u] = 1;
    (internalNode[u] ? knowsInternal : knowsExternal)[v] = 1;
    if (u === v) continue;
    src.push(u);
    dst.push(v);
    wts.push((t.strength ?? 2) / 5);
  }

  const contacts: Contact[] = [];
  for (const relationship of network.relationships ?? []) {
    const person = people.get(relationship.person);
    if (!person) continue;
    const internal = isInternal(person.id);
    const history = interactionsOf.get(person.id) ?? [];
    const last = history.at(-1)?.date ?? null;
    const daysSince = last === null ? null : daysBetween(last, asOfMs);
    const lastYear = history.filter((it) => daysBetween(it.date, asOfMs) <= 365).length;
    const node = index.get(person.id)!;
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
    src.push(0);
    dst.push(index.get(c.id)!);
    wts.push(c.strength);
  }
  const graph = fromEdgeArrays(ids, index, src, dst, wts);
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
