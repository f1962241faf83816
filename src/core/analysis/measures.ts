import type { DiagnosticConfig } from '../findings/config.js';
import {
  type Betweenness,
  betweenness,
  type Communities,
  eiIndex,
  hopDistances,
  louvain,
  type StructuralHoles,
  structuralHoles,
  structuralHolesOf,
  Tally,
} from '../graph/index.js';
import { FORMS, type Form, type Stance } from '../vocabulary.js';
import { clusterNames } from './cluster-names.js';
import { formPercentages } from './form-shares.js';
import { DAY_MS, daysBetween } from './time.js';
import type { Contact, NetworkView } from './view.js';

export interface FormMeasures {
  relationships: number;
  inferred: number;
  /** Minutes of interactions serving this form in the recent window, and their share of all. */
  minutesRecent: number;
  shareOfMinutesRecent: number;
  /** The share in whole percentages that add up to 100 across the forms (what every page shows). */
  percentOfMinutesRecent: number;
  shareOfRelationships: number;
  /** Depth: share of the form's prescribed relationships that are strong (stated strength >= 4). */
  depth: number;
  /** Breadth: external share of the form's contacts times the Blau diversity of their organisations. */
  breadth: number;
  /** Leverage: share of the form's contacts that bridge inside and outside, or hold goal influence. */
  leverage: number;
}

export interface GoalSupport {
  goal: string;
  title: string;
  /** Influence-weighted stance in [-1, 1] (champion 1, supportive .5, neutral and unknown 0, skeptical -.5, opposed -1). */
  stanceScore: number;
  /** Share of influence held by opposed, skeptical or unknown stakeholders. */
  resistantShare: number;
  stakeholders: number;
  reachable: number;
  opposition: boolean;
}

export const STANCE_VALUE: Record<Stance, number> = {
  champion: 1,
  supportive: 0.5,
  neutral: 0,
  unknown: 0,
  skeptical: -0.5,
  opposed: -1,
};

export interface Measures {
  holes: StructuralHoles;
  betweenness: Betweenness;
  communities: Communities;
  /** Hop distance of every node from the owner (-1 when unreachable). */
  distance: Int32Array;
  owner: {
    constraint: number;
    effectiveSize: number;
    efficiency: number;
    hierarchy: number;
    betweenness: number;
    degree: number;
  };
  eiIndex: number;
  internalContacts: number;
  externalContacts: number;
  forms: Record<Form, FormMeasures>;
  diversity: { sector: number; organization: number; unit: number; region: number };
  reach: { direct: number; twoStep: number; throughIntermediaries: number; peopleKnown: number };
  clusters: {
    count: number;
    modularity: number;
    spannedByOwner: number;
    /** Each cluster's name from what its members share (cluster-names.ts), by cluster number. */
    names: string[];
  };
  dynamism: {
    newRelationships: string[];
    dormant: string[];
    weekly: Array<{ week: string; interactions: number; minutes: number }>;
    recentWeeklyAverage: number;
    baselineWeeklyAverage: number;
  };
  reciprocity: { gave: number; received: number; mutual: number };
  trustWithoutSupport: { people: string[]; organizations: string[] };
  goals: GoalSupport[];
  minutesRecent: number;
}

/** Each form's share of the recent networking time: what `assess` and `plan` both state. */
export function recentShares(forms: Readonly<Record<Form, FormMeasures>>): Record<Form, number> {
  return {
    operational: forms.operational.shareOfMinutesRecent,
    personal: forms.personal.shareOfMinutesRecent,
    strategic: forms.strategic.shareOfMinutesRecent,
  };
}

/** The forms of an interaction's attendees' relationships as bits (1 << the form's place in `FORMS`). */
function attendeeFormBits(
  table: NetworkView['interactions'],
  formBits: Uint8Array,
  interaction: number,
): number {
  let bits = 0;
  for (let a = table.attendeeStart[interaction]!; a < table.attendeeStart[interaction + 1]!; a++)
    bits |= formBits[table.attendees[a]! + 1]!;
  return bits;
}

/**
 * The forms of each person's relationship as bits, by graph node (a later relationship with the
 * same person wins, as in `contactById`); strangers to the network, numbered past the people,
 * have none.
 */
function formBitsByNode(view: NetworkView): Uint8Array {
  const bits = new Uint8Array(view.graph.n + view.interactions.strangers.length + 1);
  for (const c of view.contacts) {
    let served = 0;
    for (const f of c.forms) served |= FORM_BIT[f];
    bits[c.node] = served;
  }
  return bits;
}

const FORM_BIT = Object.fromEntries(FORMS.map((f, k) => [f, 1 << k])) as Record<Form, number>;

/**
 * The forms an interaction served: its own, else those of the people's relationships (in the
 * order the attendees and their forms come): what a commitment and a review count. People are
 * looked up by number, not by id; the measures read the same forms as bits (`formBitsByNode`).
 */
export function interactionForms(view: NetworkView, interaction: number): readonly Form[] {
  const table = view.interactions;
  const stated = table.forms(interaction);
  if (stated && stated.length > 0) return stated;
  const forms: Form[] = [];
  for (let a = table.attendeeStart[interaction]!; a < table.attendeeStart[interaction + 1]!; a++) {
    // Attendee at is node at + 1; those past the people are strangers to the network: no
    // relationship, no forms.
    const contact = view.contactById.atNode(table.attendees[a]! + 1);
    for (const f of contact?.forms ?? []) if (!forms.includes(f)) forms.push(f);
  }
  return forms;
}

/** The owner's structural holes (NaN for everyone else), as kept from an earlier run on the same graph if they were. */
function ownerHoles(view: NetworkView): StructuralHoles {
  const { graph, kept } = view;
  const holes: StructuralHoles = {
    constraint: new Float64Array(graph.n).fill(Number.NaN),
    effectiveSize: new Float64Array(graph.n).fill(Number.NaN),
    efficiency: new Float64Array(graph.n).fill(Number.NaN),
    hierarchy: new Float64Array(graph.n).fill(Number.NaN),
  };
  const compute = () => structuralHolesOf(graph, 0);
  const owner = kept ? kept.ownerHoles(graph, compute) : compute();
  holes.constraint[0] = owner.constraint;
  holes.effectiveSize[0] = owner.effectiveSize;
  holes.efficiency[0] = owner.efficiency;
  holes.hierarchy[0] = owner.hierarchy;
  return holes;
}

/**
 * The kernels `measure` runs besides betweenness, for a caller that computes them while
 * betweenness runs elsewhere and hands both to `measure`.
 */
export function kernelsBesideBetweenness(view: NetworkView): {
  holes: StructuralHoles;
  communities: Communities;
} {
  return { holes: everyonesHoles(view), communities: communitiesOf(view) };
}

/** Louvain's clusters of the view's graph, as kept from an earlier run on the same graph if they were. */
function communitiesOf(view: NetworkView): Communities {
  const { graph, config, kept } = view;
  const compute = () => louvain(graph, { seed: config.seed });
  return kept ? kept.communities(graph, config.seed, compute) : compute();
}

/** Everyone's structural holes, as kept from an earlier run on the same graph if they were. */
function everyonesHoles(view: NetworkView): StructuralHoles {
  const { graph, kept } = view;
  const compute = () => structuralHoles(graph);
  return kept ? kept.holes(graph, compute) : compute();
}

/** How the configuration asks betweenness to be computed (also for a caller computing it apart). */
export function betweennessOptions(config: DiagnosticConfig): {
  exactUpTo: number;
  samples: number;
  seed: number;
} {
  return { exactUpTo: config.exactBetweennessUpTo, samples: config.betweennessSamples, seed: config.seed };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/**
 * Everything measured. Callers that do not report every person's measures skip what they do
 * not use: `betweenness: false` leaves betweenness at 0 (the costliest kernel; a caller that
 * computed it already, on another thread, passes it instead), and
 * `holes: 'owner'` computes the structural-hole measures of the owner only (NaN for everyone
 * else), which is all the findings and the coach read.
 */
export function measure(
  view: NetworkView,
  options: {
    betweenness?: boolean | Betweenness;
    holes?: 'everyone' | 'owner' | StructuralHoles;
    communities?: Communities;
  } = {},
): Measures {
  const { graph, contacts, config, asOfMs, network } = view;
  const holes =
    typeof options.holes === 'object'
      ? options.holes
      : options.holes === 'owner'
        ? ownerHoles(view)
        : everyonesHoles(view);
  const given = typeof options.betweenness === 'object' ? options.betweenness : undefined;
  if (given && given.values.length !== graph.n)
    throw new Error(`betweenness given for ${given.values.length} nodes, the graph has ${graph.n}`);
  const between =
    given ??
    (options.betweenness === false
      ? { values: new Float64Array(graph.n), exact: false, samples: 0, errorBound: null }
      : betweenness(graph, betweennessOptions(config)));
  const communities = options.communities ?? communitiesOf(view);
  const distance = hopDistances(graph, 0);
  const internalContacts = contacts.filter((c) => c.internal).length;
  const externalContacts = contacts.length - internalContacts;

  // One pass over the interactions, in document order, with their days to asOf from the view:
  // minutes by form in the recent window (split among the forms an interaction served),
  // weekly activity over the last 26 weeks (networking = every interaction the owner logged),
  // and who gave and received.
  const minutesByForm: Record<Form, number> = { operational: 0, personal: 0, strategic: 0 };
  let minutesRecent = 0;
  /** Minutes of interactions that served some form (with nobody one has a relationship with, none). */
  let minutesWithForm = 0;
  const weeks = config.lapseBaselineWeeks + config.lapseRecentWeeks;
  const weekly = Array.from({ length: weeks }, (_, i) => ({
    week: new Date(asOfMs - (weeks - i) * 7 * DAY_MS + DAY_MS).toISOString().slice(0, 10),
    interactions: 0,
    minutes: 0,
  }));
  const reciprocity = { gave: 0, received: 0, mutual: 0 };
  const table = view.interactions;
  const days = view.interactionDays;
  const formBits = formBitsByNode(view);
  for (let i = 0; i < table.length; i++) {
    const d = days(i);
    if (d < 0) continue;
    const minutes = table.minutes(i) ?? 30;
    if (d <= config.recentDays) {
      minutesRecent += minutes;
      // An interaction serving several forms splits its minutes among them, so the shares add up
      // to 100 %. The forms its attendees bring are read as bits: no list per interaction.
      const stated = table.forms(i);
      if (stated && stated.length > 0) {
        for (const f of stated) minutesByForm[f] += minutes / stated.length;
        minutesWithForm += minutes;
      } else {
        const served = attendeeFormBits(table, formBits, i);
        const count = (served & 1) + ((served >> 1) & 1) + ((served >> 2) & 1);
        for (let k = 0; k < FORMS.length; k++)
          if (served & (1 << k)) minutesByForm[FORMS[k]!] += minutes / count;
        if (count > 0) minutesWithForm += minutes;
      }
    }
    const w = weeks - 1 - Math.floor(d / 7);
    if (w >= 0) {
      weekly[w]!.interactions++;
      weekly[w]!.minutes += minutes;
    }
    const direction = table.direction(i);
    if (direction) reciprocity[direction]++;
  }

  const forms = {} as Record<Form, FormMeasures>;
  const percent = formPercentages(minutesByForm);
  // One pass over the contacts, counting for each form they serve: no list of members per
  // question, and each contact read once, not once per form.
  const tallies = FORMS.map(() => ({
    members: 0,
    inferred: 0,
    prescribed: 0,
    prescribedStrong: 0,
    leverage: 0,
    // External members by organisation; a person without one is a category of their own.
    organizations: new Tally<unknown>(),
  }));
  for (const c of contacts) {
    let levers: boolean | undefined;
    for (let k = 0; k < FORMS.length; k++) {
      if (!c.forms.includes(FORMS[k]!)) continue;
      const t = tallies[k]!;
      t.members++;
      if (c.formsInferred) t.inferred++;
      if (c.relationship.prescribed) {
        t.prescribed++;
        if (c.statedStrength >= config.strongStrength) t.prescribedStrong++;
      }
      if (!c.internal) t.organizations.add(c.person.organization ?? c.person);
      levers ??= c.bridge || view.influence.has(c.id);
      if (levers) t.leverage++;
    }
  }
  FORMS.forEach((form, k) => {
    const t = tallies[k]!;
    forms[form] = {
      relationships: t.members,
      inferred: t.inferred,
      minutesRecent: Math.round(minutesByForm[form]),
      shareOfMinutesRecent: ratio(minutesByForm[form], minutesWithForm),
      percentOfMinutesRecent: percent[form],
      shareOfRelationships: ratio(t.members, contacts.length),
      depth: ratio(t.prescribedStrong, t.prescribed),
      breadth: ratio(t.organizations.total, t.members) * t.organizations.blau(),
      leverage: ratio(t.leverage, t.members),
    };
  });

  // An insider with no sector of their own is in the owner's organisation's (looked up once).
  const ownSector = (network.organizations ?? []).find((o) => o.id === network.owner.organization)?.sector;
  const attr = (pick: (c: Contact) => string | undefined) => {
    const values = new Tally<string>();
    for (const c of contacts) {
      const v = pick(c);
      if (v !== undefined && v !== '') values.add(v);
    }
    return values.blau();
  };
  const direct = contacts.length;
  // Within two steps: at distance 1 or 2, read off the distances rather than walked again.
  let twoStep = 0;
  for (let v = 0; v < distance.length; v++) if (distance[v] === 1 || distance[v] === 2) twoStep++;
  const nameClusters = () => clusterNames(network, communities.community, communities.count);

  const spanned = new Set(contacts.map((c) => communities.community[c.node]));

  const sum = (from: number, to: number) => weekly.slice(from, to).reduce((a, w) => a + w.interactions, 0);
  const recentWeeklyAverage = sum(weeks - config.lapseRecentWeeks, weeks) / config.lapseRecentWeeks;
  const baselineWeeklyAverage = sum(0, weeks - config.lapseRecentWeeks) / config.lapseBaselineWeeks;

  const supportCutoff = config.supportDays;
  const trustPeople = contacts
    // An unstated support level is unknown, not zero: only stated low support counts.
    .filter(
      (c) =>
        (c.relationship.trust ?? 0) >= config.highTrust &&
        c.relationship.support !== undefined &&
        c.relationship.support <= config.lowSupport,
    )
    .filter(
      (c) =>
        !view.interactionsOf
          .numbers(c.id)
          .some(
            (i) =>
              table.direction(i) === 'received' &&
              (table.value(i) ?? []).some((v) => v === 'support' || v === 'resources') &&
              days(i) <= supportCutoff,
          ),
    )
    .map((c) => c.id);
  const trustOrgs = (network.organizations ?? [])
    .filter((o) => o.id !== network.owner.organization && (o.trust ?? 0) >= config.highTrust)
    .filter((o) => !(o.support ?? []).some((s) => daysBetween(s.date, asOfMs) <= supportCutoff))
    .map((o) => o.id);

  const goals: GoalSupport[] = (network.goals ?? []).map((goal) => {
    const stakeholders = goal.stakeholders ?? [];
    const total = stakeholders.reduce((a, s) => a + s.influence, 0);
    const weighted = stakeholders.reduce((a, s) => a + s.influence * STANCE_VALUE[s.stance], 0);
    const resistant = stakeholders
      .filter((s) => s.stance === 'opposed' || s.stance === 'skeptical' || s.stance === 'unknown')
      .reduce((a, s) => a + s.influence, 0);
    return {
      goal: goal.id,
      title: goal.title,
      stanceScore: ratio(weighted, total),
      resistantShare: ratio(resistant, total),
      stakeholders: stakeholders.length,
      reachable: stakeholders.filter((s) => distance[graph.index.get(s.person)!]! > 0).length,
      opposition: stakeholders.some((s) => s.stance === 'opposed' || s.stance === 'skeptical'),
    };
  });

  return {
    holes,
    betweenness: between,
    communities,
    distance,
    owner: {
      constraint: holes.constraint[0]!,
      effectiveSize: holes.effectiveSize[0]!,
      efficiency: holes.efficiency[0]!,
      hierarchy: holes.hierarchy[0]!,
      betweenness: between.values[0]!,
      degree: graph.offsets[1]! - graph.offsets[0]!,
    },
    eiIndex: eiIndex(internalContacts, externalContacts),
    internalContacts,
    externalContacts,
    forms,
    diversity: {
      sector: attr((c) => c.person.sector ?? (c.internal ? ownSector : undefined)),
      organization: attr((c) => c.person.organization),
      unit: attr((c) => (c.internal ? c.person.unit : undefined)),
      region: attr((c) => c.person.region),
    },
    reach: { direct, twoStep, throughIntermediaries: twoStep - direct, peopleKnown: graph.n - 1 },
    clusters: {
      count: communities.count,
      modularity: communities.modularity,
      spannedByOwner: spanned.size,
      names: view.kept ? view.kept.clusterNames(communities, nameClusters) : nameClusters(),
    },
    dynamism: {
      newRelationships: contacts
        .filter(
          (c) =>
            c.relationship.since !== undefined && daysBetween(c.relationship.since, asOfMs) <= config.newDays,
        )
        .map((c) => c.id),
      dormant: contacts
        .filter((c) => c.lapsed)
        .sort(
          (a, b) =>
            b.statedStrength - a.statedStrength || (b.daysSinceContact ?? 1e9) - (a.daysSinceContact ?? 1e9),
        )
        .map((c) => c.id),
      weekly,
      recentWeeklyAverage,
      baselineWeeklyAverage,
    },
    reciprocity,
    trustWithoutSupport: { people: trustPeople, organizations: trustOrgs },
    goals,
    minutesRecent,
  };
}
