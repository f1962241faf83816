import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, test } from 'node:test';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { grantToApplicationRole, migratePostgres } from '../store/postgres/schema.js';
import { startPostgres } from '../test-support/postgres.js';

// Team mode end to end: `threefold serve --database postgres://…` processes, stateless, over one
// real PostgreSQL server, connected as the application role.
const MAIN = new URL('../cli/main.ts', import.meta.url).pathname;
const TOKEN = 'team-token-long-enough-for-any-address-0123456789';
const cluster = await startPostgres();
after(() => cluster.stop());
const admin = new Kysely<unknown>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: cluster.ownerUrl, max: 1 }) }),
});
await migratePostgres(admin);
await grantToApplicationRole(admin, cluster.appRole);
await admin.destroy();

const running: ChildProcess[] = [];
after(() => {
  for (const p of running) p.kill();
});

/** Starts a server for `leader` and resolves with its base URL and what it printed. */
function serve(leader: string): Promise<{ base: string; stdout: string }> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, 'serve', '--port', '0', '--no-open', '--no-migrate', '--leader', leader],
    {
      env: {
        ...process.env,
        THREEFOLD_CLI_ENTRY: '1',
        NO_COLOR: '1',
        THREEFOLD_TOKEN: TOKEN,
        THREEFOLD_DATABASE_URL: cluster.appUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.push(proc);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdout.on('data', (d) => {
      stdout += d;
      const url = /open (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (url && stdout.includes('Ctrl-C')) resolve({ base: url[1]!, stdout });
    });
    proc.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
}

async function api(base: string, path: string, init: RequestInit = {}) {
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...init.headers },
  });
  const text = await res.text();
  return { status: res.status, etag: res.headers.get('etag'), body: text ? JSON.parse(text) : undefined };
}

test('two servers share one leader’s network; another leader sees none of it', async () => {
  const [one, two, other] = await Promise.all([serve('ada'), serve('ada'), serve('ben')]);
  assert.match(one.stdout, /ada's network on PostgreSQL 127\.0\.0\.1:\d+\/threefold/);
  assert.doesNotMatch(one.stdout, /app-secret|threefold_app/, 'the password and user are never printed');

  assert.equal((await api(one.base, '/api/sample', { method: 'POST' })).status, 201);
  const created = await api(one.base, '/api/people', {
    method: 'POST',
    body: JSON.stringify({ name: 'Priya Raman', title: 'Head of Risk' }),
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = encodeURIComponent(created.body.id);

  // The second server reads what the first wrote, and writes conditionally on its version.
  const read = await api(two.base, `/api/people/${id}`);
  assert.equal(read.body.title, 'Head of Risk');
  const edited = await api(two.base, `/api/people/${id}`, {
    method: 'PATCH',
    headers: { 'if-match': read.etag! },
    body: JSON.stringify({ title: 'Chief Risk Officer' }),
  });
  assert.equal(edited.status, 200);
  const stale = await api(one.base, `/api/people/${id}`, {
    method: 'PATCH',
    headers: { 'if-match': read.etag! },
    body: JSON.stringify({ title: 'Risk' }),
  });
  assert.equal(stale.status, 412);

  const assessment = await api(two.base, '/api/assess');
  assert.equal(assessment.status, 200);
  assert.ok(JSON.stringify(assessment.body).includes('operational'));

  const elsewhere = await api(other.base, `/api/people/${id}`);
  assert.equal(elsewhere.status, 404);
  assert.equal((await api(other.base, '/api/owner')).status, 404);
});
