import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { invite, type Session, sessionOf, signIn, signOut } from '../app/accounts.js';
import type { CalendarFeedStore } from '../app/calendar-feeds.js';
import type { JobQueue } from '../app/jobs.js';
import type { NetworkStore } from '../app/port.js';
import { acceptAndJoin, type ProgrammeStore } from '../app/programmes.js';
import type { SharingStore } from '../app/sharing.js';
import type { UnitBridge } from '../core/programme/bridges.js';
import { VersionCache } from './cache.js';
import { type Route, route } from './route.js';
import { reject, secretMatches } from './security.js';
import { calendarFeedRoutes } from './team-calendar.js';
import { programmeRoutes } from './team-programmes.js';
import { sharingRoutes } from './team-sharing.js';

/** What a team server adds to the app: its directory of accounts and each leader's own store. */
export interface Team {
  accounts: SharingStore & ProgrammeStore & CalendarFeedStore;
  /** An account's own network (what a leader works on; what a coach reads when shared). */
  storeFor(accountId: string): NetworkStore;
  now(): Date;
  /** The job queue long analyses run on (a cohort's picture). */
  jobs?: JobQueue;
  /** Units that rarely work together, from the organisation analysis, when the server has its data. */
  unitBridges?: () => Promise<UnitBridge[]>;
}

/** Whose request this is: the store and cache the routes use for it. */
export interface RequestScope {
  store: NetworkStore;
  cache: VersionCache;
  session?: Session;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

const COOKIE = 'threefold_session';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MAX_CACHES = 64;

/** Behind a proxy that ends TLS the cookie is marked Secure (the proxy says so). */
const isHttps = (c: Context) =>
  c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';

function startSession(c: Context, token: string, session: Session) {
  setCookie(c, COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isHttps(c),
    expires: new Date(session.expires),
  });
  return { account: session.account, csrf: session.csrf, expires: session.expires };
}

export function currentSession(): Session {
  const session = requestScope.getStore()?.session;
  if (!session) throw new Error('a team route ran without a session');
  return session;
}

/**
 * Runs each API request as the account signed in: without a session only the public routes
 * answer (401 otherwise); a change also needs the session's CSRF token in `X-CSRF-Token`
 * (a cross-site page can make the browser send the cookie, never read the token). The routes
 * then see that account's network and a cache of its own.
 */
export function teamAround(team: Team) {
  const caches = new Map<string, VersionCache>();
  const cacheFor = (id: string) => {
    let cache = caches.get(id);
    if (cache) caches.delete(id);
    else cache = new VersionCache();
    caches.set(id, cache);
    if (caches.size > MAX_CACHES) caches.delete(caches.keys().next().value!);
    return cache;
  };
  return async (r: Route, c: Context, run: () => Promise<Response>): Promise<Response> => {
    if (r.access === 'public') return run();
    const session = await sessionOf(team.accounts, getCookie(c, COOKIE), team.now());
    if (!session) return reject('unauthorized', 'sign in first (POST /api/session)');
    if (STATE_CHANGING.has(c.req.method) && !secretMatches(c.req.header('x-csrf-token') ?? '', session.csrf))
      return reject('forbidden', 'missing or wrong X-CSRF-Token: send the csrf value the session gave');
    const store = team.storeFor(session.account.id);
    const cache = cacheFor(session.account.id);
    return requestScope.run({ store, cache, session }, async () => {
      cache.sync(await store.dataVersion());
      return run();
    });
  };
}

const SessionResponse = z.object({
  account: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['leader', 'coach', 'admin']),
  }),
  csrf: z.string(),
  expires: z.string(),
});
const Credentials = z.strictObject({ email: z.string(), password: z.string() });

/** Signing in and out, and invitations by link. */
export function teamRoutes(team: Team): Route[] {
  return [
    route({
      method: 'post',
      path: '/api/session',
      operationId: 'signIn',
      summary: 'Sign in: sets an HttpOnly session cookie and answers the CSRF token',
      tag: 'team',
      access: 'public',
      body: Credentials,
      status: 201,
      response: SessionResponse,
      errors: [429],
      handler: async ({ body, c }) => {
        const { token, session } = await signIn(team.accounts, body, team.now());
        return startSession(c, token, session);
      },
    }),
    route({
      method: 'get',
      path: '/api/session',
      operationId: 'currentSession',
      summary: 'Who is signed in, and the CSRF token to send with changes',
      tag: 'team',
      response: SessionResponse,
      handler: () => {
        const { account, csrf, expires } = currentSession();
        return { account, csrf, expires };
      },
    }),
    route({
      method: 'delete',
      path: '/api/session',
      operationId: 'signOut',
      summary: 'Sign out: the session ends on the server and the cookie is cleared',
      tag: 'team',
      status: 204,
      handler: async ({ c }) => {
        await signOut(team.accounts, getCookie(c, COOKIE));
        deleteCookie(c, COOKIE, { path: '/' });
      },
    }),
    route({
      method: 'post',
      path: '/api/invitations',
      operationId: 'invite',
      summary: 'Invite someone by link (an admin anyone, a coach leaders)',
      tag: 'team',
      body: z.strictObject({ role: z.enum(['leader', 'coach', 'admin']), email: z.string().optional() }),
      status: 201,
      response: z.object({ link: z.string(), token: z.string(), role: z.string(), expires: z.string() }),
      handler: async ({ body }) => {
        const { token, invitation } = await invite(team.accounts, currentSession().account, body, team.now());
        return { link: `/#invite=${token}`, token, role: invitation.role, expires: invitation.expires };
      },
    }),
    route({
      method: 'post',
      path: '/api/invitations/accept',
      operationId: 'acceptInvitation',
      summary: 'Create the account an invitation offers, and sign in',
      tag: 'team',
      access: 'public',
      body: z.strictObject({ token: z.string(), email: z.string(), name: z.string(), password: z.string() }),
      status: 201,
      response: SessionResponse,
      errors: [404, 409],
      handler: async ({ body, c }) => {
        const { token, ...input } = body;
        const opened = await acceptAndJoin(team.accounts, token, input, team.now());
        return startSession(c, opened.token, opened.session);
      },
    }),
    ...sharingRoutes(team),
    ...programmeRoutes(team),
    ...calendarFeedRoutes(team),
  ];
}
