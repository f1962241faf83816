import { type Kysely, sql } from 'kysely';
import type { Account, Invitation, Role, Session } from '../../app/accounts.js';
import type { CalendarFeedStore } from '../../app/calendar-feeds.js';
import type { Participation, Programme, ProgrammeStore } from '../../app/programmes.js';
import type { CoachNote, Share, SharingStore } from '../../app/sharing.js';
import type { SharePart } from '../../core/coach/sharing.js';

// biome-ignore lint/suspicious/noExplicitAny: the queries are SQL text (sql``), typed at each use
type Db = Kysely<any>;

interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
}
const account = (r: AccountRow): Account => ({ id: r.id, email: r.email, name: r.name, role: r.role });
const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

/** The team server's directory (schema.ts) on PostgreSQL: accounts, sessions, invitations, shares. */
export class PostgresAccountStore implements SharingStore, ProgrammeStore, CalendarFeedStore {
  constructor(private readonly db: Db) {}

  async addAccount(a: Omit<Account, 'id'>, passwordHash: string): Promise<Account> {
    const { rows } = await sql<AccountRow>`INSERT INTO accounts (email, name, role, password_hash)
      VALUES (${a.email}, ${a.name}, ${a.role}, ${passwordHash}) RETURNING id, email, name, role`.execute(
      this.db,
    );
    return account(rows[0]!);
  }

  async accountByEmail(email: string) {
    const { rows } = await sql<AccountRow & { password_hash: string }>`
      SELECT id, email, name, role, password_hash FROM accounts WHERE email = ${email}`.execute(this.db);
    const r = rows[0];
    return r ? { ...account(r), passwordHash: r.password_hash } : undefined;
  }

  async saveSession(digest: string, accountId: string, csrf: string, expires: string): Promise<void> {
    await sql`INSERT INTO sessions (digest, account, csrf, expires)
      VALUES (${digest}, ${accountId}, ${csrf}, ${expires})`.execute(this.db);
  }

  async session(digest: string, now: string): Promise<Session | undefined> {
    const { rows } = await sql<AccountRow & { csrf: string; expires: Date }>`
      SELECT a.id, a.email, a.name, a.role, s.csrf, s.expires FROM sessions s JOIN accounts a ON a.id = s.account
      WHERE s.digest = ${digest} AND s.expires > ${now}`.execute(this.db);
    const r = rows[0];
    return r ? { account: account(r), csrf: r.csrf, expires: iso(r.expires) } : undefined;
  }

  async dropSession(digest: string): Promise<void> {
    await sql`DELETE FROM sessions WHERE digest = ${digest}`.execute(this.db);
  }

  async failedSignIn(email: string, at: string, since: string): Promise<number> {
    await sql`DELETE FROM sign_in_failures WHERE at <= ${since}`.execute(this.db);
    await sql`INSERT INTO sign_in_failures (email, at) VALUES (${email}, ${at})`.execute(this.db);
    return this.failedSignIns(email, since);
  }

  async failedSignIns(email: string, since: string): Promise<number> {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sign_in_failures
      WHERE email = ${email} AND at > ${since}`.execute(this.db);
    return rows[0]?.n ?? 0;
  }

  async clearFailedSignIns(email: string): Promise<void> {
    await sql`DELETE FROM sign_in_failures WHERE email = ${email}`.execute(this.db);
  }

  async saveInvitation(digest: string, i: Invitation): Promise<void> {
    await sql`INSERT INTO invitations (digest, role, email, invited_by, expires, programme)
      VALUES (${digest}, ${i.role}, ${i.email}, ${i.invitedBy}, ${i.expires}, ${i.programme})`.execute(
      this.db,
    );
  }

  async takeInvitation(digest: string, now: string, email: string): Promise<Invitation | undefined> {
    const { rows } = await sql<{
      role: Role;
      email: string | null;
      invited_by: string;
      expires: Date;
      programme: string | null;
    }>`
      DELETE FROM invitations WHERE digest = ${digest} AND expires > ${now} AND (email IS NULL OR email = ${email})
      RETURNING role, email, invited_by, expires, programme`.execute(this.db);
    const r = rows[0];
    return r
      ? {
          role: r.role,
          email: r.email,
          invitedBy: r.invited_by,
          expires: iso(r.expires),
          programme: r.programme,
        }
      : undefined;
  }

  async setShare(leader: string, coach: string, { parts, goals, since }: Share): Promise<void> {
    await sql`INSERT INTO shares (leader, coach, parts, goals, since)
      VALUES (${leader}, ${coach}, ${parts}::text[], ${goals}::text[], ${since})
      ON CONFLICT (leader, coach) DO UPDATE SET parts = EXCLUDED.parts, goals = EXCLUDED.goals`.execute(
      this.db,
    );
  }

  async removeShare(leader: string, coach: string): Promise<boolean> {
    const r = await sql`DELETE FROM shares WHERE leader = ${leader} AND coach = ${coach}`.execute(this.db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async share(leader: string, coach: string): Promise<Share | undefined> {
    const { rows } = await sql<{
      parts: SharePart[];
      goals: string[];
      since: Date;
    }>`SELECT parts, goals, since
      FROM shares WHERE leader = ${leader} AND coach = ${coach}`.execute(this.db);
    const r = rows[0];
    return r ? { parts: r.parts, goals: r.goals, since: iso(r.since) } : undefined;
  }

  async sharesOf(leader: string) {
    const { rows } = await sql<AccountRow & { parts: SharePart[]; goals: string[]; since: Date }>`
      SELECT a.id, a.email, a.name, a.role, s.parts, s.goals, s.since FROM shares s JOIN accounts a ON a.id = s.coach
      WHERE s.leader = ${leader} ORDER BY a.name, a.email`.execute(this.db);
    return rows.map((r) => ({ coach: account(r), parts: r.parts, goals: r.goals, since: iso(r.since) }));
  }

  async leadersOf(coach: string) {
    const { rows } = await sql<AccountRow & { parts: SharePart[]; goals: string[]; since: Date }>`
      SELECT a.id, a.email, a.name, a.role, s.parts, s.goals, s.since FROM shares s JOIN accounts a ON a.id = s.leader
      WHERE s.coach = ${coach} ORDER BY a.name, a.email`.execute(this.db);
    return rows.map((r) => ({ leader: account(r), parts: r.parts, goals: r.goals, since: iso(r.since) }));
  }

  async setCalendarFeed(leader: string, digest: string, since: string): Promise<void> {
    await sql`INSERT INTO calendar_feeds (leader, digest, since) VALUES (${leader}, ${digest}, ${since})
      ON CONFLICT (leader) DO UPDATE SET digest = EXCLUDED.digest, since = EXCLUDED.since`.execute(this.db);
  }

  async dropCalendarFeed(leader: string): Promise<boolean> {
    const r = await sql`DELETE FROM calendar_feeds WHERE leader = ${leader}`.execute(this.db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async calendarFeedOf(leader: string): Promise<{ since: string } | undefined> {
    const { rows } = await sql<{
      since: Date;
    }>`SELECT since FROM calendar_feeds WHERE leader = ${leader}`.execute(this.db);
    return rows[0] ? { since: iso(rows[0].since) } : undefined;
  }

  async calendarFeedLeader(digest: string): Promise<string | undefined> {
    const { rows } = await sql<{
      leader: string;
    }>`SELECT leader FROM calendar_feeds WHERE digest = ${digest}`.execute(this.db);
    return rows[0]?.leader;
  }

  async addNote(leader: string, coach: string, at: string, text: string): Promise<CoachNote> {
    const { rows } = await sql<{ id: string; name: string; email: string }>`
      WITH added AS (INSERT INTO coach_notes (leader, coach, at, text) VALUES (${leader}, ${coach}, ${at}, ${text}) RETURNING id, coach)
      SELECT added.id, a.name, a.email FROM added JOIN accounts a ON a.id = added.coach`.execute(this.db);
    const r = rows[0]!;
    return { id: r.id, at, coach: { name: r.name, email: r.email }, text };
  }

  async notesFor(leader: string): Promise<CoachNote[]> {
    const { rows } = await sql<{ id: string; at: Date; name: string; email: string; text: string }>`
      SELECT n.id, n.at, a.name, a.email, n.text FROM coach_notes n JOIN accounts a ON a.id = n.coach
      WHERE n.leader = ${leader} ORDER BY n.at, n.id`.execute(this.db);
    return rows.map((r) => ({
      id: r.id,
      at: iso(r.at),
      coach: { name: r.name, email: r.email },
      text: r.text,
    }));
  }

  async addProgramme(name: string, admin: string): Promise<Programme> {
    const { rows } = await sql<{ id: string }>`INSERT INTO programmes (name, admin) VALUES (${name}, ${admin})
      RETURNING id`.execute(this.db);
    return { id: rows[0]!.id, name, admin, leaders: 0 };
  }

  private async programmesWhere(condition: ReturnType<typeof sql>): Promise<Programme[]> {
    const { rows } = await sql<{ id: string; name: string; admin: string; leaders: number }>`
      SELECT p.id, p.name, p.admin, (SELECT count(*)::int FROM programme_members m WHERE m.programme = p.id) AS leaders
      FROM programmes p WHERE ${condition} ORDER BY p.created_at, p.id`.execute(this.db);
    return rows;
  }

  async programme(id: string): Promise<Programme | undefined> {
    return (await this.programmesWhere(sql`p.id = ${id}`))[0];
  }

  programmesRun(admin: string): Promise<Programme[]> {
    return this.programmesWhere(sql`p.admin = ${admin}`);
  }

  programmesJoined(leader: string): Promise<Programme[]> {
    return this.programmesWhere(
      sql`p.id IN (SELECT programme FROM programme_members WHERE leader = ${leader})`,
    );
  }

  async addMember(programme: string, leader: string): Promise<void> {
    await sql`INSERT INTO programme_members (programme, leader) VALUES (${programme}, ${leader})
      ON CONFLICT DO NOTHING`.execute(this.db);
  }

  async removeMember(programme: string, leader: string): Promise<boolean> {
    const r =
      await sql`DELETE FROM programme_members WHERE programme = ${programme} AND leader = ${leader}`.execute(
        this.db,
      );
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async setParticipation(programme: string, leader: string, p: Participation): Promise<boolean> {
    const r =
      await sql`UPDATE programme_members SET unit = ${p.unit ?? null}, function = ${p.function ?? null},
      sector = ${p.sector ?? null} WHERE programme = ${programme} AND leader = ${leader}`.execute(this.db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async members(programme: string) {
    const { rows } = await sql<
      AccountRow & { unit: string | null; function: string | null; sector: string | null }
    >`
      SELECT a.id, a.email, a.name, a.role, m.unit, m.function, m.sector
      FROM programme_members m JOIN accounts a ON a.id = m.leader
      WHERE m.programme = ${programme} ORDER BY a.name, a.email`.execute(this.db);
    return rows.map((r) => ({
      leader: account(r),
      ...(r.unit ? { unit: r.unit } : {}),
      ...(r.function ? { function: r.function } : {}),
      ...(r.sector ? { sector: r.sector } : {}),
    }));
  }
}
