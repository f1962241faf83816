import { findingsOf } from '../analysis/assess.js';
import { contactExchanges } from '../analysis/exchanges.js';
import { type Measures, measure } from '../analysis/measures.js';
import { buildNetworkView, type CompiledInput, type Contact, type NetworkView } from '../analysis/view.js';
import type { DiagnosticConfig } from '../findings/config.js';
import type { Finding } from '../findings/types.js';
import { type Group, type Network, OWNER_ID, type Person, type Stakeholder } from '../model.js';
import { routeWords, strengthWords } from '../strength-words.js';
import { EXTERNAL_GROUP_KINDS, type Form } from '../vocabulary.js';
import { type Action, type Candidate, makeAction, written } from './actions.js';
import { matches, tokens } from './match.js';
import { strongestPaths } from './paths.js';

export interface CoachContext {
  view: NetworkView;
  measures: Measures;
  findings: Finding[];
}

export function coachContext(
  network: Network,
  asOf: string,
  config?: Partial<DiagnosticConfig>,
  /** Ties and interactions already compiled, read instead of the network's (see `buildNetworkView`). */
  compiled?: CompiledInput,
): CoachContext {
  const view = buildNetworkView(network, asOf, config, compiled);
  // Actions draw on clusters, the owner's structural holes and findings: never on betweenness
  // or on anyone else's structural holes.
  const measures = measure(view, { betweenness: false, holes: 'owner' });
  return { view, measures, findings: findingsOf(view, measures) };
}

const name = (view: NetworkView, id: string) => view.people.get(id)?.name ?? id;
/** `name` for a person at hand (a contact's, a node's): no lookup by id, tens of thousands of times at 200k. */
const nameOf = (person: Person) => person.name ?? person.id;
const times = (n: number) => (n === 0 ? 'never' : n === 1 ? 'once' : `${n} times`);
const firstForm = (c: Contact | undefined, fallback: Form): Form => c?.forms[0] ?? fallback;
const lastInTouch = (c: Contact) =>
  c.daysSinceContact === null ? 'never logged a contact' : `last in touch ${c.daysSinceContact} days ago`;

/** Whether the contacts at graph nodes `u` and `v` know each other (a row's neighbours are sorted). */
function tied(view: NetworkView, u: number, v: number): boolean {
  const g = view.graph;
  let lo = g.offsets[u]!;
  let hi = g.offsets[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (g.neighbors[mid] === v) return true;
    if (g.neighbors[mid]! < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function importance(view: NetworkView, c: Contact): number {
  return 1 + c.statedStrength / 5 + (c.powerful ? 0.5 : 0) + (view.influence.get(c.id) ?? 0) / 5;
}

function reconnect(ctx: CoachContext): Candidate[] {
  const { view } = ctx;
  const stale = ctx.findings.some((f) => f.code === 'dynamism.stale');
  const urgency = { due: 0.6, overdue: 1, dormant: 1.3 } as const;
  const actions = view.contacts
    .filter((c) => c.cadenceState === 'due' || c.cadenceState === 'overdue' || c.cadenceState === 'dormant')
    .map((c) => {
      const state = c.cadenceState as keyof typeof urgency;
      return makeAction({
        kind: 'reconnect',
        people: [c.id],
        organizations: [],
        goal: null,
        form: firstForm(c, 'personal'),
        reason: () =>
          `${nameOf(c.person)}: ${lastInTouch(c)}, cadence ${c.cadenceDays} days (${state}); tie ${strengthWords(c.statedStrength)}.${state === 'dormant' ? ' Reviving a dormant tie is one of the cheapest ways to new information.' : ''}${stale ? ' [dynamism.stale]' : ''}`,
        explain: { importance: importance(view, c), urgency: urgency[state] },
      });
    });
  // One action per person: two relationships with one person are the only way to repeat a key.
  return view.contactById.size < view.contacts.length ? dedupe(actions) : actions;
}

function strengthen(ctx: CoachContext): Candidate[] {
  const { view } = ctx;
  const out: Candidate[] = [];
  for (const f of ctx.findings.filter(
    (x) => x.code === 'operational.blind-spot' || x.code === 'operational.formal-only',
  )) {
    for (const id of f.evidence.people) {
      if (!view.contactById.has(id)) continue;
      out.push(
        makeAction({
          kind: 'strengthen',
          people: [id],
          organizations: [],
          goal: null,
          form: 'operational',
          reason: `Book one-to-one time with ${name(view, id)}: ${f.title.toLowerCase()} [${f.code}].`,
          explain: {
            power: 1.5 + (view.influence.get(id) ?? 0) / 5,
            severity: f.severity === 'critical' ? 1.5 : 1.2,
          },
        }),
      );
    }
  }
  return dedupe(out);
}

/** How many people who offer what a contact needs are proposed to them, per need. */
const INTRODUCTIONS_PER_NEED = 3;

function introduce(ctx: CoachContext, limit = 200): Candidate[] {
  const { view, measures } = ctx;
  const contacts = view.contacts;
  // Index offers by word, so each need looks only at contacts who share a word with it.
  const byToken = new Map<string, Array<{ contact: Contact; offer: string }>>();
  for (const c of contacts) {
    for (const offer of c.person.offers ?? []) {
      for (const t of tokens(offer)) {
        let list = byToken.get(t);
        if (!list) {
          list = [];
          byToken.set(t, list);
        }
        list.push({ contact: c, offer });
      }
    }
  }
  // Within a word, the strongest ties to the owner first: the introductions the owner can make
  // best. Each need then takes the first few who match, so a word that thousands offer costs a
  // few steps per need, not thousands (the score ranks by the same strengths; a need of several
  // words takes the strongest of its first word's offers first).
  for (const list of byToken.values()) list.sort((x, y) => y.contact.strength - x.contact.strength);
  const out: Candidate[] = [];
  // Whom each person's needs were given, by node: one pair per need, however many of the need's
  // words the other offers, and a need listed twice (or a person's second relationship) is one.
  const proposed = new Map<number, Map<string, Set<number>>>();
  for (const a of contacts) {
    const needs = a.person.needs;
    if (!needs || needs.length === 0) continue;
    let byNeed = proposed.get(a.node);
    if (!byNeed) {
      byNeed = new Map();
      proposed.set(a.node, byNeed);
    }
    for (const need of needs) {
      let taken = 0;
      let seen = byNeed.get(need);
      if (!seen) {
        seen = new Set();
        byNeed.set(need, seen);
      }
      for (const t of tokens(need)) {
        for (const { contact: b, offer } of byToken.get(t) ?? []) {
          if (taken >= INTRODUCTIONS_PER_NEED) break;
          if (b.id === a.id || seen.has(b.node) || !matches(need, offer) || tied(view, a.node, b.node))
            continue;
          seen.add(b.node);
          taken++;
          out.push(
            makeAction({
              kind: 'introduce',
              people: [a.id, b.id],
              organizations: [],
              goal: null,
              form: 'personal',
              reason: () =>
                `${nameOf(a.person)} needs "${need}" and ${nameOf(b.person)} offers "${offer}"; they do not know each other yet.`,
              explain: { match: 2, strength: (a.strength + b.strength) / 2 + 0.5 },
            }),
          );
        }
      }
    }
  }
  // Shared interests between unconnected contacts in different clusters the owner bridges,
  // while there is room for them (a large network has filled it with needs met).
  if (out.length >= limit) return out;
  const byInterest = new Map<string, Contact[]>();
  const label = new Map<string, string>();
  for (const c of contacts) {
    for (const interest of c.person.interests ?? []) {
      const key = tokens(interest).join(' ');
      label.set(key, label.get(key) ?? interest);
      let group = byInterest.get(key);
      if (!group) {
        group = [];
        byInterest.set(key, group);
      }
      group.push(c);
    }
  }
  const community = measures.communities.community;
  for (const [interest, group] of byInterest) {
    if (!interest) continue;
    for (let i = 0; i < group.length && out.length < limit; i++) {
      for (let j = i + 1; j < group.length && j < i + 6; j++) {
        const [a, b] = [group[i]!, group[j]!];
        if (tied(view, a.node, b.node)) continue;
        const apart = community[a.node] !== community[b.node];
        if (!apart) continue;
        out.push(
          makeAction({
            kind: 'introduce',
            people: [a.id, b.id],
            organizations: [],
            goal: null,
            form: 'strategic',
            reason: () =>
              `${nameOf(a.person)} and ${nameOf(b.person)} share an interest in ${label.get(interest)} and sit in different circles of your network: connecting them makes you the link between those circles.`,
            explain: { match: 1, bridging: 1.3, strength: (a.strength + b.strength) / 2 + 0.5 },
          }),
        );
      }
    }
  }
  return out;
}

function ask(ctx: CoachContext): Candidate[] {
  const { view } = ctx;
  const goals = view.network.goals ?? [];
  // Per goal, whether an offer's text bears on it and each person's first stake, worked out
  // once: tens of thousands of weak or dormant ties at 200k share a few offers.
  const perGoal = goals.map((goal) => {
    const bears = new Map<string, boolean>();
    const stakes = new Map<string, Stakeholder>();
    for (const s of goal.stakeholders ?? []) if (!stakes.has(s.person)) stakes.set(s.person, s);
    const bearsOn = (offer: string) => {
      let yes = bears.get(offer);
      if (yes === undefined) {
        yes = matches(offer, goal.title);
        bears.set(offer, yes);
      }
      return yes;
    };
    return { bearsOn, stakes };
  });
  const out: Candidate[] = [];
  for (const c of view.contacts) {
    const weakOrDormant = c.statedStrength <= 2 || c.cadenceState === 'dormant';
    if (!weakOrDormant) continue;
    for (let g = 0; g < goals.length; g++) {
      const goal = goals[g]!;
      const offer = (c.person.offers ?? []).find(perGoal[g]!.bearsOn);
      const stake = perGoal[g]!.stakes.get(c.id);
      const askable =
        stake && (stake.stance === 'neutral' || stake.stance === 'unknown' || stake.stance === 'supportive');
      if (!offer && !askable) continue;
      out.push(
        makeAction({
          kind: 'ask',
          people: [c.id],
          organizations: [],
          goal: goal.id,
          form: 'strategic',
          reason: offer
            ? `${name(view, c.id)} offers "${offer}", which bears on "${goal.title}": ask for an opinion or a referral; a small request revives a ${c.statedStrength <= 2 ? 'weak' : 'dormant'} tie.`
            : `${name(view, c.id)} holds influence ${stake!.influence} over "${goal.title}" (stance ${stake!.stance}) but your tie is ${c.statedStrength <= 2 ? 'weak' : 'dormant'}: ask for their view before the decision.`,
          explain: { relevance: offer ? 1.5 : 1 + stake!.influence / 5, tieValue: 1 },
        }),
      );
    }
  }
  return [...out, ...asksOfAllies(ctx), ...objections(ctx)];
}

/**
 * The obvious ask: a supportive or championing stakeholder of real influence with whom the tie
 * is strong. Ranked near the top, higher still when the owner never asks.
 */
function asksOfAllies(ctx: CoachContext): Candidate[] {
  const { view } = ctx;
  const neverAsks = ctx.findings.some((f) => f.code === 'reciprocity.never-asks');
  const out: Candidate[] = [];
  for (const goal of view.network.goals ?? []) {
    for (const s of goal.stakeholders ?? []) {
      const c = view.contactById.get(s.person);
      if (!c || c.statedStrength < 3 || s.influence < 3) continue;
      if (s.stance !== 'supportive' && s.stance !== 'champion') continue;
      out.push(
        makeAction({
          kind: 'ask',
          people: [c.id],
          organizations: [],
          goal: goal.id,
          form: 'strategic',
          reason: `${name(view, c.id)} backs "${goal.title}" (influence ${s.influence} of 5) and knows you well (tie ${c.statedStrength} of 5): ask them to sponsor it, put your name forward or open one door for it.${neverAsks ? ' You rarely ask; this is the easiest place to start. [reciprocity.never-asks]' : ''}`,
          explain: {
            relevance: 1 + s.influence / 5,
            tieValue: 1 + c.statedStrength / 5,
            habit: neverAsks ? 1.5 : 1,
          },
        }),
      );
    }
  }
  return out;
}

/** Opposed and skeptical stakeholders one knows: first understand the objection. */
function objections(ctx: CoachContext): Candidate[] {
  const { view } = ctx;
  const out: Candidate[] = [];
  for (const goal of view.network.goals ?? []) {
    for (const s of goal.stakeholders ?? []) {
      if (s.stance !== 'opposed' && s.stance !== 'skeptical') continue;
      if (!view.contactById.has(s.person)) continue;
      out.push(
        makeAction({
          kind: 'ask',
          people: [s.person],
          organizations: [],
          goal: goal.id,
          form: 'strategic',
          minutes: 30,
          reason: `${name(view, s.person)} is ${s.stance} about "${goal.title}" (influence ${s.influence} of 5): ask for a conversation to understand the objection before trying to change it; what they fear often shows what the plan lacks. [goal.unsupported]`,
          explain: { influence: 1 + s.influence / 5, resistance: s.stance === 'opposed' ? 1.4 : 1.25 },
        }),
      );
    }
  }
  return out;
}

/**
 * What to give someone whose needs are not recorded, from what is known of them: a direct
 * report can be nominated, an interest gives something to share, anyone can be passed an
 * opportunity.
 */
function giftFor(c: Contact): string {
  const roles = c.relationship.roles ?? [];
  if (roles.includes('direct-report'))
    return 'nominate them for a visible piece of work or put their name forward';
  const interest = c.person.interests?.[0];
  if (interest)
    return `share something you learned about ${interest}, or an introduction to someone in it they would value`;
  if (!c.internal) return 'pass on an opportunity (a lead, an event, a role) that fits their work';
  return 'share information they would not otherwise hear, from your side of the organisation';
}

function give(ctx: CoachContext): Candidate[] {
  const { view } = ctx;
  const out: Candidate[] = [];
  const reciprocityWarning = ctx.findings.find(
    (f) => f.code === 'reciprocity.taking' || f.code === 'reciprocity.no-giving',
  )?.code;
  const exchanged = contactExchanges(view);
  for (const c of view.contacts) {
    const gave = exchanged.gave[c.node]!;
    const received = exchanged.received[c.node]!;
    const needs = c.person.needs ?? [];
    if (received > gave && needs.length === 0) {
      // A reciprocity warning always comes with a way to give, recorded needs or not.
      out.push(
        makeAction({
          kind: 'give',
          people: [c.id],
          organizations: [],
          goal: null,
          form: firstForm(c, 'personal'),
          reason: () =>
            `${nameOf(c.person)} has helped you ${times(received)} and you helped them ${gave === 0 ? 'not at all' : times(gave)}: ${giftFor(c)}.${reciprocityWarning ? ` [${reciprocityWarning}]` : ''}`,
          explain: {
            balance: 1 + Math.min(2, (received - gave) / 2),
            strength: c.strength + 0.5,
            warning: reciprocityWarning ? 1.3 : 1,
          },
        }),
      );
    }
    if (received > gave && needs.length > 0) {
      out.push(
        makeAction({
          kind: 'give',
          people: [c.id],
          organizations: [],
          goal: null,
          form: firstForm(c, 'personal'),
          reason: () =>
            `${nameOf(c.person)} has helped you ${received} times and you helped ${gave}; they are looking for "${needs[0]}": pass on something useful.`,
          explain: { balance: 1 + Math.min(2, (received - gave) / 2), strength: c.strength + 0.5 },
        }),
      );
    }
  }
  // Needs a contact of theirs already meets: alert them (no introduction required).
  for (const c of view.contacts) {
    for (const need of c.person.needs ?? []) {
      const g = view.graph;
      const v = c.node;
      for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) {
        const node = g.neighbors[i]!;
        if (node === 0) continue; // the owner
        // Node i + 1 is network.people[i]: no lookup by id.
        const other = view.network.people[node - 1]!;
        const offer = (other.offers ?? []).find((o) => matches(need, o));
        if (!offer) continue;
        out.push(
          makeAction({
            kind: 'give',
            people: [c.id, other.id],
            organizations: [],
            goal: null,
            form: firstForm(c, 'personal'),
            reason: () =>
              `${nameOf(c.person)} needs "${need}"; ${nameOf(other)}, whom they already know, offers "${offer}". Point it out.`,
            explain: { match: 1.2, strength: c.strength + 0.5 },
          }),
        );
        break;
      }
    }
  }
  return dedupe(out);
}

function reach(ctx: CoachContext): Candidate[] {
  const { view } = ctx;
  const out: Candidate[] = [];
  for (const goal of view.network.goals ?? []) {
    for (const s of goal.stakeholders ?? []) {
      if (view.contactById.has(s.person) || s.influence < 3) continue;
      const target = view.graph.index.get(s.person)!;
      const [best] = strongestPaths(view.graph, 0, target, 1);
      if (!best) continue;
      const via = best.people.slice(0, -1).map((id) => name(view, id));
      out.push(
        makeAction({
          kind: 'reach',
          people: best.people,
          organizations: [],
          goal: goal.id,
          form: 'strategic',
          minutes: 20 * best.hops.length,
          reason: `${name(view, s.person)} (influence ${s.influence}, ${s.stance}) on "${goal.title}": ask ${via.join(' then ')} for an introduction; a ${routeWords(best.strength)}, its weakest link between ${best.weakest.from === OWNER_ID ? 'you' : name(view, best.weakest.from)} and ${name(view, best.weakest.to)}.`,
          explain: { influence: 1 + s.influence / 5, pathStrength: 0.5 + best.strength },
        }),
      );
    }
  }
  return out;
}

function hook(ctx: CoachContext): Candidate[] {
  const { view } = ctx;
  const owner = view.network.owner;
  const interests = new Set((owner.interests ?? []).map((i) => tokens(i).join(' ')));
  // The first of the owner's groups each member belongs to, and each interest's words, found
  // once: a large network has hundreds of thousands of people to look up.
  const firstGroup = new Map<string, Group>();
  for (const g of view.network.groups ?? []) {
    if (!g.ownerIsMember) continue;
    for (const member of g.members ?? []) if (!firstGroup.has(member)) firstGroup.set(member, g);
  }
  const sharedInterest = new Map<string, boolean>();
  const isShared = (interest: string) => {
    let shared = sharedInterest.get(interest);
    if (shared === undefined) {
      shared = interests.has(tokens(interest).join(' '));
      sharedInterest.set(interest, shared);
    }
    return shared;
  };
  const out: Candidate[] = [];
  const people = view.network.people;
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    if (owner.level === undefined || person.level === undefined || person.level <= owner.level) continue;
    if (person.organization === owner.organization && person.unit === owner.unit) continue;
    // Person i is graph node i + 1: their contact without a lookup by id.
    const contact = view.contactById.atNode(i + 1);
    if (contact && contact.statedStrength >= 4) continue;
    const shared = (person.interests ?? []).find(isShared);
    const group = firstGroup.get(person.id);
    if (!shared && !group) continue;
    out.push(
      makeAction({
        kind: 'hook',
        people: [person.id],
        organizations: [],
        goal: null,
        form: 'strategic',
        reason: `${person.name} (level ${person.level}, outside your unit) shares ${shared ? `your interest in ${shared}` : `the group ${group!.name}`}: a natural reason to meet.`,
        explain: {
          seniority: 1 + (person.level - owner.level) / 3,
          influence: 1 + (view.influence.get(person.id) ?? 0) / 5,
        },
      }),
    );
  }
  return out;
}

function requestSupport(ctx: CoachContext): Candidate[] {
  const { view, measures } = ctx;
  const people = measures.trustWithoutSupport.people.map((id) =>
    makeAction({
      kind: 'request-support',
      people: [id],
      organizations: [],
      goal: null,
      form: 'strategic',
      reason: `${name(view, id)}: trust ${view.contactById.get(id)?.relationship.trust}/5 but support ${view.contactById.get(id)?.relationship.support}/5: ask for one small tangible sign (an introduction, a letter, a resource). [support.trust-without-support]`,
      explain: { trust: (view.contactById.get(id)?.relationship.trust ?? 4) / 4, gap: 1.2 },
    }),
  );
  const orgs = measures.trustWithoutSupport.organizations.map((id) => {
    const org = (view.network.organizations ?? []).find((o) => o.id === id)!;
    return makeAction({
      kind: 'request-support',
      people: [],
      organizations: [id],
      goal: null,
      form: 'strategic',
      reason: `${org.name}: trust ${org.trust}/5 and no tangible support recorded in a year: ask for something concrete and small. [support.trust-without-support]`,
      explain: { trust: (org.trust ?? 4) / 4, gap: 1.2 },
    });
  });
  return [...people, ...orgs];
}

function join(ctx: CoachContext): Candidate[] {
  const { view } = ctx;
  const wanted = new Set<string>([
    ...view.influence.keys(),
    ...view.contacts.filter((c) => c.powerful).map((c) => c.id),
  ]);
  const external = new Set<string>(EXTERNAL_GROUP_KINDS);
  const noGroups = ctx.findings.some((f) => f.code === 'personal.no-groups');
  const out: Candidate[] = [];
  for (const group of view.network.groups ?? []) {
    if (group.ownerIsMember) continue;
    const members = group.members ?? [];
    const needed = members.filter((m) => wanted.has(m));
    if (needed.length === 0 && !(noGroups && group.kind !== undefined && external.has(group.kind))) continue;
    out.push(
      makeAction({
        kind: 'join',
        people: needed,
        organizations: [],
        goal: null,
        form: group.kind !== undefined && external.has(group.kind) ? 'personal' : 'strategic',
        reason: `Join ${group.name}: ${members.length} members${needed.length ? `, among them ${needed.map((id) => name(view, id)).join(', ')}, whom your goals or work need` : ''}.${noGroups ? ' [personal.no-groups]' : ''}`,
        explain: { people: 1 + needed.length / 2, breadth: noGroups ? 1.3 : 1 },
      }),
    );
  }
  return out;
}

/** `candidates` with one per key, the best scored (the first of equals), in the order keys first come. */
function dedupe(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const a of candidates) {
    const had = seen.get(a.key);
    if (!had || had.score < a.score) seen.set(a.key, a);
  }
  return [...seen.values()];
}

export interface SuggestOptions {
  asOf: string;
  limit?: number;
  config?: Partial<DiagnosticConfig>;
  /** Keys of actions done, dismissed or snoozed: they are left out. */
  hidden?: ReadonlySet<string>;
}

const KINDS = [reconnect, strengthen, introduce, ask, give, reach, hook, requestSupport, join];
/** The kinds whose lists have one action per key as they come. */
const UNIQUE_KEYS: ReadonlySet<(ctx: CoachContext) => Candidate[]> = new Set([reconnect, strengthen, give]);

/**
 * Every kind of action the network calls for, ranked by score, as candidates: the reasons of
 * those made by the tens of thousands are written only when read (`reasonOf`), for the few
 * moves shown.
 */
export function candidatesFrom(
  ctx: CoachContext,
  options: Omit<SuggestOptions, 'asOf' | 'config'> = {},
): Candidate[] {
  // A key begins with its kind, and each function makes actions of one kind: a key can repeat
  // only within one function's list. Those with one action per key already (the tens of
  // thousands of reconnect and give at 200,000 people) are taken as they are, the others made
  // so one by one, not all 80,000 candidates through one map.
  const candidates: Candidate[] = [];
  for (const kind of KINDS) {
    const made = kind(ctx);
    for (const a of UNIQUE_KEYS.has(kind) ? made : dedupe(made))
      if (!options.hidden?.has(a.key)) candidates.push(a);
  }
  const all = byScoreThenKey(candidates);
  return options.limit === undefined ? all : all.slice(0, options.limit);
}

/** Every kind of action the network calls for, ranked by score, each with its reason. */
export function suggestFrom(
  ctx: CoachContext,
  options: Omit<SuggestOptions, 'asOf' | 'config'> = {},
): Action[] {
  return candidatesFrom(ctx, options).map(written);
}

/**
 * Actions by score, highest first, then by key (keys are unique): the order of sorting them with
 * `b.score - a.score || a.key.localeCompare(b.key)`. Grouped by score first, since 80,000
 * candidates at 200,000 people share a few thousand scores: the scores sort as numbers, and keys
 * are compared only within a score.
 */
export function byScoreThenKey<T extends { score: number; key: string }>(actions: readonly T[]): T[] {
  const byScore = new Map<number, T[]>();
  for (const a of actions) {
    const group = byScore.get(a.score);
    if (group) group.push(a);
    else byScore.set(a.score, [a]);
  }
  const out: T[] = [];
  for (const score of [...byScore.keys()].sort((x, y) => y - x)) {
    const group = byScore.get(score)!;
    if (group.length > 1) group.sort((a, b) => a.key.localeCompare(b.key));
    for (const a of group) out.push(a);
  }
  return out;
}

export function suggest(network: Network, options: SuggestOptions): Action[] {
  return suggestFrom(coachContext(network, options.asOf, options.config), options);
}
