/**
 * Team mode under load (loopback only, bounded): `BENCH_TEAM_LEADERS` leaders (200) with networks
 * of `BENCH_TEAM_PEOPLE` people (2k) on one throwaway PostgreSQL, two `serve --team` processes,
 * `BENCH_TEAM_SESSIONS` signed-in sessions (50) mixing reads and writes for
 * `BENCH_TEAM_SECONDS` (60): p50/p99 per route and the errors. Then the same mix on the embedded
 * SQLite store with one server and one network, for comparison.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { addAccount } from '../../src/app/accounts.js';
import { generateNetwork } from '../../src/core/sample/index.js';
import { PostgresDatabase } from '../../src/store/postgres/database.js';
import { SqliteNetworkStore } from '../../src/store/sqlite-network-store.js';
import { startPostgres } from '../../src/test-support/postgres.js';
import { type BenchResult, startProcess, tempDir } from '../lib/index.js';

const LEADERS = Number(process.env.BENCH_TEAM_LEADERS ?? 200);
const PEOPLE = Number(process.env.BENCH_TEAM_PEOPLE ?? 2000);
const SESSIONS = Number(process.env.BENCH_TEAM_SESSIONS ?? 50);
const SECONDS = Number(process.env.BENCH_TEAM_SECONDS ?? 60);
const PASSWORD = 'bench password long enough';
const AS_OF = '2026-11-15';

type Call = (
  path: string,
  init?: { method?: string; body?: unknown },
) => Promise<{ status: number; body: string }>;

/** One client: the cookie and CSRF token of its session, if any. */
function client(base: string): { call: Call; signIn(email: string): Promise<void> } {
  let cookie = '';
  let csrf = '';
  const call: Call = async (path, init = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cookie) headers.cookie = cookie;
    if (csrf) headers['x-csrf-token'] = csrf;
    const res = await fetch(`${base}${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    for (const c of res.headers.getSetCookie()) cookie = c.split(';')[0]!;
    return { status: res.status, body: await res.text() };
  };
  return {
    call,
    async signIn(email) {
      const r = await call('/api/session', { method: 'POST', body: { email, password: PASSWORD } });
      if (r.status !== 201) throw new Error(`sign-in: ${r.status} ${r.body}`);
      csrf = JSON.parse(r.body).csrf;
    },
  };
}

/** The mix one session runs, by weight: mostly reads, some writes, a few analyses. */
const MIX: Array<
  [number, string, (ids: string[], i: number) => { path: string; method?: string; body?: unknown }]
> = [
  [30, 'GET /api/people', () => ({ path: '/api/people?limit=50&sort=name' })],
  [
    20,
    'GET /api/people/{id}',
    (ids, i) => ({ path: `/api/people/${encodeURIComponent(ids[i % ids.length]!)}` }),
  ],
  [
    15,
    'PATCH /api/people/{id}',
    (ids, i) => ({
      path: `/api/people/${encodeURIComponent(ids[(i * 31) % ids.length]!)}`,
      method: 'PATCH',
      body: { title: `Title ${i}` },
    }),
  ],
  [
    10,
    'POST /api/interactions',
    (ids, i) => ({
      path: '/api/interactions',
      method: 'POST',
      body: { date: AS_OF, people: [ids[(i * 7) % ids.length]], minutes: 30, kind: 'call' },
    }),
  ],
  [10, 'GET /api/interactions', () => ({ path: '/api/interactions?limit=20' })],
  [5, 'GET /api/assess', () => ({ path: `/api/assess?asOf=${AS_OF}` })],
  [5, 'GET /api/plan', () => ({ path: `/api/plan?week=${AS_OF}` })],
  [5, 'GET /api/suggest', () => ({ path: `/api/suggest?asOf=${AS_OF}` })],
];
const TOTAL_WEIGHT = MIX.reduce((s, [w]) => s + w, 0);

/** The entry of the mix a number below the total weight falls on. */
function pickFromMix(at: number): (typeof MIX)[number] {
  let left = at;
  for (const entry of MIX) {
    if (left < entry[0]) return entry;
    left -= entry[0];
  }
  return MIX[MIX.length - 1]!;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Runs the sessions for the duration; latencies per route and the failed requests. */
async function load(
  sessions: Array<{ call: Call; ids: string[] }>,
): Promise<{ latencies: Map<string, number[]>; errors: string[]; requests: number }> {
  const latencies = new Map<string, number[]>(MIX.map(([, name]) => [name, []]));
  const errors: string[] = [];
  let requests = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    sessions.map(async ({ call, ids }, s) => {
      for (let i = s * 1009; Date.now() < end; i++) {
        const [, name, make] = pickFromMix((i * 2654435761) % TOTAL_WEIGHT);
        const req = make(ids, i);
        const start = process.hrtime.bigint();
        const r = await call(req.path, req);
        latencies.get(name)!.push(Number(process.hrtime.bigint() - start) / 1e6);
        requests++;
        if (r.status >= 300) errors.push(`${name}: ${r.status} ${r.body.slice(0, 200)}`);
      }
    }),
  );
  return { latencies, errors, requests };
}

function rows(label: string, result: Awaited<ReturnType<typeof load>>): BenchResult[] {
  const out: BenchResult[] = [];
  for (const [name, ms] of result.latencies) {
    if (ms.length === 0) continue;
    const detail = `p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms over ${ms.length} requests`;
    out.push({ name: `${label}: ${name} p50`, seconds: percentile(ms, 50) / 1000, detail });
    out.push({ name: `${label}: ${name} p99`, seconds: percentile(ms, 99) / 1000, detail });
  }
  out.push({
    name: `${label}: errors`,
    seconds: result.errors.length,
    detail: `${result.errors.length} of ${result.requests} requests in ${SECONDS} s${result.errors[0] ? `; first: ${result.errors[0]}` : ''}`,
  });
  return out;
}

function startServer(options: string): Promise<{ url: string; child: ChildProcess }> {
  return startProcess(`
    import { runServe } from './src/server/serve.ts';
    const running = await runServe(${options});
    console.log('URL ' + running.url);
  `);
}

async function onPostgres(): Promise<BenchResult[]> {
  const cluster = await startPostgres();
  const children: ChildProcess[] = [];
  try {
    const owner = await PostgresDatabase.connect(cluster.ownerUrl);
    await owner.grant(cluster.appRole);
    await owner.close();
    const database = await PostgresDatabase.connect(cluster.appUrl, { migrate: false });
    const setupStart = Date.now();
    const leaders: Array<{ email: string; ids: string[] }> = [];
    for (let i = 0; i < LEADERS; i++) {
      const email = `leader${i}@example.org`;
      const account = await addAccount(database.accounts(), {
        email,
        name: `Leader ${i}`,
        role: 'leader',
        password: PASSWORD,
      });
      const doc = generateNetwork({ people: PEOPLE, seed: i + 1, asOf: AS_OF });
      await database.network(account.id).importDocument(doc, 'new');
      leaders.push({ email, ids: doc.people.map((p) => p.id) });
    }
    const setup = (Date.now() - setupStart) / 1000;
    await database.close();
    const options = JSON.stringify({
      dbPath: ':memory:',
      database: { url: cluster.appUrl, leader: 'unused', migrate: false, team: true },
      port: 0,
      open: false,
    });
    const servers = await Promise.all([startServer(options), startServer(options)]);
    children.push(...servers.map((s) => s.child));
    const sessions = [];
    for (let s = 0; s < SESSIONS; s++) {
      const leader = leaders[s % leaders.length]!;
      const c = client(servers[s % 2]!.url);
      await c.signIn(leader.email);
      sessions.push({ call: c.call, ids: leader.ids });
    }
    const result = await load(sessions);
    return [
      {
        name: `team on PostgreSQL: set-up (${LEADERS} leaders x ${PEOPLE} people)`,
        seconds: setup,
        detail: 'accounts (scrypt) and imports, one after another',
      },
      ...rows(`team on PostgreSQL, 2 servers, ${SESSIONS} sessions`, result),
    ];
  } finally {
    for (const c of children) c.kill('SIGTERM');
    cluster.stop();
  }
}

async function onSqlite(): Promise<BenchResult[]> {
  const dbPath = join(tempDir('team-load'), 'bench.db');
  const doc = generateNetwork({ people: PEOPLE, seed: 1, asOf: AS_OF });
  const store = SqliteNetworkStore.open(dbPath);
  await store.importDocument(doc, 'new');
  await store.close();
  const server = await startServer(JSON.stringify({ dbPath, port: 0, open: false }));
  try {
    const ids = doc.people.map((p) => p.id);
    const sessions = Array.from({ length: SESSIONS }, () => ({ call: client(server.url).call, ids }));
    return rows(`one network on SQLite, 1 server, ${SESSIONS} sessions`, await load(sessions));
  } finally {
    server.child.kill('SIGTERM');
  }
}

export async function run(): Promise<BenchResult[]> {
  return [...(await onPostgres()), ...(await onSqlite())];
}
