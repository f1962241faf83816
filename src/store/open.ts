import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database as Sqlite } from 'better-sqlite3';
import { ThreefoldError } from '../errors.js';
import { carryOver, type TablesWritten } from './derived.js';
import { queryBuilder } from './kysely.js';
import * as m001 from './migrations/001-initial.js';
import * as m002 from './migrations/002-contact-indexes-and-derived.js';
import * as m003 from './migrations/003-derived-revisions-apart.js';

/** Versioned migrations, applied in order; PRAGMA user_version records the last one applied. */
const MIGRATIONS = [m001, m002, m003];

export interface Store {
  readonly path: string;
  readonly sqlite: Sqlite;
  close(): void;
}

/**
 * Opens (and creates or migrates) the database. WAL lets readers and one writer work at once;
 * the busy timeout makes a second process wait for a writer instead of failing, so two CLI
 * processes can share the file.
 */
export function openStore(path: string, options: { readonly?: boolean } = {}): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: Sqlite;
  try {
    sqlite = new BetterSqlite3(path, {
      fileMustExist: options.readonly === true,
      readonly: options.readonly === true,
    });
  } catch (err) {
    throw new ThreefoldError('invalid_input', `cannot open database ${path}: ${(err as Error).message}`);
  }
  try {
    sqlite.pragma('busy_timeout = 10000');
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
    }
    sqlite.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(sqlite);
  } catch (err) {
    sqlite.close();
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new ThreefoldError('invalid_input', `${path} is not a threefold database (not an SQLite file)`);
    }
    throw err;
  }
  return { path, sqlite, close: () => sqlite.close() };
}

function migrate(sqlite: Sqlite): void {
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new ThreefoldError(
      'conflict',
      `this database was written by a newer threefold (schema ${current}, this version knows ${MIGRATIONS.length})`,
    );
  }
  if (current === MIGRATIONS.length) return;
  const { qb, kysely } = queryBuilder();
  for (let version = current; version < MIGRATIONS.length; version++) {
    const migration = MIGRATIONS[version]!;
    // IMMEDIATE takes the write lock first, so two processes opening a new file at once
    // do not both try to create the tables.
    sqlite
      .transaction(() => {
        if ((sqlite.pragma('user_version', { simple: true }) as number) !== version) return;
        for (const query of migration.up(qb, kysely)) sqlite.exec(query.sql);
        sqlite.pragma(`user_version = ${version + 1}`);
      })
      .immediate();
  }
}

/**
 * A counter bumped by every write, so caches (the server's, the kept data of derived.ts) can
 * tell when data changed. `written` names the tables the write changed, when it knows them:
 * kept data they leave valid is carried over (`carryOver`).
 */
export function bumpRevision(sqlite: Sqlite, written?: TablesWritten): void {
  const from = revision(sqlite);
  sqlite
    .prepare(
      "INSERT INTO meta (key, value) VALUES ('revision', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
    )
    .run();
  if (written) carryOver(sqlite, from, revision(sqlite), written);
}

export function revision(sqlite: Sqlite): number {
  const row = sqlite.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as
    | { value: string }
    | undefined;
  return row ? Number(row.value) : 0;
}
