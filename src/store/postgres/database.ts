import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PostgresAccountStore } from './accounts.js';
import { PostgresNetworkStore } from './postgres-network-store.js';
import { migratePostgres } from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: the queries are SQL text (sql``), typed at each use
export type Db = Kysely<any>;

/** A pool on a connection string; `migrate` brings the schema up to date first. */
export async function connectPostgres(url: string, migrate: boolean): Promise<Db> {
  const db: Db = new Kysely({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) }),
  });
  try {
    if (migrate) await migratePostgres(db);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

/** A team server's database: its directory of accounts and every leader's network, over one pool. */
export class PostgresDatabase {
  private constructor(private readonly db: Db) {}

  static async connect(url: string, options: { migrate?: boolean } = {}): Promise<PostgresDatabase> {
    return new PostgresDatabase(await connectPostgres(url, options.migrate ?? true));
  }

  network(tenant: string): PostgresNetworkStore {
    return PostgresNetworkStore.over(this.db, tenant);
  }

  accounts(): PostgresAccountStore {
    return new PostgresAccountStore(this.db);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}
