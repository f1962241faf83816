import type { Contact, NetworkView } from '../analysis/view.js';
import type { ActionKind, Finding } from '../findings/types.js';
import { type Action, type Candidate, reasonOf } from './actions.js';
import type { CoachContext } from './suggest.js';

/**
 * One move: everything the coach would have you do with one person this week, merged from the
 * ranked candidate actions, with the findings it serves and what to ask or offer.
 */
export interface Move extends Action {
  /** The kinds of the candidate actions merged into it, the move's own first. */
  kinds: ActionKind[];
  /** The keys of the candidate actions merged into it, the move's own first. */
  merged: string[];
  /** The finding codes it serves (for --json and the API; never shown to the leader). */
  serves: string[];
  /** What to do with whom, role-aware, in the leader's words: "Ask Ada Dubois to sponsor …". */
  headline: string;
  /** What to ask or offer, drawn from the goal's stance, their offers and needs, whom they know. */
  talkingPoints: string[];
}

/** The kinds a week should mix: without them a plan is all upkeep and no leverage. */
const MIX: readonly ActionKind[] = ['ask', 'give', 'introduce'];
/** A merged candidate adds this share of its score to the move's. */
const MERGED_WEIGHT = 0.2;

const CODE = /\s*\[([a-z-]+\.[a-z-]+)\]/g;

/** A reason without the finding codes it cites (they go to `serves`). */
export function plainReason(reason: string): string {
  return reason.replace(CODE, '').trim();
}

function codesIn(reason: string): string[] {
  return [...reason.matchAll(CODE)].map((m) => m[1]!);
}

const name = (view: NetworkView, id: string) => view.people.get(id)?.name ?? id;

/** Role-aware: what kind of conversation this person calls for. */
function headline(
  view: NetworkView,
  action: Action,
  kinds: readonly ActionKind[],
  contact: Contact | undefined,
): string {
  const id = action.people[0]!;
  const who = name(view, id);
  if (action.kind === 'introduce') return `Introduce ${who} and ${name(view, action.people[1]!)}`;
  if (action.kind === 'reach') return `Ask ${who} to introduce you to ${name(view, action.people.at(-1)!)}`;
  if (action.kind === 'join') return plainReason(action.reason).split(':')[0]!;
  // The person's stance on any goal decides the conversation, whichever candidate leads.
  for (const goal of view.network.goals ?? []) {
    const stake = goal.stakeholders?.find((s) => s.person === id);
    if (stake && (stake.stance === 'opposed' || stake.stance === 'skeptical'))
      return `Talk with ${who} to understand the objection to "${goal.title}"`;
  }
  // The goal the leading candidate names comes first.
  const goals = [...(view.network.goals ?? [])].sort(
    (a, b) => Number(b.id === action.goal) - Number(a.id === action.goal),
  );
  for (const goal of goals) {
    const stake = goal.stakeholders?.find((s) => s.person === id);
    if (stake && (stake.stance === 'champion' || stake.stance === 'supportive') && kinds.includes('ask'))
      return `Ask ${who} to sponsor "${goal.title}" or nominate you for it`;
  }
  const roles = contact?.relationship.roles ?? [];
  if (action.kind === 'give') return `Give ${who} something useful`;
  if (roles.includes('direct-report')) return `A one-to-one with ${who}`;
  if (roles.includes('mentor') || roles.includes('advisor')) return `Ask ${who} for advice`;
  if (action.kind === 'ask') return `Ask ${who} for a view`;
  if (action.kind === 'request-support') return `Ask ${who} for one concrete sign of support`;
  if (action.kind === 'strengthen') return `One-to-one time with ${who}`;
  if (action.kind === 'hook') return `Meet ${who} over a shared interest`;
  return `Get back in touch with ${who}`;
}

/** What to ask or offer the person: their offers and needs, and whom they know that you need. */
function talkingPoints(ctx: CoachContext, id: string): string[] {
  const { view } = ctx;
  const person = view.people.get(id);
  if (!person) return [];
  const out: string[] = [];
  const offer = person.offers?.[0];
  if (offer) out.push(`ask about ${offer}, which they offer`);
  const need = person.needs?.[0];
  if (need) out.push(`offer help with ${need}, which they are looking for`);
  const g = view.graph;
  const v = g.index.get(id);
  if (v === undefined) return out;
  for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) {
    const other = g.ids[g.neighbors[i]!]!;
    const influence = view.influence.get(other) ?? 0;
    const contact = view.contactById.get(other);
    if (other === id || influence < 3 || (contact && contact.statedStrength > 2)) continue;
    const goal = (view.network.goals ?? []).find((x) => x.stakeholders?.some((s) => s.person === other));
    out.push(`they know ${name(view, other)}, who matters to "${goal?.title ?? 'your goals'}"`);
    break;
  }
  return out;
}

/** The findings that name this person, besides those the candidate reasons cite. */
function findingsNaming(findings: readonly Finding[], id: string): string[] {
  return findings.filter((f) => f.evidence.people.includes(id)).map((f) => f.code);
}

/** A move while candidates merge into it: what only the moves shown need is worked out at the end. */
interface Draft {
  /** The leading candidate. */
  action: Candidate;
  /** The candidates merged into it, in merge order (null for none: most moves have none). */
  joined: Candidate[] | null;
  score: number;
  /** Its place among the moves in merge order: ties in score and key keep it, as a stable sort would. */
  order: number;
}

/** Moves ranked by score, then key (as `localeCompare` orders them), then merge order. */
function before(a: Draft, b: Draft): number {
  return b.score - a.score || a.action.key.localeCompare(b.action.key) || a.order - b.order;
}

/**
 * Merges ranked candidates into one move per person: a person's best candidate leads, the
 * others that concern only them join it (their findings and a share of their score); a
 * candidate naming someone who already has a move is left for another week. The best ask,
 * give and introduce are then brought into the first `mixWithin` moves when none is there.
 * Merging runs over every candidate (it decides the scores); the wording, the findings served
 * and the talking points, which read the findings' evidence and the graph, are worked out only
 * for the moves returned: at 200,000 people there are tens of thousands of moves for 15 shown.
 */
export function movesFrom(
  ctx: CoachContext,
  ranked: readonly Candidate[],
  options: { limit?: number; mixWithin?: number } = {},
): Move[] {
  const drafts: Draft[] = [];
  const byPerson = new Map<string, Draft>();
  const take = (action: Candidate) => {
    const lead = action.people[0];
    const own = lead === undefined ? undefined : byPerson.get(lead);
    if (own && action.people.length === 1) {
      if (own.joined) own.joined.push(action);
      else own.joined = [action];
      own.score = Math.round((own.score + MERGED_WEIGHT * action.score) * 1000) / 1000;
      return;
    }
    // The lead was looked up above: only the others are (most candidates name one person).
    if (own) return;
    for (let k = 1; k < action.people.length; k++) if (byPerson.has(action.people[k]!)) return;
    const draft: Draft = { action, joined: null, score: action.score, order: drafts.length };
    drafts.push(draft);
    for (const p of action.people) byPerson.set(p, draft);
  };
  // The best introduction claims its two people first: otherwise a routine move with either
  // of them would leave the week without a single introduction.
  const firstIntroduction = ranked.find((a) => a.kind === 'introduce');
  if (firstIntroduction) take(firstIntroduction);
  for (const action of ranked) if (action !== firstIntroduction) take(action);
  const shown = ranking(drafts, options.limit, options.mixWithin ?? 10);
  return shown.map((d) => finish(ctx, d));
}

/**
 * The moves in rank order with the mix brought forward, cut at `limit`. With a limit only the
 * moves that can be shown are sorted: the best `max(limit, within)` and the best of each kind
 * the mix may bring forward, which is all `mix` reads of the whole ranking.
 */
function ranking(drafts: Draft[], limit: number | undefined, within: number): Draft[] {
  // A `within` smaller than the kinds the mix brings forward places them counting from the end
  // of the whole list (a negative splice): only the whole list gives that.
  if (limit === undefined || within < MIX.length || drafts.length <= Math.max(limit, within) + MIX.length) {
    const all = [...drafts].sort(before);
    mix(all, within, drafts.length);
    return limit === undefined ? all : all.slice(0, limit);
  }
  const top = best(drafts, Math.max(limit, within));
  const kept = new Set(top);
  for (const kind of MIX) {
    let found: Draft | undefined;
    for (const d of drafts) if (d.action.kind === kind && (!found || before(d, found) < 0)) found = d;
    if (found && !kept.has(found)) {
      kept.add(found);
      top.push(found);
    }
  }
  top.sort(before);
  mix(top, within, drafts.length);
  return top.slice(0, limit);
}

/** The best `k` drafts, in no particular order (a bounded max-heap on `before`). */
function best(drafts: readonly Draft[], k: number): Draft[] {
  const heap: Draft[] = [];
  // heap[0] is the worst of the best kept so far.
  const worse = (a: Draft, b: Draft) => before(a, b) > 0;
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(heap[l]!, heap[w]!)) w = l;
      if (r < heap.length && worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  for (const d of drafts) {
    if (heap.length < k) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[p]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (before(d, heap[0]!) < 0) {
      heap[0] = d;
      down(0);
    }
  }
  return heap;
}

/** A move as shown: its reason, the findings it serves, its headline and its talking points. */
function finish(ctx: CoachContext, draft: Draft): Move {
  const { view } = ctx;
  const { action } = draft;
  const lead = action.people[0];
  const kinds: ActionKind[] = [action.kind];
  const merged = [action.key];
  // The reasons of the candidates merged, written now: only the moves shown need them.
  const reasons = [reasonOf(action)];
  let reason = plainReason(reasons[0]!);
  for (const other of draft.joined ?? []) {
    merged.push(other.key);
    const why = reasonOf(other);
    reasons.push(why);
    if (kinds.includes(other.kind)) continue;
    kinds.push(other.kind);
    // One sentence per kind of reason keeps the move readable.
    if (kinds.length <= 3) reason += ` Also: ${plainReason(why)}`;
  }
  // The leading candidate's codes, the findings naming the person, then the merged candidates'.
  const serves = codesIn(reasons[0]!);
  const add = (code: string) => {
    if (!serves.includes(code)) serves.push(code);
  };
  if (lead !== undefined) for (const code of findingsNaming(ctx.findings, lead)) add(code);
  for (let i = 1; i < reasons.length; i++) for (const code of codesIn(reasons[i]!)) add(code);
  // Keys in the order a move has always had them: the action's own (score and reason in their
  // places), then the move's.
  const move: Move = {
    ...action,
    score: draft.score,
    reason,
    kinds,
    merged,
    serves,
    headline: '',
    talkingPoints: lead === undefined || action.kind === 'join' ? [] : talkingPoints(ctx, lead),
  };
  move.headline = headline(
    view,
    move,
    move.kinds,
    lead === undefined ? undefined : view.contactById.get(lead),
  );
  return move;
}

/** Brings the best ask, give and introduce into the first `within` moves (of `total`) when none is there. */
function mix(moves: Draft[], within: number, total: number): void {
  const promoted: Draft[] = [];
  for (const kind of MIX) {
    if (moves.slice(0, within).some((m) => m.action.kind === kind)) continue;
    const found = moves.find((m, i) => i >= within && m.action.kind === kind);
    if (found) promoted.push(found);
  }
  if (promoted.length === 0 || total <= within) return;
  for (const m of promoted) moves.splice(moves.indexOf(m), 1);
  moves.splice(within - promoted.length, 0, ...promoted);
}
