import type { Database as Sqlite } from 'better-sqlite3';
import {
  type CompiledQuery,
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { Database } from './tables.js';

/**
 * Kysely as a query *builder*: it compiles typed queries to SQL, and better-sqlite3 runs them
 * synchronously. Synchronous execution is what lets a whole import live in one better-sqlite3
 * transaction (all or nothing) without an async boundary inside it.
 */
export const qb = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export function all<R>(sqlite: Sqlite, query: { compile(): CompiledQuery<R> }): R[] {
  const compiled = query.compile();
  return sqlite.prepare(compiled.sql).all(...(compiled.parameters as unknown[])) as R[];
}

export function first<R>(sqlite: Sqlite, query: { compile(): CompiledQuery<R> }): R | undefined {
  const compiled = query.compile();
  return sqlite.prepare(compiled.sql).get(...(compiled.parameters as unknown[])) as R | undefined;
}

export function run(sqlite: Sqlite, query: { compile(): CompiledQuery<unknown> }): number {
  const compiled = query.compile();
  return sqlite.prepare(compiled.sql).run(...(compiled.parameters as unknown[])).changes;
}
