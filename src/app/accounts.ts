import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';
import { conflict, forbidden, invalidInput, notFound, ThreefoldError, unauthorized } from '../errors.js';

/**
 * A team server's people: leaders (each with a network of their own), their coaches and the
 * admins of a leadership programme. Passwords are kept as scrypt hashes; sessions and
 * invitations as SHA-256 digests of their random tokens, so a copy of the database signs no one in.
 */
export const ROLES = ['leader', 'coach', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface Session {
  account: Account;
  /** Sent back in `X-CSRF-Token` on every change: a cross-site page cannot read it. */
  csrf: string;
  expires: string;
}

export interface Invitation {
  role: Role;
  email: string | null;
  invitedBy: string;
  expires: string;
  /** The programme the invited leader joins, if any. */
  programme: string | null;
}

/** What the use cases need of the directory of accounts (PostgreSQL in team mode). */
export interface AccountStore {
  addAccount(account: Omit<Account, 'id'>, passwordHash: string): Promise<Account>;
  accountByEmail(email: string): Promise<(Account & { passwordHash: string }) | undefined>;
  saveSession(digest: string, accountId: string, csrf: string, expires: string): Promise<void>;
  session(digest: string, now: string): Promise<Session | undefined>;
  dropSession(digest: string): Promise<void>;
  /** Records a failed sign-in and answers how many there were for `email` since `since`. */
  failedSignIn(email: string, at: string, since: string): Promise<number>;
  failedSignIns(email: string, since: string): Promise<number>;
  clearFailedSignIns(email: string): Promise<void>;
  saveInvitation(digest: string, invitation: Invitation): Promise<void>;
  /** Takes an invitation for `email` (it works once); undefined when unknown, used, expired or for another address. */
  takeInvitation(digest: string, now: string, email: string): Promise<Invitation | undefined>;
}

const SESSION_DAYS = 14;
const INVITATION_DAYS = 7;
/** Failed sign-ins for one address within the window before the next ones are refused. */
export const SIGN_IN_LIMIT = 5;
const SIGN_IN_WINDOW_MS = 15 * 60_000;
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number },
) => Promise<Buffer>;

export const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
export const newToken = () => randomBytes(32).toString('base64url');
const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an e-mail address' }));
export const Password = z
  .string()
  .min(12, { message: 'at least 12 characters' })
  .max(1024, { message: 'at most 1024 characters' });
const Name = z.string().trim().min(1).max(200);

function parse<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? 'invalid';
    throw invalidInput(`${field}: ${message}`, [{ path: field, message }]);
  }
  return result.data;
}

/** scrypt with a random salt, written `scrypt$N$r$p$salt$hash` so the cost can change later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p, keylen } = SCRYPT;
  const hash = await scryptAsync(password, salt, keylen, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const got = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(got, expected);
}

/** A hash to compare against when the address is unknown, so a sign-in takes as long either way. */
let decoy: Promise<string> | undefined;

/** Adds an account directly (the first admin, from the command line). */
export async function addAccount(
  accounts: AccountStore,
  input: { email: unknown; name: unknown; role: unknown; password: unknown },
): Promise<Account> {
  const email = parse(Email, input.email, 'email');
  const role = parse(z.enum(ROLES), input.role, 'role');
  const name = parse(Name, input.name, 'name');
  const password = parse(Password, input.password, 'password');
  if (await accounts.accountByEmail(email)) throw conflict(`an account for ${email} already exists`);
  return accounts.addAccount({ email, name, role }, await hashPassword(password));
}

async function openSession(accounts: AccountStore, account: Account, now: Date) {
  const token = newToken();
  const csrf = newToken();
  const expires = later(now, SESSION_DAYS * 86_400_000);
  await accounts.saveSession(digest(token), account.id, csrf, expires);
  return { token, session: { account, csrf, expires } };
}

/**
 * Signs in with an address and a password: a session token (for an HttpOnly cookie) and the
 * session. After `SIGN_IN_LIMIT` failures for one address within 15 minutes, further attempts
 * are refused until the window has passed, whatever the password.
 */
export async function signIn(
  accounts: AccountStore,
  input: { email: unknown; password: unknown },
  now: Date,
): Promise<{ token: string; session: Session }> {
  const email = parse(Email, input.email, 'email');
  const password = parse(z.string().max(1024), input.password, 'password');
  const since = later(now, -SIGN_IN_WINDOW_MS);
  if ((await accounts.failedSignIns(email, since)) >= SIGN_IN_LIMIT)
    throw new ThreefoldError(
      'too_many_requests',
      'too many failed sign-ins for this address: try again in 15 minutes',
    );
  const found = await accounts.accountByEmail(email);
  decoy ??= hashPassword(newToken());
  const ok = await passwordMatches(password, found?.passwordHash ?? (await decoy));
  if (!found || !ok) {
    await accounts.failedSignIn(email, now.toISOString(), since);
    throw unauthorized('wrong e-mail address or password');
  }
  await accounts.clearFailedSignIns(email);
  const { passwordHash: _, ...account } = found;
  return openSession(accounts, account, now);
}

export async function sessionOf(accounts: AccountStore, token: string | undefined, now: Date) {
  if (!token) return undefined;
  return accounts.session(digest(token), now.toISOString());
}

export async function signOut(accounts: AccountStore, token: string | undefined): Promise<void> {
  if (token) await accounts.dropSession(digest(token));
}

/** Who may invite whom: an admin anyone, a coach leaders; a leader no one. */
function mayInvite(by: Role, role: Role): boolean {
  return by === 'admin' || (by === 'coach' && role === 'leader');
}

/** An invitation link's token (shown once to whoever invites), valid for a week and for one account. */
export async function invite(
  accounts: AccountStore,
  by: Account,
  input: { role: unknown; email?: unknown },
  now: Date,
  programme: string | null = null,
): Promise<{ token: string; invitation: Invitation }> {
  const role = parse(z.enum(ROLES), input.role, 'role');
  const email = input.email === undefined ? null : parse(Email, input.email, 'email');
  if (!mayInvite(by.role, role)) throw forbidden(`a ${by.role} cannot invite a ${role}`);
  const token = newToken();
  const invitation = {
    role,
    email,
    invitedBy: by.id,
    expires: later(now, INVITATION_DAYS * 86_400_000),
    programme,
  };
  await accounts.saveInvitation(digest(token), invitation);
  return { token, invitation };
}

/** Creates the account an invitation offers, and signs it in. */
export async function acceptInvitation(
  accounts: AccountStore,
  token: string,
  input: { email: unknown; name: unknown; password: unknown },
  now: Date,
): Promise<{ token: string; session: Session; invitation: Invitation }> {
  const email = parse(Email, input.email, 'email');
  const name = parse(Name, input.name, 'name');
  const password = parse(Password, input.password, 'password');
  if (await accounts.accountByEmail(email)) throw conflict(`an account for ${email} already exists: sign in`);
  const invitation = await accounts.takeInvitation(digest(token), now.toISOString(), email);
  if (!invitation)
    throw notFound('this invitation is unknown, used, expired or for another address: ask for a new one');
  const account = await accounts.addAccount(
    { email, name, role: invitation.role },
    await hashPassword(password),
  );
  return { ...(await openSession(accounts, account, now)), invitation };
}
