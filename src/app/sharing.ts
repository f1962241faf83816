import { z } from 'zod';
import type { Snapshot as ReviewSnapshot } from '../core/coach/review.js';
import { summarizeSnapshot } from '../core/coach/review-summary.js';
import {
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
  setShare(leader: string, coach: string, parts: SharePart[], since: string): Promise<void>;
  removeShare(leader: string, coach: string): Promise<boolean>;
  share(leader: string, coach: string): Promise<Share | undefined>;
  sharesOf(leader: string): Promise<Array<Share & { coach: Account }>>;
  leadersOf(coach: string): Promise<Array<Share & { leader: Account }>>;
  addNote(leader: string, coach: string, at: string, text: string): Promise<CoachNote>;
  notesFor(leader: string): Promise<CoachNote[]>;
}

const Parts = z.array(z.enum(SHARE_PARTS)).max(SHARE_PARTS.length);
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

/** A leader shares chosen parts with a coach (again: the parts change); an empty list stops sharing. */
export async function shareWith(
  store: SharingStore,
  leader: Account,
  input: { coach: unknown; parts: unknown },
  now: Date,
): Promise<Share & { coach: Account }> {
  const coach = await coachByEmail(store, input.coach);
  const parts = [...new Set(parseOr(Parts, input.parts, 'parts'))];
  if (parts.length === 0) {
    await store.removeShare(leader.id, coach.id);
    return { coach, parts, since: now.toISOString() };
  }
  const since = (await store.share(leader.id, coach.id))?.since ?? now.toISOString();
  await store.setShare(leader.id, coach.id, parts, since);
  return { coach, parts, since };
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
  const { leader, parts } = await sharedBy(store, coach, leaderId);
  const names = parts.includes('names');
  const view: LeaderView = {
    leader: { id: leader.id, name: leader.name, email: leader.email },
    parts,
    notes: (await store.notesFor(leader.id)).filter((n) => n.coach.email === coach.email),
  };
  const hasNetwork = (await network.owner()) !== undefined;
  if (parts.includes('diagnosis') && hasNetwork) {
    view.diagnosis = sharedDiagnosis((await assessNetwork(network, options.asOf)).assessment, names);
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
    );
  return view;
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
