import { edgeCount } from '../graph/index.js';
import { brokersOf } from './brokers.js';
import { establishedLeaderTies, MILESTONES, newLeaderIntegration } from './integration.js';
import type { OrganisationKernels } from './kernels.js';
import { mixing } from './mixing.js';
import { dateOfDay } from './model.js';
import { overloadOf } from './overload.js';
import type { PreparedOrganisation } from './prepare.js';
import {
  changedTooLittle,
  FOLDED,
  groupOfPeople,
  MIN_GROUP,
  nextShownSizes,
  reportingGroups,
  type ShownSizes,
  sizesOf,
} from './privacy.js';
import { median, normalisedMutualInformation } from './stats.js';
import { monthlyEi, monthsUpTo } from './trend.js';

/** A unit whose ties stay inside it at least this much (three in four) is a silo. */
export const SILO_EI = -0.5;
/**
 * A link between two units that rests on this many people or fewer on one side is fragile,
 * once it carries enough ties to matter (a single stray tie is not a link the units rely on).
 */
export const FRAGILE_BRIDGE_PEOPLE = 2;
export const BRIDGE_MIN_TIES = 3;
const TREND_MONTHS = 6;
const LISTED = 20;

const r3 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null);

export interface UnitRow {
  name: string;
  people: number;
  ties: { inside: number; outside: number };
  ei: number | null;
  silo: boolean;
  brokers: number;
  overloaded: number;
  inDemand: number;
  medianMinutesPerWeek: number | null;
  /** E-I index by interactions, month by month (null for a month without any). */
  trend: Array<{ month: string; ei: number | null }>;
}

export interface UnitPair {
  a: string;
  b: string;
  ties: number;
  /** People on each side with a tie to the other unit. */
  peopleA: number;
  peopleB: number;
}

export interface MilestoneRow {
  day: number;
  leaders: number;
  medianTies: number | null;
  medianOtherUnits: number | null;
}

/**
 * What an organisation's analyst or admin may see: aggregates over groups of at least 5 people,
 * no person named or identified. Units under 5 are folded together (see privacy.ts).
 */
export interface OrganisationReport {
  asOf: string;
  window: { from: string; to: string; days: number };
  shown: boolean;
  reason?: string;
  people: number;
  ties: number;
  unitsFolded: number;
  /**
   * Units combined with the small groups because they changed by 1 to 4 people since their
   * figures were last shown: comparing the two reports would tell one person's part.
   */
  unitsWithheld: number;
  units: UnitRow[];
  matrix: { units: string[]; ties: number[][]; interactions: number[][] };
  silos: string[];
  /**
   * For each silo, the units it is least tied to (fewest ties per pair of people): where a
   * programme's peer groups or a cross-functional team would build the missing bridges.
   */
  bridgesToBuild: Array<{ unit: string; with: string[] }>;
  notTalking: { count: number; pairs: Array<{ a: string; b: string }> };
  fragileBridges: { count: number; pairs: UnitPair[] };
  brokers: {
    count: number;
    shareOfCrossUnitTies: number | null;
    topShareOfBetweenness: number | null;
    betweenness: {
      exact: boolean;
      samples: number;
      /** Hoeffding's bound for every person at once (95 %): guaranteed, but loose at scale. */
      errorBound: number | null;
      /**
       * How well the estimate places people against the line for the top 5 %: the typical
       * 95 % interval there relative to the line, and how many people it leaves unsettled.
       */
      atTheLine: { relativeHalfWidth: number | null; unsettled: number } | null;
    };
  };
  communities: {
    count: number;
    modularity: number | null;
    agreementWithUnits: number | null;
    shown: Array<{ people: number; units: number; mostlyFrom: string; share: number }>;
    smallCommunities: number;
  };
  overload: {
    thresholdMinutesPerWeek: number;
    overloaded: number;
    inDemand: number;
    medianMinutesPerWeek: number | null;
  };
  newLeaders: {
    count: number;
    shown: boolean;
    milestones: MilestoneRow[];
    establishedMedianTies: number | null;
    notConnectedBeyondUnit: number | null;
  };
}

const NOTHING_SHOWN = `fewer than ${MIN_GROUP} people: nothing about the organisation is shown`;

/** What the store keeps after this report for the next one's comparison: unit sizes, no person. */
export function shownSizesAfter(p: PreparedOrganisation, previouslyShown: ShownSizes | null): ShownSizes {
  const { names, of } = p.roster.unit;
  const sizes = sizesOf(of, names.length);
  const groups = reportingGroups(names, sizes, changedTooLittle(previouslyShown, names, sizes));
  return nextShownSizes(previouslyShown, names, sizes, groups);
}

/**
 * The report; with `previouslyShown` (what the last report showed, kept by the store), units
 * that changed by fewer than 5 people since are combined with the small groups
 * (`changedTooLittle`); `shownSizesAfter` says what to keep for the next report.
 */
export function organisationReport(
  p: PreparedOrganisation,
  k: OrganisationKernels,
  previouslyShown: ShownSizes | null = null,
): OrganisationReport {
  const { roster, graph: g } = p;
  const unitSizes = sizesOf(roster.unit.of, roster.unit.names.length);
  const withheld = changedTooLittle(previouslyShown, roster.unit.names, unitSizes);
  const groups = reportingGroups(roster.unit.names, unitSizes, withheld);
  const group = groupOfPeople(roster.unit.of, groups);
  const kk = groups.names.length;
  const base = {
    asOf: p.asOf,
    window: { from: dateOfDay(p.window.from), to: dateOfDay(p.window.to), days: p.window.days },
    people: roster.n,
    ties: edgeCount(g),
    unitsFolded: groups.folded,
    unitsWithheld: withheld.size,
  };
  if (kk === 0) return { ...base, ...emptyReport(), shown: false, reason: NOTHING_SHOWN };

  const mix = mixing(g, group, kk);
  const broker = brokersOf(g, roster.unit.of, k);
  const { overloaded, inDemand } = overloadOf(g, p.minutesPerWeek, p.overloadMinutesPerWeek);
  const trend = monthlyEi(p.data.collaboration, group, kk, monthsUpTo(p.asOf, TREND_MONTHS));

  const perGroup = groups.names.map(() => ({
    brokers: 0,
    overloaded: 0,
    inDemand: 0,
    minutes: [] as number[],
  }));
  for (let v = 0; v < roster.n; v++) {
    const row = perGroup[group[v]!]!;
    row.brokers += broker[v]!;
    row.overloaded += overloaded[v]!;
    row.inDemand += inDemand[v]!;
    row.minutes.push(p.minutesPerWeek[v]!);
  }
  const units: UnitRow[] = groups.names.map((name, a) => {
    let outside = 0;
    for (let b = 0; b < kk; b++) if (b !== a) outside += mix.ties[a * kk + b]!;
    const ei = mix.ei[a]!;
    const hasTies = outside + mix.ties[a * kk + a]! > 0;
    return {
      name,
      people: groups.sizes[a]!,
      ties: { inside: mix.ties[a * kk + a]!, outside },
      ei: hasTies ? r3(ei) : null,
      silo: hasTies && name !== FOLDED && ei <= SILO_EI,
      brokers: perGroup[a]!.brokers,
      overloaded: perGroup[a]!.overloaded,
      inDemand: perGroup[a]!.inDemand,
      medianMinutesPerWeek: r3(median(perGroup[a]!.minutes)),
      trend: trend.map((t) => ({ month: t.month, ei: r3(t.ei[a]!) })),
    };
  });

  const notTalking: Array<{ a: string; b: string; weight: number }> = [];
  const fragile: Array<UnitPair & { weight: number }> = [];
  for (let a = 0; a < kk; a++)
    for (let b = a + 1; b < kk; b++) {
      const ties = mix.ties[a * kk + b]!;
      const weight = groups.sizes[a]! * groups.sizes[b]!;
      if (ties === 0) notTalking.push({ a: groups.names[a]!, b: groups.names[b]!, weight });
      else {
        const peopleA = mix.peopleToward[a * kk + b]!;
        const peopleB = mix.peopleToward[b * kk + a]!;
        if (ties >= BRIDGE_MIN_TIES && Math.min(peopleA, peopleB) <= FRAGILE_BRIDGE_PEOPLE)
          fragile.push({ a: groups.names[a]!, b: groups.names[b]!, ties, peopleA, peopleB, weight });
      }
    }
  const byWeight = (x: { weight: number }, y: { weight: number }) => y.weight - x.weight;
  notTalking.sort(byWeight);
  fragile.sort(byWeight);

  return {
    ...base,
    shown: true,
    units,
    matrix: {
      units: groups.names,
      ties: groups.names.map((_, a) => Array.from(mix.ties.subarray(a * kk, (a + 1) * kk))),
      interactions: groups.names.map((_, a) => Array.from(mix.interactions.subarray(a * kk, (a + 1) * kk))),
    },
    silos: units.filter((u) => u.silo).map((u) => u.name),
    bridgesToBuild: bridgesToBuild(units, mix, groups.sizes),
    notTalking: {
      count: notTalking.length,
      pairs: notTalking.slice(0, LISTED).map(({ a, b }) => ({ a, b })),
    },
    fragileBridges: {
      count: fragile.length,
      pairs: fragile.slice(0, LISTED).map(({ weight: _, ...pair }) => pair),
    },
    brokers: brokerSummary(p, k, broker),
    communities: communitySummary(p, k, group, groups.names),
    overload: {
      thresholdMinutesPerWeek: p.overloadMinutesPerWeek,
      overloaded: overloaded.reduce((a, b) => a + b, 0),
      inDemand: inDemand.reduce((a, b) => a + b, 0),
      medianMinutesPerWeek: r3(median(p.minutesPerWeek)),
    },
    newLeaders: newLeaderSummary(p),
  };
}

const PARTNERS = 3;

function bridgesToBuild(units: UnitRow[], mix: ReturnType<typeof mixing>, sizes: number[]) {
  const kk = units.length;
  return units.flatMap((u, a) => {
    if (!u.silo) return [];
    const others = units
      .map((v, b) => ({ name: v.name, b, density: mix.ties[a * kk + b]! / (sizes[a]! * sizes[b]!) }))
      .filter((o) => o.b !== a && o.name !== FOLDED)
      .sort((x, y) => x.density - y.density || sizes[y.b]! - sizes[x.b]!);
    return [{ unit: u.name, with: others.slice(0, PARTNERS).map((o) => o.name) }];
  });
}

function brokerSummary(p: PreparedOrganisation, k: OrganisationKernels, broker: Uint8Array) {
  const { graph: g, roster } = p;
  let cross = 0;
  let crossWithBroker = 0;
  for (let u = 0; u < g.n; u++)
    for (let i = g.offsets[u]!; i < g.offsets[u + 1]!; i++) {
      const v = g.neighbors[i]!;
      if (v < u || roster.unit.of[u] === roster.unit.of[v]) continue;
      cross++;
      if (broker[u] === 1 || broker[v] === 1) crossWithBroker++;
    }
  const values = Float64Array.from(k.betweenness.values).sort().reverse();
  const top = Math.max(1, Math.ceil(values.length / 100));
  let all = 0;
  let topSum = 0;
  values.forEach((x, i) => {
    all += x;
    if (i < top) topSum += x;
  });
  return {
    count: broker.reduce((a, b) => a + b, 0),
    shareOfCrossUnitTies: cross === 0 ? null : r3(crossWithBroker / cross),
    topShareOfBetweenness: all === 0 ? null : r3(topSum / all),
    betweenness: {
      exact: k.betweenness.exact,
      samples: k.betweenness.samples,
      errorBound: k.betweenness.errorBound === null ? null : r3(k.betweenness.errorBound),
      atTheLine:
        k.betweenness.precision === null
          ? null
          : {
              relativeHalfWidth:
                k.betweenness.precision.relativeHalfWidth === null
                  ? null
                  : r3(k.betweenness.precision.relativeHalfWidth),
              unsettled: k.betweenness.precision.unsettled,
            },
    },
  };
}

function communitySummary(
  p: PreparedOrganisation,
  k: OrganisationKernels,
  group: Int32Array,
  names: string[],
) {
  const { community, count, modularity } = k.communities;
  const members = Array.from({ length: count }, () => [] as number[]);
  for (let v = 0; v < community.length; v++) members[community[v]!]!.push(v);
  const shown: OrganisationReport['communities']['shown'] = [];
  let small = 0;
  for (const list of members) {
    if (list.length < MIN_GROUP) {
      small++;
      continue;
    }
    const byGroup = new Map<number, number>();
    for (const v of list) byGroup.set(group[v]!, (byGroup.get(group[v]!) ?? 0) + 1);
    const [top, topCount] = [...byGroup].sort((x, y) => y[1] - x[1])[0]!;
    // A unit counts as part of a community when it brings a tenth of its members or more.
    const units = [...byGroup.values()].filter((c) => c >= list.length / 10).length;
    shown.push({ people: list.length, units, mostlyFrom: names[top]!, share: r3(topCount / list.length)! });
  }
  shown.sort((x, y) => y.people - x.people);
  return {
    count,
    modularity: r3(modularity),
    agreementWithUnits: r3(normalisedMutualInformation(community, p.roster.unit.of)),
    shown: shown.slice(0, LISTED),
    smallCommunities: small,
  };
}

function newLeaderSummary(p: PreparedOrganisation): OrganisationReport['newLeaders'] {
  const leaders = newLeaderIntegration(p.roster, p.data.collaboration, p.asOfDay, p.minInteractions);
  const established = establishedLeaderTies(p.roster, p.graph, p.asOfDay);
  const shown = leaders.length >= MIN_GROUP;
  const milestones: MilestoneRow[] = MILESTONES.map((day, m) => {
    const reached = leaders.filter((l) => l.ties[m] !== null);
    if (!shown || reached.length < MIN_GROUP)
      return { day, leaders: reached.length, medianTies: null, medianOtherUnits: null };
    return {
      day,
      leaders: reached.length,
      medianTies: r3(median(reached.map((l) => l.ties[m]!))),
      medianOtherUnits: r3(median(reached.map((l) => l.otherUnits[m]!))),
    };
  });
  const past60 = leaders.filter((l) => l.otherUnits[1] !== null);
  return {
    count: leaders.length,
    shown,
    milestones: shown ? milestones : [],
    establishedMedianTies: established.length >= MIN_GROUP ? r3(median(established)) : null,
    notConnectedBeyondUnit:
      shown && past60.length >= MIN_GROUP ? past60.filter((l) => l.otherUnits[1] === 0).length : null,
  };
}

function emptyReport() {
  return {
    units: [],
    matrix: { units: [], ties: [], interactions: [] },
    silos: [],
    bridgesToBuild: [],
    notTalking: { count: 0, pairs: [] },
    fragileBridges: { count: 0, pairs: [] },
    brokers: {
      count: 0,
      shareOfCrossUnitTies: null,
      topShareOfBetweenness: null,
      betweenness: { exact: true, samples: 0, errorBound: null, atTheLine: null },
    },
    communities: { count: 0, modularity: null, agreementWithUnits: null, shown: [], smallCommunities: 0 },
    overload: { thresholdMinutesPerWeek: 0, overloaded: 0, inDemand: 0, medianMinutesPerWeek: null },
    newLeaders: {
      count: 0,
      shown: false,
      milestones: [],
      establishedMedianTies: null,
      notConnectedBeyondUnit: null,
    },
  };
}
