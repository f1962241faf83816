import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Database as Sqlite } from 'better-sqlite3';

/**
 * The `derived` table: data computed from the network and kept to save recomputing it, each
 * row valid only for the network revision it was computed at (every write bumps the revision,
 * so a kept row goes stale by itself). Never exported; an import empties it.
 */

/**
 * What is kept, each under a key naming its layout (a version that lays the bytes out otherwise
 * uses another key, so it never misreads an older blob), with the tables it is computed from.
 * Kept data covers the first rows of those tables in table order; `appends` are the tables
 * whose rows added after them its reader takes from the table (a person or an interaction
 * added), so kept data stays valid when those tables only grew; `updates` are the tables whose
 * rows changed in place (same key, same rowid) leave it valid, since it reads only their keys
 * and order (a person's name or title changed).
 */
export const KEPT = {
  /** The ties compiled into graph rows over people (tie-graph.ts). */
  tieGraph: {
    key: 'tie-graph/2',
    from: ['people', 'ties'],
    appends: ['people', 'ties'],
    updates: ['people'],
  },
  /** Each interaction's people, as positions among people (attendance.ts). */
  attendance: {
    key: 'attendance/2',
    from: ['people', 'interactions', 'interaction_people'],
    appends: ['people', 'interactions', 'interaction_people'],
    updates: ['people'],
  },
  /** People and interactions by column (kept-records.ts). */
  people: { key: 'people-columns/3', from: ['people'], appends: ['people'], updates: [] },
  interactions: {
    key: 'interactions-columns/4',
    from: ['interactions'],
    appends: ['interactions'],
    updates: [],
  },
  relationships: {
    key: 'relationships-columns/1',
    from: ['relationships'],
    appends: ['relationships'],
    updates: [],
  },
} as const;

/**
 * How many rows added after the kept ones a reader takes from the table on every run before it
 * keeps them with the rest: keeping encodes them all again, reading a few costs next to nothing.
 */
export const maxReadAdded = (kept: number): number => Math.max(1000, kept >> 4);

/**
 * The largest rowid in `table`, 0 when it is empty. Kept data notes the last row it covers:
 * rows added later have larger rowids, so a reader finds them with one index seek.
 */
export function lastRowid(sqlite: Sqlite, table: string): number {
  return sqlite.prepare(`SELECT coalesce(max(rowid), 0) FROM ${table}`).pluck().get() as number;
}

/**
 * Whether the last row kept data covers still has the rowid it had then, `last` (0 when it
 * covers no row): rows added later are then exactly those after it. Rowids renumbered behind
 * the store's back (a dump restored closes the gaps removed rows left) make it false, and the
 * data is computed again. `where` finds that row by its key (one index seek); undefined when
 * the kept data covers no row.
 */
export function stillLast(
  sqlite: Sqlite,
  table: string,
  where: { sql: string; params: readonly string[] } | undefined,
  last: number,
): boolean {
  if (!where) return last === 0;
  return (
    sqlite
      .prepare(`SELECT rowid FROM ${table} WHERE ${where.sql}`)
      .pluck()
      .get(...where.params) === last
  );
}

/**
 * The row of `table` whose key column `keyColumn` (a person's or an interaction's `id`, a
 * relationship's `person`) holds `id`: its rowid and its position in table order (what kept data
 * indexes rows by); undefined for no such row. One seek and a count, for the few rows an edit
 * touches.
 */
export function rowOf(
  sqlite: Sqlite,
  table: string,
  id: string,
  keyColumn = 'id',
): { rowid: number; position: number } | undefined {
  const rowid = sqlite.prepare(`SELECT rowid FROM ${table} WHERE ${keyColumn} = ?`).pluck().get(id) as
    | number
    | undefined;
  if (rowid === undefined) return undefined;
  const position = sqlite
    .prepare(`SELECT count(*) FROM ${table} WHERE rowid < ?`)
    .pluck()
    .get(rowid) as number;
  return { rowid, position };
}

/** `stillLast`'s `where` for the row of a table whose key column `keyColumn` holds `id`. */
export const byId = (id: string | undefined, keyColumn = 'id') =>
  id === undefined ? undefined : { sql: `${keyColumn} = ?`, params: [id] };

/** What a write changed: the tables it touched, and whether it only added rows to them. */
export interface TablesWritten {
  tables: readonly string[];
  appended?: boolean;
  /** Whether it only changed rows in place: their keys and rowids stay. */
  updated?: boolean;
}

/**
 * After a write that moved the network from revision `from` to `to`, what was kept for `from`
 * and still holds is carried over to `to` rather than computed again: data kept from other
 * tables (adding a goal leaves the compiled ties as they were), and data whose tables only
 * grew in ways its reader takes up. Call inside the write's transaction.
 */
export function carryOver(sqlite: Sqlite, from: number, to: number, written: TablesWritten): void {
  const holds = (k: (typeof KEPT)[keyof typeof KEPT]) =>
    written.tables.every(
      (table) =>
        !(k.from as readonly string[]).includes(table) ||
        (written.appended === true && (k.appends as readonly string[]).includes(table)) ||
        (written.updated === true && (k.updates as readonly string[]).includes(table)),
    );
  const unaffected = Object.values(KEPT)
    .filter(holds)
    .map((k) => k.key);
  if (unaffected.length === 0) return;
  try {
    sqlite
      .prepare(
        `UPDATE derived_revision SET revision = ? WHERE revision = ? AND key IN (${unaffected.map(() => '?').join(', ')})`,
      )
      .run(to, from, ...unaffected);
  } catch {
    // A database from before the `derived` table: nothing was kept.
  }
}

/** The blob kept under `key` for revision `at`, as SQLite hands it over. */
function keptBlob(sqlite: Sqlite, key: string, at: number): Buffer | undefined {
  try {
    return sqlite.prepare('SELECT data FROM derived WHERE key = ? AND revision = ?').pluck().get(key, at) as
      | Buffer
      | undefined;
  } catch {
    return undefined; // a database opened read-only before the `derived` table existed
  }
}

/**
 * The bytes kept under `key` for revision `at`, starting a buffer of their own (readers lay
 * typed arrays over them from offset 0): copied only when SQLite's buffer is shared.
 */
export function keptBytes(sqlite: Sqlite, key: string, at: number): Uint8Array | undefined {
  const blob = keptBlob(sqlite, key, at);
  if (!blob) return undefined;
  const own = blob.byteOffset === 0 && blob.buffer.byteLength === blob.byteLength;
  return own ? new Uint8Array(blob.buffer, 0, blob.byteLength) : new Uint8Array(blob);
}

/**
 * Keeps `bytes` under `key` for revision `at`, only while the network is still at that
 * revision, and drops what earlier revisions kept. Best effort: on a read-only file or a busy database nothing is kept, and the data
 * is computed again next time.
 */
export function keepBytes(sqlite: Sqlite, key: string, at: number, bytes: Uint8Array): void {
  try {
    // Rows of earlier revisions can never be read again (whatever their key, a layout an older
    // version wrote among them): they go.
    for (const table of ['derived_data', 'derived_pending'])
      sqlite
        .prepare(`DELETE FROM ${table} WHERE key IN (SELECT key FROM derived_revision WHERE revision < ?)`)
        .run(at);
    sqlite.prepare('DELETE FROM derived_revision WHERE revision < ?').run(at);
    // Kept only while the network is still at revision `at` (a writer may have moved it on).
    const current = sqlite
      .prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revision'")
      .pluck()
      .get() as number | undefined;
    if ((current ?? null) !== (at === 0 ? null : at)) return;
    sqlite
      .prepare(
        'INSERT INTO derived_data (key, data) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET data = excluded.data',
      )
      .run(key, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    sqlite
      .prepare(
        'INSERT INTO derived_revision (key, revision) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET revision = excluded.revision',
      )
      .run(key, at);
    // The data kept now has taken in every edit noted before it.
    sqlite.prepare('DELETE FROM derived_pending WHERE key = ?').run(key);
  } catch {
    // Read-only file, a writer holding the lock: computed again next time.
  }
}

/** Bytes kept deflated under `key` for revision `at` (see `keepDeflated`). */
export function keptDeflated(sqlite: Sqlite, key: string, at: number): Uint8Array | undefined {
  const bytes = keptBlob(sqlite, key, at);
  if (!bytes || bytes.byteLength < INFLATED) return undefined;
  const size = bytes.readUInt32LE(0);
  try {
    // One chunk a little larger than the bytes: inflated in one piece, never gathered from
    // smaller chunks and copied again (12 MB: 58 ms in the default 16 KB chunks).
    const inflated = inflateRawSync(bytes.subarray(INFLATED), { chunkSize: Math.max(64, size + 64) });
    if (inflated.byteLength !== size) return undefined;
    // Readers lay 32-bit views over the bytes: copied only if they do not start on a word.
    return inflated.byteOffset % 4 === 0
      ? new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength)
      : new Uint8Array(inflated);
  } catch {
    return undefined; // not what this version writes: computed again
  }
}

// Kept deflated: the size of the bytes inflated (a 32-bit word), then the deflated bytes.
const INFLATED = 4;

/** Keeps `bytes` deflated: a fraction of the size, for a few milliseconds on each read. */
export function keepDeflated(sqlite: Sqlite, key: string, at: number, bytes: Uint8Array): void {
  // Level 1: the fastest deflate.
  const deflated = deflateRawSync(bytes, { level: 1 });
  const kept = Buffer.allocUnsafe(INFLATED + deflated.byteLength);
  kept.writeUInt32LE(bytes.byteLength, 0);
  kept.set(deflated, INFLATED);
  keepBytes(sqlite, key, at, kept);
}

/**
 * After a write that moved the network from revision `from` to `to`: what was kept under `key`
 * for `from` is carried over to `to` with `note`, the edit it has not taken in yet, which the
 * next read applies (`pendingNotes`) before keeping the result. A write then costs a row, not a
 * rewrite of the kept data. False (nothing noted) when nothing was kept for `from`. Call inside
 * the write's transaction.
 */
export function carryWithNote(sqlite: Sqlite, key: string, from: number, to: number, note: unknown): boolean {
  try {
    const moved = sqlite
      .prepare('UPDATE derived_revision SET revision = ? WHERE key = ? AND revision = ?')
      .run(to, key, from).changes;
    if (moved !== 1) return false;
    sqlite.prepare('INSERT INTO derived_pending (key, note) VALUES (?, ?)').run(key, JSON.stringify(note));
    return true;
  } catch {
    return false; // a database from before these tables: nothing was kept
  }
}

/** The edits noted for what is kept under `key`, oldest first (see `carryWithNote`). */
export function pendingNotes<T>(sqlite: Sqlite, key: string): T[] {
  try {
    return (
      sqlite
        .prepare('SELECT note FROM derived_pending WHERE key = ? ORDER BY seq')
        .pluck()
        .all(key) as string[]
    ).map((n) => JSON.parse(n) as T);
  } catch {
    return [];
  }
}
