import { contactExchanges } from '../analysis/exchanges.js';
import { dateOf, distinctAttendees } from '../analysis/interaction-table.js';
import type { Measures } from '../analysis/measures.js';
import { interactionForms } from '../analysis/measures.js';
import { DAY_MS, daysBetween, toMs } from '../analysis/time.js';
import type { Contact, NetworkView } from '../analysis/view.js';
import type { Commitment } from '../model.js';
import { EXTERNAL_GROUP_KINDS } from '../vocabulary.js';
import type { Finding } from './types.js';

type Rule = (view: NetworkView, m: Measures) => Finding | Finding[] | null;

const round = (x: number, digits = 3) =>
  Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null;
const names = (view: NetworkView, ids: string[], max = 4) => {
  const shown = ids.slice(0, max).map((id) => view.people.get(id)?.name ?? id);
  return ids.length > max ? `${shown.join(', ')} and ${ids.length - max} more` : shown.join(', ');
};
const pct = (x: number) => `${Math.round(x * 100)} %`;

function finding(partial: Omit<Finding, 'evidence'> & { evidence: Partial<Finding['evidence']> }): Finding {
  return {
    ...partial,
    evidence: { people: [], organizations: [], goals: [], measures: {}, ...partial.evidence },
  };
}

const strategicUnderused: Rule = (view, m) => {
  const c = view.config;
  const share = m.forms.strategic.shareOfRelationships;
  const timeShare = m.forms.strategic.shareOfMinutesRecent;
  const noGoal = (view.network.goals ?? []).length === 0;
  const lowTime = m.minutesRecent > 0 && timeShare < c.strategicShareMin;
  if (!(share < c.strategicShareMin || lowTime || noGoal) || view.contacts.length === 0) return null;
  const reasons = [
    share < c.strategicShareMin ? `${pct(share)} of relationships are strategic` : null,
    lowTime
      ? `${pct(timeShare)} of the last ${c.recentDays} days' networking time went to strategic contacts`
      : null,
    noGoal ? 'no goal is recorded' : null,
  ].filter(Boolean);
  return finding({
    code: 'strategic.underused',
    severity: 'warning',
    form: 'strategic',
    title: 'The strategic network is under-used',
    explanation: `${reasons.join('; ')}. The strategic form is the one that looks ahead: people who help you see what is coming and back where you want to go. Most new leaders neglect it because today's work always seems more urgent.`,
    evidence: {
      measures: {
        strategicShareOfRelationships: round(share),
        strategicShareOfMinutesRecent: round(timeShare),
        goals: (view.network.goals ?? []).length,
      },
    },
    actions: ['reach', 'hook', 'join'],
  });
};

const networkInward: Rule = (view, m) => {
  if (view.contacts.length < view.config.minContacts || m.eiIndex >= view.config.inwardEi) return null;
  return finding({
    code: 'network.inward',
    severity: 'warning',
    form: 'general',
    title: 'The network looks inward',
    explanation: `${m.internalContacts} of ${view.contacts.length} relationships are inside your own organisation (balance of outside against inside ties ${round(m.eiIndex, 2)}, from -1 all inside to +1 all outside). A network that stays at home hears about change last: outside contacts bring the news, ideas and options the organisation does not have.`,
    evidence: {
      measures: {
        eiIndex: round(m.eiIndex),
        internalContacts: m.internalContacts,
        externalContacts: m.externalContacts,
      },
    },
    actions: ['join', 'hook', 'reach'],
  });
};

type Powerful = { id: string; contact: Contact | undefined; influence: number };
/** Two rules read the powerful people of one view: found once per view. */
const powerfulOf = new WeakMap<NetworkView, readonly Powerful[]>();

/** Powerful people: contacts with power, and goal stakeholders of high influence even without a relationship. */
function powerfulPeople(view: NetworkView): readonly Powerful[] {
  let found = powerfulOf.get(view);
  if (!found) {
    found = findPowerful(view);
    powerfulOf.set(view, found);
  }
  return found;
}

function findPowerful(view: NetworkView): Powerful[] {
  const out = new Map<string, Powerful>();
  for (const c of view.contacts)
    if (c.powerful) out.set(c.id, { id: c.id, contact: c, influence: view.influence.get(c.id) ?? 0 });
  for (const [id, influence] of view.influence) {
    if (influence >= view.config.powerfulInfluence && !out.has(id))
      out.set(id, { id, contact: view.contactById.get(id), influence });
  }
  return [...out.values()];
}

const blindSpot: Rule = (view) => {
  const c = view.config;
  const spots = powerfulPeople(view).filter(({ contact }) => {
    if (!contact) return true;
    if (contact.statedStrength <= c.weakStrength) return true;
    if (!view.hasInteractions) return false;
    const limit = contact.cadenceExplicit ? contact.cadenceDays : c.blindSpotDays;
    return contact.daysSinceContact === null || contact.daysSinceContact > limit;
  });
  if (spots.length === 0) return null;
  spots.sort((a, b) => b.influence - a.influence);
  const critical = spots.some((s) => s.influence >= 5);
  // A strong tie whose regular contact stopped is not a weak tie: say what stopped.
  const strong = spots.filter(({ contact }) => contact && contact.statedStrength > c.weakStrength);
  const weak = spots.filter((s) => !strong.includes(s));
  const stopped = strong.map(({ id, contact }) => {
    const rhythm = usualGap(view, id);
    return `${names(view, [id])} (${rhythm === null ? '' : `you used to meet about every ${rhythm} days; `}${contact!.daysSinceContact === null ? 'no contact logged' : `last contact ${contact!.daysSinceContact} days ago`})`;
  });
  const parts = [
    weak.length
      ? `${names(
          view,
          weak.map((s) => s.id),
        )} can shape your work or your goals, yet your tie is weak or missing`
      : null,
    strong.length
      ? `${weak.length ? 'and your ' : 'Your '}regular contact with ${stopped.join(', ')} has stopped, though ${strong.length === 1 ? 'the tie is' : 'the ties are'} strong`
      : null,
  ].filter(Boolean);
  return finding({
    code: 'operational.blind-spot',
    severity: critical ? 'critical' : 'warning',
    form: 'operational',
    title:
      weak.length === 0
        ? 'Strong ties to people with power over your work have gone quiet'
        : 'People with power over your work are weakly tied to you',
    explanation: `${parts.join('; ')}. New leaders tend to polish their own team and leave peers, bosses and board members to formal meetings; decisions then get made without them.`,
    evidence: {
      people: spots.map((s) => s.id),
      measures: Object.fromEntries(
        spots.slice(0, 20).flatMap((s) => [
          [`strength:${s.id}`, s.contact?.statedStrength ?? 0],
          [`daysSinceContact:${s.id}`, s.contact?.daysSinceContact ?? null],
        ]),
      ),
    },
    actions: ['strengthen', 'reach'],
  });
};

/** The usual days between the owner's last few contacts with a person (median), or null. */
function usualGap(view: NetworkView, id: string): number | null {
  const numbers = view.interactionsOf.numbers(id);
  if (numbers.length < 3) return null;
  const last = Array.from(numbers.slice(-6), (i) => view.interactionMs(i));
  const gaps = last
    .slice(1)
    .map((t, k) => Math.round((t - last[k]!) / DAY_MS))
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? null;
}

const formalOnly: Rule = (view) => {
  const c = view.config;
  const formal = powerfulPeople(view).filter(({ id }) => {
    const recent = view.interactionsOf.numbers(id).filter((i) => view.interactionDays(i) <= c.formalOnlyDays);
    return (
      recent.length > 0 &&
      recent.every((i) => distinctAttendees(view.interactions, i) + 1 >= c.formalMeetingSize)
    );
  });
  if (formal.length === 0) return null;
  return finding({
    code: 'operational.formal-only',
    severity: 'warning',
    form: 'operational',
    title: 'You meet some key people only in large formal meetings',
    explanation: `In the last ${c.formalOnlyDays} days you saw ${names(
      view,
      formal.map((f) => f.id),
    )} only in meetings of ${c.formalMeetingSize} or more. Formal settings rarely build the rapport that lets you learn what someone thinks before the decision is taken; a one-to-one conversation does.`,
    evidence: {
      people: formal.map((f) => f.id),
      measures: { formalMeetingSize: c.formalMeetingSize, windowDays: c.formalOnlyDays },
    },
    actions: ['strengthen'],
  });
};

const shallow: Rule = (view, m) => {
  const c = view.config;
  const prescribed = view.contacts.filter((x) => x.relationship.prescribed);
  if (prescribed.length < c.minPrescribed || m.forms.operational.depth >= c.depthMin) return null;
  const weak = prescribed.filter((x) => x.statedStrength < c.strongStrength).map((x) => x.id);
  const depth = prescribed.length === 0 ? 0 : (prescribed.length - weak.length) / prescribed.length;
  if (depth >= c.depthMin) return null;
  return finding({
    code: 'operational.shallow',
    severity: 'warning',
    form: 'operational',
    title: 'Your operational network lacks depth',
    explanation: `Only ${pct(depth)} of the ${prescribed.length} relationships your job requires are strong. The operational network is worth what its trust is worth: when work gets hard, you need the people it depends on to go out of their way for you.`,
    evidence: { people: weak, measures: { depth: round(depth), prescribedRelationships: prescribed.length } },
    actions: ['strengthen', 'reconnect'],
  });
};

const narrow: Rule = (view, m) => {
  const c = view.config;
  const external = view.contacts.filter((x) => !x.internal);
  if (external.length < c.minExternal) return null;
  const byOrg = new Map<string, number>();
  for (const x of external)
    byOrg.set(x.person.organization ?? `?${x.id}`, (byOrg.get(x.person.organization ?? `?${x.id}`) ?? 0) + 1);
  const [topOrg, topCount] = [...byOrg.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const dominant = topCount / external.length;
  const orgs = [...byOrg.keys()];
  const diversity =
    orgs.length <= 1 ? 0 : 1 - [...byOrg.values()].reduce((a, n) => a + (n / external.length) ** 2, 0);
  if (diversity >= c.narrowBlau && dominant <= c.dominantShare) return null;
  return finding({
    code: 'personal.narrow',
    severity: 'warning',
    form: 'personal',
    title: 'Your outside contacts come from too few places',
    explanation: `Your ${external.length} external contacts are concentrated (variety of organisations ${round(diversity, 2)}, from 0 all one to near 1 all different; ${pct(dominant)} at ${view.network.organizations?.find((o) => o.id === topOrg)?.name ?? 'one organisation'}). Breadth is what makes a personal network useful: people from different worlds refer you to things you would never find among people like you.`,
    evidence: {
      organizations: topOrg.startsWith('?') ? [] : [topOrg],
      measures: {
        blauOrganization: round(diversity),
        dominantOrganizationShare: round(dominant),
        blauSector: round(m.diversity.sector),
        externalContacts: external.length,
      },
    },
    actions: ['join', 'hook', 'introduce'],
  });
};

const noGroups: Rule = (view) => {
  const kinds = new Set<string>(EXTERNAL_GROUP_KINDS);
  const external = (view.network.groups ?? []).filter(
    (g) => g.ownerIsMember && g.kind !== undefined && kinds.has(g.kind),
  );
  if (external.length > 0) return null;
  const candidates = (view.network.groups ?? [])
    .filter((g) => g.kind !== undefined && kinds.has(g.kind))
    .map((g) => g.id);
  return finding({
    code: 'personal.no-groups',
    severity: 'warning',
    form: 'personal',
    title: 'You belong to no outside group',
    explanation: `You are not a member of any association, club, alumni network or community of practice. Groups give a steady, natural reason to meet people outside your organisation, which is how most personal networks grow without feeling forced.${candidates.length ? ` Known groups: ${candidates.length}.` : ''}`,
    evidence: { measures: { externalGroups: 0, knownGroups: candidates.length } },
    actions: ['join'],
  });
};

const lowReach: Rule = (view, m) => {
  const c = view.config;
  const notDirect = m.reach.peopleKnown - m.reach.direct;
  if (view.contacts.length === 0 || notDirect < 10) return null;
  const share = m.reach.throughIntermediaries / notDirect;
  if (share >= c.reachShareMin || m.reach.throughIntermediaries >= 2 * m.reach.direct) return null;
  return finding({
    code: 'personal.low-reach',
    severity: 'warning',
    form: 'personal',
    title: 'Your contacts open few doors beyond themselves',
    explanation: `Through one introduction you could reach ${m.reach.throughIntermediaries} of the ${notDirect} people you know of but do not know directly (${m.reach.twoStep} people within two steps of you). A broad personal network works like "six degrees": the value is in who your contacts can refer you to.`,
    evidence: {
      measures: { twoStepReach: m.reach.twoStep, directContacts: m.reach.direct, reachShare: round(share) },
    },
    actions: ['introduce', 'reach', 'join'],
  });
};

const closed: Rule = (view, m) => {
  const c = view.config;
  const { constraint, efficiency, degree } = m.owner;
  const highConstraint = constraint > c.closedConstraint;
  const lowEfficiency = degree >= c.closedMinContacts && efficiency < c.closedEfficiency;
  if (!(highConstraint || lowEfficiency)) return null;
  return finding({
    code: 'strategic.closed',
    severity: 'warning',
    form: 'strategic',
    title: 'Your contacts mostly know each other',
    explanation: `How closely your contacts are tied to one another scores ${round(constraint, 2)} (from 0 to 1), and only ${round(m.owner.effectiveSize, 1)} of your ${degree} contacts bring something the others do not (${pct(efficiency)}). When your contacts all know one another, they tell you the same things and you broker nothing: leverage comes from linking people who are not otherwise linked.`,
    evidence: {
      measures: {
        constraint: round(constraint),
        efficiency: round(efficiency),
        effectiveSize: round(m.owner.effectiveSize),
        degree,
      },
    },
    actions: ['introduce', 'reach', 'join'],
  });
};

const noBridges: Rule = (view) => {
  if (view.contacts.length === 0) return null;
  const bridges = view.contacts.filter((x) => x.bridge);
  if (bridges.length > 0) return null;
  const mixed = view.contacts.some((x) => x.internal) && view.contacts.some((x) => !x.internal);
  // Ties between an internal and an external contact also bridge (looked for only when no
  // contact bridges): each contact's row of the graph, the owner (node 0) aside.
  const { graph } = view;
  const crossTie = view.contacts.some((c) => {
    const u = c.node;
    for (let i = graph.offsets[u]!, end = graph.offsets[u + 1]!; i < end; i++) {
      const other = graph.neighbors[i]!;
      if (other === 0) continue;
      const contact = view.contactById.get(graph.ids[other]!);
      if (contact !== undefined && contact.internal !== c.internal) return true;
    }
    return false;
  });
  if (crossTie) return null;
  return finding({
    code: 'strategic.no-bridges',
    severity: 'warning',
    form: 'strategic',
    title: 'Nobody links your inside and outside worlds',
    explanation: `None of your contacts knows people both inside and outside your organisation${mixed ? ', and none of your internal and external contacts know each other' : ''}. Strategic leverage means carrying information and support from one part of the network to another; without such links, you are the only bridge, or there is none.`,
    evidence: { measures: { bridgingContacts: 0 } },
    actions: ['introduce', 'reach'],
  });
};

/**
 * Upward: a higher level inside the owner's own organisation, other than the owner's boss in
 * the owner's own unit (that line is operational; the boss's peers, those above them and a
 * boss in another unit are the vertical reach). Senior
 * people elsewhere do not count: they cannot carry the owner's ideas up their organisation.
 */
function upwardCandidates(view: NetworkView): Contact[] {
  const level = view.network.owner.level!;
  return view.contacts.filter((x) => {
    const roles = x.relationship.roles ?? [];
    const onlyTheBoss = roles.length > 0 && roles.every((r) => r === 'superior');
    const sameUnit = x.person.unit !== undefined && x.person.unit === view.network.owner.unit;
    return x.internal && x.person.level !== undefined && x.person.level > level && !(onlyTheBoss && sameUnit);
  });
}

const noUpward: Rule = (view) => {
  const c = view.config;
  const owner = view.network.owner;
  if (owner.level === undefined || view.contacts.length === 0) return null;
  const candidates = upwardCandidates(view);
  const upward = candidates.filter(
    (x) =>
      x.statedStrength >= c.workingStrength ||
      (x.daysSinceContact !== null && x.daysSinceContact <= c.recentDays),
  );
  if (upward.length > 0) return null;
  const seniorOutside = view.contacts.filter(
    (x) => !x.internal && x.person.level !== undefined && x.person.level > owner.level!,
  ).length;
  return finding({
    code: 'strategic.no-upward',
    severity: 'warning',
    form: 'strategic',
    title: 'No working tie to anyone more senior in your organisation beyond your own boss',
    explanation: `You have no strong or active relationship with someone above your level (${owner.level}) in your own organisation, besides your direct boss${seniorOutside ? `; the ${seniorOutside} senior people you know elsewhere cannot speak for you inside` : ''}. Your boss's peers and the people above them see the priorities forming before they reach you, and their sponsorship carries your ideas across the organisation.`,
    evidence: {
      people: candidates.map((x) => x.id),
      measures: { ownerLevel: owner.level, upwardWorkingTies: 0, seniorOutside },
    },
    actions: ['hook', 'reach', 'strengthen'],
  });
};

const noLateral: Rule = (view) => {
  const owner = view.network.owner;
  if (owner.unit === undefined || view.contacts.length === 0) return null;
  const lateral = view.contacts.filter(
    (x) => x.internal && x.person.unit !== undefined && x.person.unit !== owner.unit,
  );
  if (lateral.length > 0) return null;
  return finding({
    code: 'strategic.no-lateral',
    severity: 'warning',
    form: 'strategic',
    title: 'No tie to another unit of your organisation',
    explanation: `All your internal relationships sit in ${owner.unit}. Lateral ties are how a leader hears about shifts elsewhere in the company and builds the coalitions that cross-unit decisions need.`,
    evidence: { measures: { lateralTies: 0 } },
    actions: ['hook', 'introduce', 'join'],
  });
};

const goalUnsupported: Rule = (view, m) =>
  m.goals
    .filter((g) => g.stakeholders > 0 && (g.stanceScore < 0 || g.resistantShare > 0.5))
    .map((g) => {
      const goal = (view.network.goals ?? []).find((x) => x.id === g.goal)!;
      const resisting = (goal.stakeholders ?? []).filter(
        (s) => s.stance === 'opposed' || s.stance === 'skeptical' || s.stance === 'unknown',
      );
      return finding({
        code: 'goal.unsupported',
        severity: g.stanceScore < -0.3 ? 'critical' : 'warning',
        form: 'strategic',
        title: `"${g.title}" lacks support where the influence is`,
        explanation: `Weighted by influence, the stakeholders' stance is ${round(g.stanceScore, 2)} (from -1 opposed to +1 champion), and ${pct(g.resistantShare)} of the influence sits with people who are opposed, skeptical or unknown. A goal moves when enough influence is behind it; win over or at least understand ${names(
          view,
          resisting.map((s) => s.person),
        )}.`,
        evidence: {
          people: resisting.map((s) => s.person),
          goals: [g.goal],
          measures: { stanceScore: round(g.stanceScore), resistantInfluenceShare: round(g.resistantShare) },
        },
        actions: ['strengthen', 'reach', 'ask'],
      });
    });

const goalUnreachable: Rule = (view, m) => {
  const out: Finding[] = [];
  for (const goal of view.network.goals ?? []) {
    const unreachable = (goal.stakeholders ?? []).filter(
      (s) =>
        s.influence >= view.config.reachableInfluence && m.distance[view.graph.index.get(s.person)!]! < 0,
    );
    if (unreachable.length === 0) continue;
    out.push(
      finding({
        code: 'goal.unreachable',
        severity: 'critical',
        form: 'strategic',
        title: `No path to key stakeholders of "${goal.title}"`,
        explanation: `You have neither a relationship with ${names(
          view,
          unreachable.map((s) => s.person),
        )} nor any chain of known ties that leads to them, though they hold influence ${unreachable.map((s) => s.influence).join(', ')} over this goal. Find someone who knows them: indirect influence through intermediaries is often the only way in.`,
        evidence: {
          people: unreachable.map((s) => s.person),
          goals: [goal.id],
          measures: { unreachableStakeholders: unreachable.length },
        },
        actions: ['reach', 'join'],
      }),
    );
  }
  return out;
};

const alliesIdle: Rule = (view, m) => {
  const out: Finding[] = [];
  for (const g of m.goals) {
    if (!g.opposition) continue;
    const goal = (view.network.goals ?? []).find((x) => x.id === g.goal)!;
    const allies = (goal.stakeholders ?? [])
      .filter((s) => s.stance === 'champion' || s.stance === 'supportive')
      .map((s) => s.person);
    const idle = allies.filter((id) => {
      const numbers = view.interactionsOf.numbers(id);
      return numbers.length === 0 || view.interactionDays(numbers.at(-1)!) > view.config.allyIdleDays;
    });
    if (idle.length === 0) continue;
    out.push(
      finding({
        code: 'goal.allies-idle',
        severity: 'warning',
        form: 'strategic',
        title: `Allies of "${g.title}" have not been activated`,
        explanation: `The goal meets opposition, yet you have not been in touch with ${names(view, idle)}, who support it, for over ${view.config.allyIdleDays} days. Allies who are not asked do not act: tell them what is at stake and what would help.`,
        evidence: {
          people: idle,
          goals: [g.goal],
          measures: { idleAllies: idle.length, allies: allies.length },
        },
        actions: ['reconnect', 'ask'],
      }),
    );
  }
  return out;
};

const stale: Rule = (view, m) => {
  const c = view.config;
  if (!view.hasInteractions || view.contacts.length < c.minContacts) return null;
  const share = m.dynamism.dormant.length / view.contacts.length;
  if (share <= c.staleShare) return null;
  return finding({
    code: 'dynamism.stale',
    severity: 'warning',
    form: 'general',
    title: 'Many relationships have gone quiet',
    explanation: `${m.dynamism.dormant.length} of ${view.contacts.length} relationships (${pct(share)}) had no contact within their cadence (or ${c.dormantDays} days). Strongest first: ${names(view, m.dynamism.dormant, 5)}. Dormant ties are cheap to revive and often the most valuable: they know you, and they know things you do not.`,
    evidence: {
      people: m.dynamism.dormant,
      measures: { dormantShare: round(share), dormant: m.dynamism.dormant.length },
    },
    actions: ['reconnect'],
  });
};

const lapse: Rule = (view, m) => {
  const c = view.config;
  const { recentWeeklyAverage: recent, baselineWeeklyAverage: baseline } = m.dynamism;
  if (baseline < c.lapseMinWeekly || recent > (1 - c.lapseDrop) * baseline) return null;
  return finding({
    code: 'dynamism.lapse',
    severity: 'warning',
    form: 'general',
    title: 'Your networking has lapsed',
    explanation: `In the last ${c.lapseRecentWeeks} weeks you logged ${round(recent, 1)} interactions a week, against ${round(baseline, 1)} a week over the ${c.lapseBaselineWeeks} weeks before. Networking is the first thing to go when operations get busy, and the hardest to restart: a small, regular habit protects it.`,
    evidence: { measures: { recentWeeklyAverage: round(recent), baselineWeeklyAverage: round(baseline) } },
    actions: ['reconnect'],
  });
};

const noNew: Rule = (view, m) => {
  if (view.contacts.length === 0) return null;
  const dated = view.contacts.filter((x) => x.relationship.since !== undefined);
  if (dated.length === 0) return null;
  if (m.dynamism.newRelationships.length > 0) return null;
  // A first interaction in the window also counts as a new relationship.
  const firstContactRecent = view.contacts.some((x) => {
    const numbers = view.interactionsOf.numbers(x.id);
    const first = numbers.length > 0 ? dateOf(view.interactions, numbers[0]!) : undefined;
    return (
      x.relationship.since === undefined &&
      first !== undefined &&
      daysBetween(first, view.asOfMs) <= view.config.newDays
    );
  });
  if (firstContactRecent) return null;
  return finding({
    code: 'dynamism.no-new',
    severity: 'warning',
    form: 'personal',
    title: 'No new relationship in six months',
    explanation: `None of your relationships began in the last ${view.config.newDays} days. A network that is not renewed ages with you: new people bring new information and new routes to the people you will need next.`,
    evidence: { measures: { newRelationships: 0, windowDays: view.config.newDays } },
    actions: ['join', 'hook', 'reach'],
  });
};

const PERIOD_DAYS = { week: 7, month: 30, quarter: 91 } as const;

/**
 * For a commitment that names people, roles or groups, which of the network's people (by
 * position) an interaction must include to count: one of the people named, a member of one of the
 * groups, or someone whose relationship has one of the roles. Undefined when the commitment names
 * none of them (every interaction may count).
 */
function qualifyingPeople(view: NetworkView, commitment: Commitment): Uint8Array | undefined {
  if (commitment.people === undefined && !commitment.roles?.length && commitment.groups === undefined)
    return undefined;
  const named = new Set(commitment.people ?? []);
  const inGroups = new Set(commitment.groups ?? []);
  for (const g of view.network.groups ?? [])
    if (inGroups.has(g.id)) for (const m of g.members ?? []) named.add(m);
  const roles = new Set<string>(commitment.roles ?? []);
  const people = view.network.people;
  const qualifies = new Uint8Array(people.length);
  for (let p = 0; p < people.length; p++) {
    const id = people[p]!.id;
    if (named.has(id)) qualifies[p] = 1;
    else if (roles.size > 0) {
      const held = view.contactById.get(id)?.relationship.roles ?? [];
      if (held.some((r) => roles.has(r))) qualifies[p] = 1;
    }
  }
  return qualifies;
}

function attendedBySomeone(table: NetworkView['interactions'], i: number, qualifies: Uint8Array): boolean {
  for (let a = table.attendeeStart[i]!, end = table.attendeeStart[i + 1]!; a < end; a++) {
    const position = table.attendees[a]!;
    if (position < qualifies.length && qualifies[position] === 1) return true;
  }
  return false;
}

function commitmentPeriods(
  view: NetworkView,
  commitment: Commitment,
): Array<{ start: number; count: number }> {
  const days = PERIOD_DAYS[commitment.per ?? 'week'];
  const since = commitment.since ? toMs(commitment.since) : -Infinity;
  const periods: Array<{ start: number; count: number }> = [];
  for (let i = 1; i <= view.config.commitmentPeriods; i++) {
    const start = view.asOfMs - i * days * DAY_MS;
    if (start < since) break;
    periods.push({ start, count: 0 });
  }
  if (periods.length === 0) return periods;
  // The periods are contiguous: an interaction outside (earliest start, latest end] counts in
  // none, so it is skipped before its kind and forms are looked at. Dates come parsed from the view.
  const earliest = periods.at(-1)!.start;
  const latest = periods[0]!.start + days * DAY_MS;
  const table = view.interactions;
  const ms = view.interactionMs;
  const who = qualifyingPeople(view, commitment);
  for (let i = 0; i < table.length; i++) {
    const t = ms(i);
    if (t <= earliest || t > latest) continue;
    if (commitment.kind && table.kind(i) !== commitment.kind) continue;
    if (commitment.form && !interactionForms(view, i).includes(commitment.form)) continue;
    if (who && !attendedBySomeone(table, i, who)) continue;
    for (const p of periods) if (t > p.start && t <= p.start + days * DAY_MS) p.count++;
  }
  return periods;
}

const commitmentMissed: Rule = (view) =>
  (view.network.commitments ?? [])
    .map((commitment) => {
      const target = commitment.target ?? 1;
      const periods = commitmentPeriods(view, commitment);
      const missed = periods.filter((p) => p.count < target).length;
      if (periods.length < 2 || missed <= periods.length / 2) return null;
      return finding({
        code: 'commitment.missed',
        severity: 'warning',
        form: 'general',
        title: `Commitment slipping: "${commitment.text}"`,
        explanation: `You met your target of ${target} per ${commitment.per ?? 'week'} in only ${periods.length - missed} of the last ${periods.length} periods. Habits you set yourself are the ones that erode first under pressure; decide whether to recommit or to set a target you will keep.`,
        evidence: {
          measures: { commitment: commitment.id, periodsMissed: missed, periods: periods.length, target },
        },
        actions: ['join', 'reconnect'],
      });
    })
    .filter((f): f is Finding => f !== null);

const taking: Rule = (view, m) => {
  const c = view.config;
  const out: Finding[] = [];
  const { gave, received } = m.reciprocity;
  if (
    gave + received >= c.reciprocityMinExchanges &&
    received > c.takingRatio * Math.max(gave, 0) &&
    (gave === 0 ? received > c.takingRatio : true)
  ) {
    out.push(
      finding({
        code: 'reciprocity.taking',
        severity: 'warning',
        form: 'general',
        title: 'You take more than you give',
        explanation: `You logged ${received} times you received help and ${gave} times you gave it. Networks run on reciprocity: give before you need something (an introduction, a tip, your time), and asking becomes easy.`,
        evidence: { measures: { gave, received, ratio: gave === 0 ? null : round(received / gave, 2) } },
        actions: ['give', 'introduce'],
      }),
    );
  }
  const onePerson: string[] = [];
  const exchanged = contactExchanges(view);
  for (const contact of view.contacts) {
    const g = exchanged.gave[contact.node]!;
    const r = exchanged.received[contact.node]!;
    if (g + r >= c.reciprocityMinExchanges && r > c.takingRatio * g) onePerson.push(contact.id);
  }
  if (onePerson.length > 0 && out.length === 0) {
    out.push(
      finding({
        code: 'reciprocity.taking',
        severity: 'warning',
        form: 'general',
        title: 'Some relationships run one way',
        explanation: `With ${names(view, onePerson)}, you have received far more than you have given. Even a strong tie wears thin when it only ever flows towards you.`,
        evidence: { people: onePerson, measures: { people: onePerson.length } },
        actions: ['give'],
      }),
    );
  }
  return out;
};

/** Help given, and help received or asked for, within the exchange window; who received most from the owner. */
function exchanges(view: NetworkView): { gave: number; taken: number; total: number } {
  const table = view.interactions;
  let gave = 0;
  let taken = 0;
  let total = 0;
  for (let i = 0; i < table.length; i++) {
    const d = view.interactionDays(i);
    if (d < 0 || d > view.config.exchangeWindowDays) continue;
    const direction = table.direction(i);
    const asked = table.kind(i) === 'request';
    if (!direction && !asked) continue;
    total++;
    if (direction === 'gave' && !asked) gave++;
    else if (direction === 'received' || asked) taken++;
  }
  return { gave, taken, total };
}

const neverAsks: Rule = (view) => {
  const c = view.config;
  const { gave, taken, total } = exchanges(view);
  if (total < c.neverAsksMinExchanges || gave < c.neverAsksGaveShare * total || taken > c.neverAsksMaxTaken)
    return null;
  return finding({
    code: 'reciprocity.never-asks',
    severity: 'warning',
    form: 'general',
    title: 'You give but never ask',
    explanation: `In the last ${c.exchangeWindowDays} days you gave help ${gave} times out of ${total} exchanges and received or asked for it ${taken === 0 ? 'never' : `only ${taken === 1 ? 'once' : `${taken} times`}`}. People who help you want to be asked: a network you never draw on cannot back you when it matters, and asking for advice is itself a way to build a tie.`,
    evidence: {
      measures: { exchanges: total, gave, receivedOrAsked: taken, gaveShare: round(gave / total) },
    },
    actions: ['ask', 'request-support'],
  });
};

const noGiving: Rule = (view, m) => {
  const c = view.config;
  const { gave, received } = m.reciprocity;
  if (gave + received < c.reciprocityMinExchanges || received <= c.takingRatio * gave) return null;
  if (gave === 0 && received <= c.takingRatio) return null;
  // A give move is built from a contact's recorded needs; without any, the coach gives anyway.
  if (view.contacts.some((x) => (x.person.needs ?? []).length > 0)) return null;
  const exchanged = contactExchanges(view);
  const helpers = view.contacts
    .map((x) => ({ id: x.id, gave: exchanged.gave[x.node]!, received: exchanged.received[x.node]! }))
    .filter((x) => x.received > x.gave)
    .sort((a, b) => b.received - b.gave - (a.received - a.gave))
    .map((x) => x.id);
  return finding({
    code: 'reciprocity.no-giving',
    severity: 'warning',
    form: 'general',
    title: 'You receive far more than you give, and nothing says what others need',
    explanation: `You received help ${received} times and gave it ${gave} times, and none of your contacts has a recorded need to answer. Giving does not wait for a request: share something you learned, nominate someone, pass on an opportunity or make an introduction they would value${helpers.length ? `, starting with ${names(view, helpers, 3)}` : ''}.`,
    evidence: { people: helpers, measures: { gave, received, recordedNeeds: 0 } },
    actions: ['give', 'introduce'],
  });
};

const onlyWhenNeeded: Rule = (view) => {
  const askers = view.interactionsOf.whoseInteractionsAll(
    view.config.onlyRequestsMin,
    (i) => view.interactions.kind(i) === 'request',
  );
  if (askers.length === 0) return null;
  return finding({
    code: 'exchange.only-when-needed',
    severity: 'warning',
    form: 'general',
    title: 'Some people hear from you only when you need something',
    explanation: `Every interaction you logged with ${names(view, askers)} was a request. Contact that comes only with an ask reads as using people; keep in touch between needs, and give as well.`,
    evidence: { people: askers, measures: { people: askers.length } },
    actions: ['give', 'reconnect'],
  });
};

const trustWithoutSupport: Rule = (view, m) => {
  const { people, organizations } = m.trustWithoutSupport;
  if (people.length === 0 && organizations.length === 0) return null;
  const orgNames = organizations.map(
    (id) => (view.network.organizations ?? []).find((o) => o.id === id)?.name ?? id,
  );
  const who = [people.length ? names(view, people) : '', orgNames.join(', ')].filter(Boolean).join('; ');
  return finding({
    code: 'support.trust-without-support',
    severity: 'warning',
    form: 'general',
    title: 'Trust that has never turned into support',
    explanation: `You trust ${who} highly, yet nothing tangible (people, money, a letter, an introduction, facilities) has come of it in the last ${view.config.supportDays} days. Goodwill is not support: ask for a small, concrete sign, and let relationships that only talk well take less of your time.`,
    evidence: {
      people,
      organizations,
      measures: { people: people.length, organizations: organizations.length },
    },
    actions: ['request-support'],
  });
};

const operationalHeavy: Rule = (view, m) => {
  const c = view.config;
  const share = m.forms.operational.shareOfMinutesRecent;
  if (m.minutesRecent < c.heavyMinMinutes || share < c.operationalHeavyShare) return null;
  return finding({
    code: 'time.operational-heavy',
    severity: 'warning',
    form: 'operational',
    title: 'Almost all your networking time goes to operations',
    explanation: `${pct(share)} of the ${m.minutesRecent} minutes you logged in the last ${c.recentDays} days served the operational form. The work of today crowds out the relationships that prepare tomorrow; move some of that time to personal and strategic contacts.`,
    evidence: { measures: { operationalShareOfMinutes: round(share), minutesRecent: m.minutesRecent } },
    actions: ['hook', 'reach', 'join'],
  });
};

/** Every rule of shared/findings.md, in the catalogue's order. */
export const RULES: ReadonlyArray<[code: string, rule: Rule]> = [
  ['strategic.underused', strategicUnderused],
  ['network.inward', networkInward],
  ['operational.blind-spot', blindSpot],
  ['operational.formal-only', formalOnly],
  ['operational.shallow', shallow],
  ['personal.narrow', narrow],
  ['personal.no-groups', noGroups],
  ['personal.low-reach', lowReach],
  ['strategic.closed', closed],
  ['strategic.no-bridges', noBridges],
  ['strategic.no-upward', noUpward],
  ['strategic.no-lateral', noLateral],
  ['goal.unsupported', goalUnsupported],
  ['goal.unreachable', goalUnreachable],
  ['goal.allies-idle', alliesIdle],
  ['dynamism.stale', stale],
  ['dynamism.lapse', lapse],
  ['dynamism.no-new', noNew],
  ['commitment.missed', commitmentMissed],
  ['reciprocity.taking', taking],
  ['reciprocity.never-asks', neverAsks],
  ['reciprocity.no-giving', noGiving],
  ['exchange.only-when-needed', onlyWhenNeeded],
  ['support.trust-without-support', trustWithoutSupport],
  ['time.operational-heavy', operationalHeavy],
];

/** Whether each commitment met its target in its latest complete period. */
export function commitmentsKept(view: NetworkView): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const c of view.network.commitments ?? []) {
    const [latest] = commitmentPeriods(view, c);
    out[c.id] = latest !== undefined && latest.count >= (c.target ?? 1);
  }
  return out;
}
