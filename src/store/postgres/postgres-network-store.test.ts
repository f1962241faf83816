import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { addRecord, listRecords } from '../../app/records.js';
import { storeSuite } from '../../app/store-suite.js';
import type { ThreefoldDocument } from '../../document/schema.js';
import { fullDocument } from '../../test-support/documents.js';
import { startPostgres, type TestCluster } from '../../test-support/postgres.js';
import { PostgresNetworkStore } from './postgres-network-store.js';
import { grantToApplicationRole, migratePostgres, TENANT_TABLES } from './schema.js';

// The port's suite on a real PostgreSQL server (a throwaway cluster), connected as an
// application role that does not own the tables; each test is a leader of its own.
const cluster: TestCluster = await startPostgres();
after(() => cluster.stop());
const admin = new Kysely<unknown>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: cluster.ownerUrl, max: 2 }) }),
});
await migratePostgres(admin);
await grantToApplicationRole(admin, cluster.appRole);
after(() => admin.destroy());

let leaders = 0;
const openLeader = (tenant = `leader-${++leaders}`) =>
  PostgresNetworkStore.open(cluster.appUrl, { tenant, migrate: false });

storeSuite('PostgreSQL', () => openLeader());

describe('team server: each leader sees only their own network', () => {
  let ada: PostgresNetworkStore;
  let ben: PostgresNetworkStore;
  before(async () => {
    ada = await openLeader('ada');
    ben = ada.forTenant('ben');
    await ada.importDocument(fullDocument() as unknown as ThreefoldDocument, 'new');
  });
  after(() => ada.close());

  test("another leader's store holds nothing of it, by list, key or export", async () => {
    assert.ok((await ada.counts()).people > 0);
    assert.equal((await ben.counts()).people, 0);
    assert.equal(await ben.get('people', 'p:1'), undefined);
    assert.equal(await ben.exportDocument(), undefined);
    assert.equal((await listRecords(ben, 'people', { filters: {}, limit: 10, offset: 0 })).total, 0);
    // The same ids are free for the other leader: keys are per leader.
    await ben.importDocument(
      {
        format: 'threefold/1',
        owner: { name: 'Ben', organization: 'o:b' },
        people: [{ id: 'p:1', name: 'Someone Else' }],
      },
      'new',
    );
    assert.equal((await ben.get('people', 'p:1'))?.record.name, 'Someone Else');
    assert.equal((await ada.get('people', 'p:1'))?.record.name, 'Jane Doe');
  });

  test("every network table's primary key starts with the leader, so the tables can be distributed by tenant", async () => {
    const keys = await sql<{ table: string; first: string }>`
      SELECT c.conrelid::regclass::text AS table, a.attname AS first
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'p'`.execute(admin);
    const firstOf = new Map(keys.rows.map((r) => [r.table, r.first]));
    for (const table of TENANT_TABLES) assert.equal(firstOf.get(table), 'tenant', table);
  });

  test('the application role cannot read or write around row-level security', async () => {
    const raw = new pg.Client({ connectionString: cluster.appUrl });
    await raw.connect();
    try {
      // No leader set: no rows at all, and no row can be written.
      assert.equal((await raw.query('SELECT count(*)::int AS n FROM records')).rows[0].n, 0);
      await assert.rejects(
        raw.query(
          `INSERT INTO records (tenant, collection, key, data) VALUES ('ada', 'people', 'p:x', '{}')`,
        ),
        /row-level security|threefold\.tenant/,
      );
      await raw.query(`SELECT set_config('threefold.tenant', 'ben', false)`);
      // As one leader, writing a row for another is refused too.
      await assert.rejects(
        raw.query(
          `INSERT INTO records (tenant, collection, key, data) VALUES ('ada', 'people', 'p:x', '{}')`,
        ),
        /row-level security/,
      );
      const seen = await raw.query('SELECT DISTINCT tenant FROM records');
      assert.deepEqual(seen.rows, [{ tenant: 'ben' }]);
      // Not the tables' owner: it cannot switch the policy off.
      await assert.rejects(raw.query('ALTER TABLE records DISABLE ROW LEVEL SECURITY'), /must be owner/);
    } finally {
      await raw.end();
    }
  });

  test('the owner of the tables is held by the policy too (FORCE)', async () => {
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM records`.execute(admin);
    assert.equal(rows.rows[0]?.n, 0);
  });

  test("one leader's writes at once from two servers all land, each with its own id", async () => {
    const other = await openLeader('ada');
    try {
      const made = await Promise.all(
        Array.from({ length: 24 }, (_, i) => addRecord(i % 2 ? ada : other, 'people', { name: 'Sam Lee' })),
      );
      const ids = made.map((m) => String(m.record.id));
      assert.equal(new Set(ids).size, 24);
      assert.ok(ids.includes('p:sam-lee') && ids.includes('p:sam-lee-24'));
    } finally {
      await other.close();
    }
  });
});
