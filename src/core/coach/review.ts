import type { Measures } from '../analysis/measures.js';
import type { NetworkView } from '../analysis/view.js';
import { FORMS, type Form } from '../vocabulary.js';

/** What a periodic review compares: kept as JSON in the store, one per review. */
export interface Snapshot {
  asOf: string;
  /** Stated strength of each relationship (by person id). */
  ties: Record<string, number>;
  forms: Record<
    Form,
    { relationships: number; depth: number; breadth: number; leverage: number; minutesRecent: number }
  >;
  reciprocity: { gave: number; received: number; mutual: number };
  /** Trust and support of each relationship and organisation that states them. */
  trust: Record<string, { trust: number; support: number }>;
  commitments: Record<string, { kept: boolean }>;
  goals: Record<string, number>;
  /**
   * Relationships and organisations in `support.trust-without-support` at the time (the
   * measure's own rule, which `trust` cannot replay: it keeps unstated support as 0 and no
   * dates). Absent from snapshots taken before it was recorded.
   */
  trustWithoutSupport?: string[];
  /**
   * Relationships gone quiet at the time (no contact within their cadence, or within
   * `dormantDays` when none is stated). Absent from snapshots taken before it was recorded.
   */
  dormant?: string[];
}

export function takeSnapshot(
  view: NetworkView,
  m: Measures,
  commitmentsKept: Record<string, boolean>,
): Snapshot {
  const ties: Record<string, number> = {};
  const trust: Record<string, { trust: number; support: number }> = {};
  for (const c of view.contacts) {
    ties[c.id] = c.statedStrength;
    if (c.relationship.trust !== undefined)
      trust[c.id] = { trust: c.relationship.trust, support: c.relationship.support ?? 0 };
  }
  for (const o of view.network.organizations ?? []) {
    if (o.trust !== undefined) trust[o.id] = { trust: o.trust, support: (o.support ?? []).length };
  }
  const forms = {} as Snapshot['forms'];
  for (const f of FORMS) {
    const x = m.forms[f];
    forms[f] = {
      relationships: x.relationships,
      depth: x.depth,
      breadth: x.breadth,
      leverage: x.leverage,
      minutesRecent: x.minutesRecent,
    };
  }
  const goals: Record<string, number> = {};
  for (const g of m.goals) goals[g.goal] = g.stanceScore;
  return {
    asOf: view.asOf,
    ties,
    forms,
    reciprocity: { ...m.reciprocity },
    trust,
    commitments: Object.fromEntries(Object.entries(commitmentsKept).map(([id, kept]) => [id, { kept }])),
    goals,
    trustWithoutSupport: [...m.trustWithoutSupport.people, ...m.trustWithoutSupport.organizations],
    dormant: view.contacts.filter((c) => c.lapsed).map((c) => c.id),
  };
}

export interface Review {
  from: string;
  to: string;
  newTies: string[];
  lostTies: string[];
  decayedTies: Array<{ person: string; from: number; to: number }>;
  strengthenedTies: Array<{ person: string; from: number; to: number }>;
  forms: Record<Form, { depth: number; breadth: number; leverage: number; relationships: number }>;
  commitments: { kept: string[]; missed: string[] };
  reciprocity: { gave: number; received: number };
  /** High-trust relationships and organisations whose support rose since the last review. */
  trustConverted: string[];
  goals: Record<string, number>;
}

const delta = (a: number, b: number) => Math.round((b - a) * 1000) / 1000;

/** What changed between two snapshots. */
export function compareSnapshots(previous: Snapshot, next: Snapshot): Review {
  const forms = {} as Review['forms'];
  for (const f of FORMS) {
    const [a, b] = [previous.forms[f], next.forms[f]];
    forms[f] = {
      depth: delta(a.depth, b.depth),
      breadth: delta(a.breadth, b.breadth),
      leverage: delta(a.leverage, b.leverage),
      relationships: b.relationships - a.relationships,
    };
  }
  const ids = (o: Record<string, unknown>) => new Set(Object.keys(o));
  const [before, after] = [ids(previous.ties), ids(next.ties)];
  const changed = [...after].filter((id) => before.has(id) && previous.ties[id] !== next.ties[id]);
  const goals: Record<string, number> = {};
  for (const [id, score] of Object.entries(next.goals)) goals[id] = delta(previous.goals[id] ?? 0, score);
  return {
    from: previous.asOf,
    to: next.asOf,
    newTies: [...after].filter((id) => !before.has(id)),
    lostTies: [...before].filter((id) => !after.has(id)),
    decayedTies: changed
      .filter((id) => next.ties[id]! < previous.ties[id]!)
      .map((id) => ({ person: id, from: previous.ties[id]!, to: next.ties[id]! })),
    strengthenedTies: changed
      .filter((id) => next.ties[id]! > previous.ties[id]!)
      .map((id) => ({ person: id, from: previous.ties[id]!, to: next.ties[id]! })),
    forms,
    commitments: {
      kept: Object.entries(next.commitments)
        .filter(([, c]) => c.kept)
        .map(([id]) => id),
      missed: Object.entries(next.commitments)
        .filter(([, c]) => !c.kept)
        .map(([id]) => id),
    },
    reciprocity: {
      gave: next.reciprocity.gave - previous.reciprocity.gave,
      received: next.reciprocity.received - previous.reciprocity.received,
    },
    trustConverted: Object.entries(next.trust)
      .filter(
        ([id, t]) =>
          t.trust >= 4 && previous.trust[id] !== undefined && t.support > previous.trust[id]!.support,
      )
      .map(([id]) => id),
    goals,
  };
}
