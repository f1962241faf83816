import type { Contact, NetworkView } from '../analysis/view.js';
import type { ActionKind, Finding } from '../findings/types.js';
import type { Action } from './actions.js';
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

/**
 * Merges ranked candidates into one move per person: a person's best candidate leads, the
 * others that concern only them join it (their findings and a share of their score); a
 * candidate naming someone who already has a move is left for another week. The best ask,
 * give and introduce are then brought into the first `mixWithin` moves when none is there.
 */
export function movesFrom(
  ctx: CoachContext,
  ranked: readonly Action[],
  options: { limit?: number; mixWithin?: number } = {},
): Move[] {
  const { view } = ctx;
  const moves: Move[] = [];
  const byPerson = new Map<string, Move>();
  // The best introduction claims its two people first: otherwise a routine move with either
  // of them would leave the week without a single introduction.
  const firstIntroduction = ranked.find((a) => a.kind === 'introduce');
  const ordered = firstIntroduction
    ? [firstIntroduction, ...ranked.filter((a) => a !== firstIntroduction)]
    : ranked;
  for (const action of ordered) {
    const lead = action.people[0];
    const own = lead === undefined ? undefined : byPerson.get(lead);
    if (own && action.people.length === 1) {
      const newKind = !own.kinds.includes(action.kind);
      if (newKind) own.kinds.push(action.kind);
      own.merged.push(action.key);
      for (const code of codesIn(action.reason)) if (!own.serves.includes(code)) own.serves.push(code);
      own.score = Math.round((own.score + MERGED_WEIGHT * action.score) * 1000) / 1000;
      const extra = plainReason(action.reason);
      // One sentence per kind of reason keeps the move readable.
      if (newKind && own.kinds.length <= 3) own.reason += ` Also: ${extra}`;
      continue;
    }
    if (action.people.some((p) => byPerson.has(p))) continue;
    const serves = [...codesIn(action.reason)];
    if (lead !== undefined)
      for (const code of findingsNaming(ctx.findings, lead)) if (!serves.includes(code)) serves.push(code);
    const move: Move = {
      ...action,
      reason: plainReason(action.reason),
      kinds: [action.kind],
      merged: [action.key],
      serves,
      headline: '',
      talkingPoints: lead === undefined || action.kind === 'join' ? [] : talkingPoints(ctx, lead),
    };
    moves.push(move);
    for (const p of action.people) byPerson.set(p, move);
  }
  for (const m of moves) {
    const lead = m.people[0];
    m.headline = headline(view, m, m.kinds, lead === undefined ? undefined : view.contactById.get(lead));
  }
  moves.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  mix(moves, options.mixWithin ?? 10);
  return options.limit === undefined ? moves : moves.slice(0, options.limit);
}

function mix(moves: Move[], within: number): void {
  const promoted: Move[] = [];
  for (const kind of MIX) {
    if (moves.slice(0, within).some((m) => m.kind === kind)) continue;
    const found = moves.find((m, i) => i >= within && m.kind === kind);
    if (found) promoted.push(found);
  }
  if (promoted.length === 0 || moves.length <= within) return;
  for (const m of promoted) moves.splice(moves.indexOf(m), 1);
  moves.splice(within - promoted.length, 0, ...promoted);
}
