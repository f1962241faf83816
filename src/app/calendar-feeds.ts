import { type Account, digest, newToken } from './accounts.js';

/**
 * A leader's private calendar feed on a team server. A calendar app subscribes to an address and
 * sends no cookie, so the address itself carries a secret: a random token, kept only as its
 * digest (a copy of the database opens no feed), one per leader, replaced when made anew and
 * gone when revoked.
 */
export interface CalendarFeedStore {
  setCalendarFeed(leader: string, digest: string, since: string): Promise<void>;
  dropCalendarFeed(leader: string): Promise<boolean>;
  calendarFeedOf(leader: string): Promise<{ since: string } | undefined>;
  /** The leader whose feed has this digest. */
  calendarFeedLeader(digest: string): Promise<string | undefined>;
}

/** A new feed address's token for `leader` (shown once); any earlier address stops working. */
export async function newCalendarFeed(
  store: CalendarFeedStore,
  leader: Account,
  now: Date,
): Promise<{ token: string; since: string }> {
  const token = newToken();
  const since = now.toISOString();
  await store.setCalendarFeed(leader.id, digest(token), since);
  return { token, since };
}

/** Whose feed a token opens, if any. */
export async function calendarFeedLeader(
  store: CalendarFeedStore,
  token: string,
): Promise<string | undefined> {
  if (!/^[\w-]{20,100}$/.test(token)) return undefined;
  return store.calendarFeedLeader(digest(token));
}
