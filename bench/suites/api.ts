/**
 * API latency under load on loopback: `GET /api/people?limit=50` and `GET /api/assess` on a
 * 10k-person network, beside a bare Hono hello-world as the ceiling of this machine. Each server
 * runs in its own process, so autocannon's client work does not share the server's event loop.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { startProcess } from '../lib/index.js';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const DURATION_S = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = 10;
const PEOPLE = 10_000;

interface Row {
  name: string;
  seconds: number;
  detail?: string;
}

/** The generated network of the sample module when present, else a plain deterministic one. */
async function network(n: number): Promise<unknown> {
  try {
    const mod = (await import(pathToFileURL(join(ROOT, 'src/core/sample/index.ts')).href)) as {
      generateNetwork?: (o: { people: number; seed?: number }) => unknown;
    };
    if (mod.generateNetwork) return mod.generateNetwork({ people: n, seed: 1 });
  } catch {
    // fall through to the plain generator
  }
  let s = 1;
  const rnd = () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
  const people = Array.from({ length: n }, (_, i) => ({
    id: `p:${i}`,
    name: `Person ${i}`,
    organization: i % 3 === 0 ? 'o:home' : `o:${i % 50}`,
  }));
  const organizations = [
    { id: 'o:home', name: 'Home' },
    ...Array.from({ length: 50 }, (_, i) => ({ id: `o:${i}`, name: `Org ${i}` })),
  ];
  const seen = new Set<string>();
  const ties: { a: string; b: string; strength: number }[] = [];
  while (ties.length < n * 5) {
    const a = Math.floor(rnd() * n);
    const b = Math.floor(rnd() * n);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    ties.push({ a: `p:${a}`, b: `p:${b}`, strength: 1 + Math.floor(rnd() * 5) });
  }
  const relationships = people
    .slice(0, 300)
    .map((p) => ({ person: p.id, strength: 1 + Math.floor(rnd() * 5) }));
  const interactions = Array.from({ length: n * 6 }, (_, i) => ({
    id: `i:${i}`,
    date: `2026-0${1 + (i % 5)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    people: [`p:${Math.floor(rnd() * n)}`],
    minutes: 30,
  }));
  return {
    format: 'threefold/1',
    owner: { name: 'Bench Owner', organization: 'o:home' },
    organizations,
    people,
    relationships,
    ties,
    interactions,
  };
}

async function load(url: string, title: string): Promise<autocannon.Result> {
  // Warm the caches (assessment, sorted lists) so the run measures steady state.
  await fetch(url).then((r) => r.arrayBuffer());
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, title });
}

function rows(label: string, r: autocannon.Result): Row[] {
  const detail = `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${Math.round(r.requests.average)} req/s, ${r.non2xx} non-2xx, ${r.errors} errors (${CONNECTIONS} connections, ${DURATION_S} s)`;
  return [
    { name: `${label} p50`, seconds: r.latency.p50 / 1000, detail },
    { name: `${label} p99`, seconds: r.latency.p99 / 1000, detail },
  ];
}

export async function run(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-bench-api-'));
  const children: ChildProcess[] = [];
  try {
    const docPath = join(dir, 'network.json');
    writeFileSync(docPath, JSON.stringify(await network(PEOPLE)));
    const hello = await startProcess(`
      import { serve } from '@hono/node-server';
      import { Hono } from 'hono';
      const app = new Hono().get('/', (c) => c.text('hello'));
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (i) => console.log('URL http://127.0.0.1:' + i.port));
    `);
    children.push(hello.child);
    const api = await startProcess(`
      import { readFileSync } from 'node:fs';
      import { runServe } from './src/server/serve.ts';
      const running = await runServe({ dbPath: ${JSON.stringify(join(dir, 'bench.db'))}, port: 0, open: false });
      const res = await fetch(running.url.replace(/#.*$/, '') + 'api/import?filename=network.json', {
        method: 'POST', body: readFileSync(${JSON.stringify(docPath)}), headers: { 'content-type': 'application/json' },
      });
      if (!res.ok) { console.error(await res.text()); process.exit(1); }
      console.log('URL ' + running.url);
    `);
    children.push(api.child);

    const out: Row[] = [];
    out.push(...rows('api: hello-world Hono (ceiling)', await load(`${hello.url}/`, 'hello')));
    out.push(
      ...rows(
        'api: GET /api/people?limit=50 (10k people)',
        await load(`${api.url}/api/people?limit=50`, 'people'),
      ),
    );
    out.push(
      ...rows(
        'api: GET /api/people?limit=50&sort=name&q=9 (10k people)',
        await load(`${api.url}/api/people?limit=50&sort=name&q=9`, 'people-filtered'),
      ),
    );
    const assess = await fetch(`${api.url}/api/assess`);
    if (assess.ok)
      out.push(...rows('api: GET /api/assess (10k people)', await load(`${api.url}/api/assess`, 'assess')));
    else
      out.push({
        name: 'api: GET /api/assess (10k people)',
        seconds: Number.NaN,
        detail: `not available: ${assess.status}`,
      });
    return out;
  } finally {
    for (const c of children) c.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await run())
    console.log(`${row.name}: ${(row.seconds * 1000).toFixed(2)} ms  ${row.detail ?? ''}`);
}
