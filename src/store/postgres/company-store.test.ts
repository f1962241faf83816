import { after } from 'node:test';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { companyStoreSuite } from '../../app/company-store-suite.js';
import { startPostgres, type TestCluster } from '../../test-support/postgres.js';
import { PostgresCompanyStore } from './company-store.js';
import type { Db } from './database.js';
import { COMPANY_TABLES, grantToApplicationRole, migratePostgres } from './schema.js';

// The company store's suite on a real PostgreSQL server, as the application role (not the
// tables' owner); each test starts from empty tables.
const cluster: TestCluster = await startPostgres();
after(() => cluster.stop());
const owner = new Kysely<unknown>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: cluster.ownerUrl, max: 2 }) }),
});
await migratePostgres(owner);
await grantToApplicationRole(owner, cluster.appRole);
const app: Db = new Kysely({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: cluster.appUrl, max: 4 }) }),
});
after(async () => {
  await app.destroy();
  await owner.destroy();
});

companyStoreSuite('PostgreSQL', async () => {
  await sql`TRUNCATE ${sql.join(COMPANY_TABLES.map((t) => sql.table(t)))} RESTART IDENTITY`.execute(owner);
  return new PostgresCompanyStore(app);
});
