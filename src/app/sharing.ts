import { z } from 'zod';
import type { Snapshot as ReviewSnapshot } from '../core/coach/review.js';
import { summarizeSnapshot } from '../core/coach/review-summary.js';
import {
  type GoalRef,
  SHARE_PARTS,
  type SharedDiagnosis,
  type SharedPlan,
  type SharePart,
  sharedDiagnosis,
  sharedPlan,
} from '../core/coach/sharing.js';
import { forbidden, invalidInput, notFound } from '../errors.js';
import type { Account, AccountStore } from './accounts.js';
import { Email } from './accounts.js';
import { assessNetwork, planWeek } from './analysis.js';
import type { NetworkStore } from './port.js';

export interface Share {
  parts: SharePart[];
  /** The ids of the goals shared; a goal not listed never reaches the coach. */
  goals: string[];
  since: string;
}

export interface CoachNote {
  id: string;
  at: string;
  coach: { name: string; email: string };
  text: string;
}

/** What sharing needs of the directory: who shares what with whom, and the notes coaches leave. */
export interface SharingStore extends AccountStore {
  setShare(leader: string, coach: string, share: Share): Promise<void>;
  removeShare(leader: string, coach: string): Promise<boolean>;
  share(leader: string, coach: string): Promise<Share | undefined>;
  sharesOf(leader: string): Promise<Array<Share & { coach: Account }>>;
  leadersOf(coach: string): Promise<Array<Share & { leader: Account }>>;
  addNote(leader: string, coach: string, at: string, text: string): Promise<CoachNote>;
  notesFor(leader: string): Promise<CoachNote[]>;
}

const Parts = z.array(z.enum(SHARE_PARTS)).max(SHARE_PARTS.length);
const GoalIds = z.array(z.string().min(1).max(200)).max(500);
const NoteText = z.string().trim().min(1).max(4000);

function parseOr<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const message = r.error.issues[0]?.message ?? 'invalid';
  throw invalidInput(`${field}: ${message}`, [{ path: field, message }]);
}

async function coachByEmail(store: SharingStore, email: unknown): Promise<Account> {
  const found = await store.accountByEmail(parseOr(Email, email, 'coach'));
  if (found?.role !== 'coach') throw notFound('no coach has an account with that address');
  const { passwordHash: _, ...coach } = found;
  return coach;
}

/** The goals of the leader's network among `ids`, each checked to be one (the field named when not). */
async function ownGoals(network: NetworkStore, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  for (const [i, id] of unique.entries())
    if (!(await network.get('goals', id)))
      throw invalidInput(`goals.${i}: your network has no goal with the id ${JSON.stringify(id)}`, [
        { path: `goals.${i}`, message: 'no goal with that id in your network' },
      ]);
  return unique;
}

/**
 * A leader shares chosen parts and chosen goals (by id, from their own network) with a coach;
 * again, and the choice is replaced. No part at all stops sharing.
 */
export async function shareWith(
  store: SharingStore,
  leader: Account,
  network: NetworkStore,
  input: { coach: unknown; parts: unknown; goals?: unknown },
  now: Date,
): Promise<Share & { coach: Account }> {
  const coach = await coachByEmail(store, input.coach);
  const parts = [...new Set(parseOr(Parts, input.parts, 'parts'))];
  if (parts.length === 0) {
    await store.removeShare(leader.id, coach.id);
    return { coach, parts, goals: [], since: now.toISOString() };
  }
  const goals = await ownGoals(network, parseOr(GoalIds, input.goals ?? [], 'goals'));
  const since = (await store.share(leader.id, coach.id))?.since ?? now.toISOString();
  await store.setShare(leader.id, coach.id, { parts, goals, since });
  return { coach, parts, goals, since };
}

/** A leader stops sharing with a coach, at once. */
export async function revokeShare(store: SharingStore, leader: Account, coachEmail: unknown): Promise<void> {
  const coach = await coachByEmail(store, coachEmail);
  if (!(await store.removeShare(leader.id, coach.id)))
    throw notFound(`nothing is shared with ${coach.email}`);
}

export async function leadersOf(store: SharingStore, coach: Account) {
  if (coach.role !== 'coach') throw forbidden('only a coach has leaders who share with them');
  return store.leadersOf(coach.id);
}

export interface LeaderView {
  leader: { id: string; name: string; email: string };
  parts: SharePart[];
  /** How many goals are shared (their titles and measures come with the diagnosis). */
  goals: number;
  diagnosis?: SharedDiagnosis;
  /** What each review snapshot recorded, oldest first (with the diagnosis). */
  trend?: Array<{ asOf: string; summary: ReturnType<typeof summarizeSnapshot> }>;
  plan?: SharedPlan;
  notes: CoachNote[];
}

async function sharedBy(store: SharingStore, coach: Account, leaderId: string) {
  const entry = (await leadersOf(store, coach)).find((l) => l.leader.id === leaderId);
  // The same answer whether the leader exists or shares nothing: a coach learns no more.
  if (!entry) throw notFound('this leader shares nothing with you');
  return entry;
}

/** What a leader shares with this coach, computed from the leader's network now. */
export async function leaderView(
  store: SharingStore,
  coach: Account,
  leaderId: string,
  network: NetworkStore,
  options: { asOf: string; budgetMinutes?: number },
): Promise<LeaderView> {
  const { leader, parts, goals } = await sharedBy(store, coach, leaderId);
  const names = parts.includes('names');
  const shared = new Set(goals);
  const view: LeaderView = {
    leader: { id: leader.id, name: leader.name, email: leader.email },
    parts,
    goals: goals.length,
    notes: (await store.notesFor(leader.id)).filter((n) => n.coach.email === coach.email),
  };
  const hasNetwork = (await network.owner()) !== undefined;
  if (parts.includes('diagnosis') && hasNetwork) {
    view.diagnosis = sharedDiagnosis((await assessNetwork(network, options.asOf)).assessment, names, shared);
    const snapshots = await network.listSnapshots();
    view.trend = snapshots.map((s, i) => ({
      asOf: s.asOf,
      summary: summarizeSnapshot(
        s.data as ReviewSnapshot,
        snapshots[i - 1]?.data as ReviewSnapshot | undefined,
      ),
    }));
  }
  if (parts.includes('plan') && hasNetwork)
    view.plan = sharedPlan(
      await planWeek(network, { week: options.asOf, budgetMinutes: options.budgetMinutes ?? 180 }),
      names,
      names ? await hiddenGoals(network, shared) : [],
    );
  return view;
}

/** The leader's goals not in `shared`, whose titles a text given to the coach must not quote. */
async function hiddenGoals(network: NetworkStore, shared: ReadonlySet<string>): Promise<GoalRef[]> {
  const hidden: GoalRef[] = [];
  for (let offset = 0; ; offset += 500) {
    const { items, total } = await network.list('goals', { filters: {}, limit: 500, offset });
    for (const g of items)
      if (!shared.has(String(g.id))) hidden.push({ id: String(g.id), title: String(g.title ?? '') });
    if (offset + items.length >= total || items.length === 0) return hidden;
  }
}

/** A coach leaves a note the leader sees (only while the leader shares with them). */
export async function leaveNote(
  store: SharingStore,
  coach: Account,
  leaderId: string,
  text: unknown,
  now: Date,
): Promise<CoachNote> {
  await sharedBy(store, coach, leaderId);
  return store.addNote(leaderId, coach.id, now.toISOString(), parseOr(NoteText, text, 'text'));
}
