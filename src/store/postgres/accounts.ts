import { type Kysely, sql } from 'kysely';
import type { Account, AccountStore, Invitation, Role, Session } from '../../app/accounts.js';

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

/** The team server's directory (schema.ts) on PostgreSQL. */
export class PostgresAccountStore implements AccountStore {
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
    await sql`INSERT INTO invitations (digest, role, email, invited_by, expires)
      VALUES (${digest}, ${i.role}, ${i.email}, ${i.invitedBy}, ${i.expires})`.execute(this.db);
  }

  async takeInvitation(digest: string, now: string, email: string): Promise<Invitation | undefined> {
    const { rows } = await sql<{ role: Role; email: string | null; invited_by: string; expires: Date }>`
      DELETE FROM invitations WHERE digest = ${digest} AND expires > ${now} AND (email IS NULL OR email = ${email})
      RETURNING role, email, invited_by, expires`.execute(this.db);
    const r = rows[0];
    return r ? { role: r.role, email: r.email, invitedBy: r.invited_by, expires: iso(r.expires) } : undefined;
  }
}
