import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PostgresAccountStore } from './accounts.js';
import { PostgresCompanyStore } from './company-store.js';
import { PostgresJobs, prepareJobs } from './jobs.js';
import { PostgresNetworkStore } from './postgres-network-store.js';
import { grantToApplicationRole, migratePostgres } from './schema.js';
import { cannotMigrate, unreachable } from './unreachable.js';

/** How long a connection may take to open before the server is said not to answer. */
const CONNECT_TIMEOUT_MS = 10_000;

// biome-ignore lint/suspicious/noExplicitAny: the queries are SQL text (sql``), typed at each use
export type Db = Kysely<any>;

/**
 * A pool on a connection string, tried once at once, so a server that cannot be reached is said
 * so in plain words at start-up rather than in the driver's words at the first request;
 * `migrate` brings the schema up to date first.
 */
export async function connectPostgres(url: string, migrate: boolean): Promise<Db> {
  const db: Db = new Kysely({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
    }),
  });
  try {
    try {
      await sql`SELECT 1`.execute(db);
    } catch (err) {
      throw unreachable(url, err) ?? err;
    }
    if (migrate)
      await migratePostgres(db).catch((err: unknown) => {
        throw cannotMigrate(url, err) ?? err;
      });
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

/** A team server's database: its directory of accounts and every leader's network, over one pool. */
export class PostgresDatabase {
  private constructor(
    private readonly db: Db,
    private readonly url: string,
  ) {}

  /** `migrate`: bring the tables and the job queue's schema up to date (as a role that may). */
  static async connect(url: string, options: { migrate?: boolean } = {}): Promise<PostgresDatabase> {
    const migrate = options.migrate ?? true;
    const db = await connectPostgres(url, migrate);
    try {
      if (migrate) await prepareJobs(url, db);
    } catch (err) {
      await db.destroy();
      throw err;
    }
    return new PostgresDatabase(db, url);
  }

  /** Lets the application role (not the tables' owner) use the tables and the job queue. */
  async grant(role: string): Promise<void> {
    await grantToApplicationRole(this.db, role);
    await prepareJobs(this.url, this.db, role);
  }

  /** The job queue on this database; a server or a worker stops it when it ends. */
  jobs(report?: (err: unknown) => void): Promise<PostgresJobs> {
    return PostgresJobs.start(this.url, report);
  }

  network(tenant: string): PostgresNetworkStore {
    return PostgresNetworkStore.over(this.db, tenant);
  }

  /** The organisation analysis's data (`threefold company --database`). */
  company(): PostgresCompanyStore {
    return new PostgresCompanyStore(this.db);
  }

  accounts(): PostgresAccountStore {
    return new PostgresAccountStore(this.db);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}
