import { z } from 'zod';
import type { UnitBridge } from '../core/programme/bridges.js';
import { cohortSummary, memberSummaryOf } from '../core/programme/cohort.js';
import { type PeerGroups, proposePeerGroups } from '../core/programme/peer-groups.js';
import { forbidden, invalidInput, notFound } from '../errors.js';
import { type Account, type AccountStore, acceptInvitation, invite } from './accounts.js';
import { coachInput } from './analysis.js';
import { COHORT_JOB, type JobQueue, type JobStatus } from './jobs.js';
import type { NetworkStore } from './port.js';

/** A leadership programme: an admin's cohort of leaders. */
export interface Programme {
  id: string;
  name: string;
  admin: string;
  leaders: number;
}

/** What a participant chose to tell the programme for its peer groups (nothing else is shared). */
export interface Participation {
  unit?: string | undefined;
  function?: string | undefined;
  sector?: string | undefined;
}

export interface ProgrammeStore {
  addProgramme(name: string, admin: string): Promise<Programme>;
  programme(id: string): Promise<Programme | undefined>;
  programmesRun(admin: string): Promise<Programme[]>;
  programmesJoined(leader: string): Promise<Programme[]>;
  addMember(programme: string, leader: string): Promise<void>;
  removeMember(programme: string, leader: string): Promise<boolean>;
  setParticipation(programme: string, leader: string, p: Participation): Promise<boolean>;
  members(programme: string): Promise<Array<{ leader: Account } & Participation>>;
}

const Text = z.string().trim().min(1).max(200);
const ParticipationBody = z.object({
  unit: Text.optional(),
  function: Text.optional(),
  sector: Text.optional(),
});

function parseOr<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = [field, ...(issue?.path ?? [])].join('.');
  throw invalidInput(`${path}: ${issue?.message ?? 'invalid'}`, [
    { path, message: issue?.message ?? 'invalid' },
  ]);
}

export async function createProgramme(
  store: ProgrammeStore,
  admin: Account,
  name: unknown,
): Promise<Programme> {
  if (admin.role !== 'admin') throw forbidden('only an admin runs a programme');
  return store.addProgramme(parseOr(Text, name, 'name'), admin.id);
}

export async function programmesOf(store: ProgrammeStore, account: Account): Promise<Programme[]> {
  return account.role === 'admin' ? store.programmesRun(account.id) : store.programmesJoined(account.id);
}

/** The programme, which `admin` must run. */
export async function runBy(store: ProgrammeStore, admin: Account, id: string): Promise<Programme> {
  const programme = await store.programme(id);
  if (!programme || programme.admin !== admin.id) throw notFound('no programme of yours has that id');
  return programme;
}

/** A participant tells the programme their unit, function and sector, for mixed peer groups. */
export async function participate(
  store: ProgrammeStore,
  leader: Account,
  programme: string,
  input: unknown,
): Promise<Participation> {
  const p = parseOr(ParticipationBody, input, 'body');
  if (!(await store.setParticipation(programme, leader.id, p)))
    throw notFound('you are not in that programme');
  return p;
}

/** A participant leaves: from then on no result of the programme counts them. */
export async function leaveProgramme(
  store: ProgrammeStore,
  leader: Account,
  programme: string,
): Promise<void> {
  if (!(await store.removeMember(programme, leader.id))) throw notFound('you are not in that programme');
}

/**
 * The cohort in aggregate, computed from each participant's network as of `asOf`: forms, findings
 * by frequency, commitments. Nothing is shown for fewer than five leaders with a network.
 */
async function computeCohort(
  store: ProgrammeStore,
  programme: Programme,
  networkOf: (leader: string) => NetworkStore,
  asOf: string,
) {
  const summaries = [];
  for (const { leader } of await store.members(programme.id)) {
    const network = networkOf(leader.id);
    if ((await network.owner()) === undefined) continue;
    summaries.push(memberSummaryOf(await coachInput(network, asOf)));
  }
  return { programme: { id: programme.id, name: programme.name }, asOf, ...cohortSummary(summaries) };
}

/** The cohort computed in this request (a small cohort; a large one is better run as a job). */
export async function cohortOf(
  store: ProgrammeStore,
  admin: Account,
  id: string,
  networkOf: (leader: string) => NetworkStore,
  asOf: string,
) {
  return computeCohort(store, await runBy(store, admin, id), networkOf, asOf);
}

/** Queues the cohort's computation for a worker; its id reads the result (`cohortJob`). */
export async function requestCohort(
  store: ProgrammeStore,
  queue: JobQueue,
  admin: Account,
  id: string,
  asOf: string,
): Promise<{ job: string }> {
  await runBy(store, admin, id);
  return { job: await queue.enqueue(COHORT_JOB, { programme: id, admin: admin.id, asOf }) };
}

/** A cohort job's state and, once done, its result: only for the admin who asked, on that programme. */
export async function cohortJob(
  store: ProgrammeStore,
  queue: JobQueue,
  admin: Account,
  id: string,
  job: string,
): Promise<JobStatus> {
  await runBy(store, admin, id);
  const status = await queue.status(COHORT_JOB, job);
  if (!status || status.data.programme !== id || status.data.admin !== admin.id)
    throw notFound('no such job for this programme');
  return status;
}

/** What a worker runs for a cohort job (the programme may have changed hands since it was queued). */
export async function runCohortJob(
  store: ProgrammeStore,
  data: Record<string, unknown>,
  networkOf: (leader: string) => NetworkStore,
) {
  const programme = await store.programme(String(data.programme));
  if (!programme || programme.admin !== data.admin)
    throw new Error('the programme is gone or has another admin');
  return computeCohort(store, programme, networkOf, String(data.asOf));
}

/** Two leaders placed together first because their units rarely work together, and why. */
export interface PlacedTogether {
  group: number;
  names: [string, string];
  units: [string, string];
  why: UnitBridge['why'];
}

/**
 * Peer groups of about `size` that mix what participants told of their unit, function and
 * sector; with `bridges` (the organisation analysis's silos and unit pairs with no tie), leaders
 * of units that rarely work together are placed together first. The admin sees nothing they did
 * not already see of their cohort (names and what participants told) besides which of those
 * units rarely work together, which the analysis shows for units of five or more only.
 */
export async function peerGroupsOf(
  store: ProgrammeStore,
  admin: Account,
  id: string,
  size: number,
  bridges: readonly UnitBridge[] = [],
): Promise<{
  groups: Array<Array<{ name: string } & Participation>>;
  diversity: PeerGroups['diversity'];
  ceiling: PeerGroups['ceiling'];
  placedTogether: PlacedTogether[];
}> {
  await runBy(store, admin, id);
  const members = await store.members(id);
  if (members.length === 0)
    return {
      groups: [],
      diversity: { unit: 0, function: 0, sector: 0 },
      ceiling: { unit: 0, function: 0, sector: 0 },
      placedTogether: [],
    };
  const proposal = proposePeerGroups(
    members.map((m) => ({ id: m.leader.id, unit: m.unit, function: m.function, sector: m.sector })),
    size,
    bridges,
  );
  const byId = new Map(members.map((m) => [m.leader.id, m]));
  return {
    groups: proposal.groups.map((g) =>
      g.map((leaderId) => {
        const m = byId.get(leaderId)!;
        return { name: m.leader.name, unit: m.unit, function: m.function, sector: m.sector };
      }),
    ),
    diversity: proposal.diversity,
    ceiling: proposal.ceiling,
    placedTogether: proposal.bridged.map((b) => ({
      group: b.group,
      names: [byId.get(b.a)!.leader.name, byId.get(b.b)!.leader.name],
      units: [byId.get(b.a)!.unit ?? b.bridge.a, byId.get(b.b)!.unit ?? b.bridge.b],
      why: b.bridge.why,
    })),
  };
}

/** An invitation to join a programme as a leader, made by the admin who runs it. */
export async function inviteToProgramme(
  store: ProgrammeStore & AccountStore,
  admin: Account,
  programme: string,
  input: { email?: unknown },
  now: Date,
) {
  await runBy(store, admin, programme);
  return invite(
    store,
    admin,
    { role: 'leader', ...(input.email !== undefined ? { email: input.email } : {}) },
    now,
    programme,
  );
}

/** Accepts an invitation; one to a programme makes the new leader a participant. */
export async function acceptAndJoin(
  store: ProgrammeStore & AccountStore,
  token: string,
  input: { email: unknown; name: unknown; password: unknown },
  now: Date,
) {
  const accepted = await acceptInvitation(store, token, input, now);
  if (accepted.invitation.programme)
    await store.addMember(accepted.invitation.programme, accepted.session.account.id);
  return accepted;
}
