import { type ContactActivity, classifyDates, type PathGraphInput } from '../core/coach/path-graph.js';
import { noNetworkYet } from '../errors.js';
import type { Store } from './open.js';
import { readTieRows } from './tie-graph.js';

/**
 * What `buildPathGraph` needs, and nothing more: person ids in document order, the ties
 * compiled (and kept between runs, tie-graph.ts), and for each of the owner's relationships its stated strength with the latest
 * past contact and the count of past contacts within a year of `asOf`. The aggregates over
 * interactions and attendees run in SQLite; only the few distinct dates are judged here, with the
 * view's own date rules (`classifyDates`).
 */
export function readPathInput(store: Store, asOf: string): PathGraphInput {
  const { sqlite } = store;
  // The aggregates look up an interaction per attendee row: memory-mapped pages make those
  // lookups about twice as fast as reads through the page cache. For this read only.
  const mmap = sqlite.pragma('mmap_size', { simple: true }) as number;
  sqlite.pragma('mmap_size = 1073741824');
  try {
    const { input, keep } = sqlite.transaction(() => read(store, asOf)).deferred();
    keep();
    return input;
  } finally {
    sqlite.pragma(`mmap_size = ${mmap}`);
  }
}

function read(store: Store, asOf: string): { input: PathGraphInput; keep(): void } {
  const { sqlite } = store;
  if (!sqlite.prepare('SELECT 1 FROM owner WHERE id = 1').get()) throw noNetworkYet();
  const people = sqlite.prepare('SELECT id FROM people ORDER BY rowid').pluck().all() as string[];
  const ties = readTieRows(store, people);

  const dates = sqlite
    .prepare('SELECT DISTINCT date FROM interactions ORDER BY date')
    .pluck()
    .all() as string[];
  const { past, recent } = classifyDates(dates, asOf);
  return {
    input: {
      people,
      ties: ties.rows,
      contacts: contactActivity(store, dates, past, recent),
      hasInteractions: past.length > 0,
      asOf,
    },
    keep: ties.keep,
  };
}

/**
 * Each relationship's stated strength, latest past contact and recent contacts (an attendee
 * listed twice in one interaction counts once). `dates` are the distinct dates in SQLite's order.
 */
function contactActivity(
  store: Store,
  dates: readonly string[],
  past: readonly string[],
  recent: ReadonlySet<string>,
): ContactActivity[] {
  const { sqlite } = store;
  // Plain days sort as they fall, so the past is a prefix of the sorted dates and the recent past
  // its tail: two bounds say it all, and one pass per contact over its attendee rows suffices.
  const pastSet = new Set(past);
  let inOrder = true;
  for (let i = 0; i < dates.length && inOrder; i++) {
    if (pastSet.has(dates[i]!) !== i < past.length) inOrder = false;
    else if (recent.has(dates[i]!) !== (i < past.length && i >= past.length - recent.size)) inOrder = false;
  }
  if (inOrder) {
    const last = past.length > 0 ? past[past.length - 1]! : null;
    const first = recent.size > 0 ? past[past.length - recent.size]! : null;
    const rows = sqlite
      .prepare(
        `SELECT r.person, r.strength, max(i.date), count(DISTINCT iif(i.date >= ?, ip.interaction, NULL))
         FROM relationships r
         LEFT JOIN interaction_people ip ON ip.person = r.person
         LEFT JOIN interactions i ON i.id = ip.interaction AND i.date <= ?
         GROUP BY r.person`,
      )
      .raw()
      .all(first, last) as Array<[string, number | null, string | null, number]>;
    return rows.map(([person, strength, lastContact, lastYear]) => ({
      person,
      strength,
      lastContact,
      lastYear,
    }));
  }
  // Dates whose string order is not their time order (date-times with offsets): count per
  // contact and date in SQLite, judge each date here.
  const contacts = new Map<string, ContactActivity>();
  for (const [person, strength] of sqlite
    .prepare('SELECT person, strength FROM relationships')
    .raw()
    .all() as Array<[string, number | null]>)
    contacts.set(person, { person, strength, lastContact: null, lastYear: 0 });
  const rows = sqlite
    .prepare(
      `SELECT ip.person, i.date, count(DISTINCT ip.interaction)
       FROM relationships r
       JOIN interaction_people ip ON ip.person = r.person
       JOIN interactions i ON i.id = ip.interaction
       GROUP BY ip.person, i.date`,
    )
    .raw()
    .all() as Array<[string, string, number]>;
  for (const [person, date, count] of rows) {
    if (!pastSet.has(date)) continue;
    const c = contacts.get(person)!;
    if (c.lastContact === null || date > c.lastContact) c.lastContact = date;
    if (recent.has(date)) c.lastYear += count;
  }
  return [...contacts.values()];
}

/** The e-mail addresses of the people `ids` that have any (the analysis reads none). */
export function personEmails(store: Store, ids: readonly string[]): Map<string, string[]> {
  const emails = new Map<string, string[]>();
  const statement = store.sqlite.prepare('SELECT emails FROM people WHERE id = ?').pluck();
  for (const id of new Set(ids)) {
    const text = statement.get(id) as string | null | undefined;
    const list = text ? (JSON.parse(text) as string[]) : [];
    if (list.length > 0) emails.set(id, list);
  }
  return emails;
}

/** Names of the given people (for the text output), by id. */
export function personNames(store: Store, ids: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const statement = store.sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck();
  for (const id of new Set(ids)) {
    const name = statement.get(id) as string | undefined;
    if (name !== undefined) names.set(id, name);
  }
  return names;
}
