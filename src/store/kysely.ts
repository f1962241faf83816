import { createRequire } from 'node:module';
import type { Kysely } from 'kysely';
import type { Database } from './tables.js';

export type KyselyModule = typeof import('kysely');

let loaded: { qb: Kysely<Database>; kysely: KyselyModule } | undefined;

/**
 * Kysely as a query *builder*: it compiles the migrations' portable DDL to SQL, and
 * better-sqlite3 runs it synchronously, inside one transaction. It is loaded on first use
 * (synchronously, through its CommonJS build) rather than at start-up: only creating or
 * migrating a database needs it, and loading it costs every command about 150 ms.
 */
export function queryBuilder(): { qb: Kysely<Database>; kysely: KyselyModule } {
  if (loaded) return loaded;
  const kysely = createRequire(import.meta.url)('kysely') as KyselyModule;
  const qb = new kysely.Kysely<Database>({
    dialect: {
      createAdapter: () => new kysely.SqliteAdapter(),
      createDriver: () => new kysely.DummyDriver(),
      createIntrospector: (db) => new kysely.SqliteIntrospector(db),
      createQueryCompiler: () => new kysely.SqliteQueryCompiler(),
    },
  });
  loaded = { qb, kysely };
  return loaded;
}
