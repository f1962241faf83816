import { degree } from '../graph/index.js';
import type { Form } from '../vocabulary.js';
import { brokersOf, otherUnitsReached } from './brokers.js';
import { type LeaderIntegration, newLeaderIntegration } from './integration.js';
import type { OrganisationKernels } from './kernels.js';
import { overloadOf } from './overload.js';
import type { PreparedOrganisation } from './prepare.js';
import { median, shareBelow } from './stats.js';

const r3 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null);

/**
 * One person's place in the organisation, for that person alone: their ties by form, how much
 * they broker, their time, and how they compare with the organisation's medians.
 */
export interface PersonalPicture {
  unit: string;
  ties: number;
  forms: Record<Form, number>;
  otherUnitsReached: number;
  constraint: number | null;
  effectiveSize: number | null;
  /** Share of people with less betweenness than this person. */
  betweennessPercentile: number | null;
  broker: boolean;
  minutesPerWeek: number | null;
  overloaded: boolean;
  inDemand: boolean;
  community: { people: number; units: number };
  organisation: {
    medianTies: number | null;
    medianConstraint: number | null;
    medianMinutesPerWeek: number | null;
  };
  integration: LeaderIntegration | null;
}

/**
 * Forms within the organisation: a tie inside one's unit or reporting line is operational (the
 * work itself); a tie to another unit's leader or to someone more senior there is strategic
 * (where the organisation is going); a peer in another unit is personal (chosen, not given).
 */
export function formOfTie(p: PreparedOrganisation, v: number, other: number): Form {
  const r = p.roster;
  if (r.unit.of[v] === r.unit.of[other] || r.manager[v] === other || r.manager[other] === v)
    return 'operational';
  if (r.leads[other] === 1 || r.rank[other]! > r.rank[v]!) return 'strategic';
  return 'personal';
}

export function personalPicture(p: PreparedOrganisation, k: OrganisationKernels, v: number): PersonalPicture {
  const { graph: g, roster } = p;
  const forms: Record<Form, number> = { operational: 0, personal: 0, strategic: 0 };
  for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) forms[formOfTie(p, v, g.neighbors[i]!)]++;
  const { overloaded, inDemand } = overloadOf(g, p.minutesPerWeek, p.overloadMinutesPerWeek);
  const broker = brokersOf(g, roster.unit.of, k);
  const mine = k.communities.community[v]!;
  const communityUnits = new Map<number, number>();
  let communityPeople = 0;
  for (let u = 0; u < g.n; u++)
    if (k.communities.community[u] === mine) {
      communityPeople++;
      communityUnits.set(roster.unit.of[u]!, (communityUnits.get(roster.unit.of[u]!) ?? 0) + 1);
    }
  const degrees = new Float64Array(g.n);
  const constraints: number[] = [];
  for (let u = 0; u < g.n; u++) {
    degrees[u] = degree(g, u);
    if (degrees[u]! > 0) constraints.push(k.constraint[u]!);
  }
  const hasTies = degree(g, v) > 0;
  return {
    unit: roster.unit.names[roster.unit.of[v]!]!,
    ties: degree(g, v),
    forms,
    otherUnitsReached: otherUnitsReached(g, roster.unit.of)[v]!,
    constraint: hasTies ? r3(k.constraint[v]!) : null,
    effectiveSize: hasTies ? r3(k.effectiveSize[v]!) : null,
    betweennessPercentile: r3(shareBelow(k.betweenness.values, k.betweenness.values[v]!)),
    broker: broker[v] === 1,
    minutesPerWeek: r3(p.minutesPerWeek[v]!),
    overloaded: overloaded[v] === 1,
    inDemand: inDemand[v] === 1,
    community: {
      people: communityPeople,
      units: [...communityUnits.values()].filter((c) => c >= communityPeople / 10).length,
    },
    organisation: {
      medianTies: r3(median(degrees)),
      medianConstraint: r3(median(constraints)),
      medianMinutesPerWeek: r3(median(p.minutesPerWeek)),
    },
    integration:
      newLeaderIntegration(p.roster, p.data.collaboration, p.asOfDay, p.minInteractions).find(
        (l) => l.person === v,
      ) ?? null,
  };
}
