/**
 * API writes record by record: latency of `POST /api/interactions`, `PATCH /api/people/{id}` and
 * `DELETE /api/ties/{a}/{b}` at 10k and 50k people (one client, one write at a time), a `GET` of
 * one person while four clients write as fast as they can, the first analyses after a write
 * (assess, suggest, path: they read the kept data the write patched), and the CLI's own edit
 * (a whole process) beside them. The server runs in its own process.
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateNetwork } from '../../src/core/sample/index.js';
import { type BenchResult, cli, startProcess, tempDir } from '../lib/index.js';

const SIZES = (process.env.BENCH_WRITE_SIZES ?? '10000,50000').split(',').map(Number);
const WRITES = Number(process.env.BENCH_WRITES ?? 200);

function startServer(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  return startProcess(`
    import { runServe } from './src/server/serve.ts';
    const running = await runServe({ dbPath: ${JSON.stringify(dbPath)}, port: 0, open: false });
    console.log('URL ' + running.url);
  `);
}

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number; body: string }> {
  const start = process.hrtime.bigint();
  const res = await fetch(url, init);
  const body = await res.text();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: res.status, body };
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function latencyRows(label: string, ms: number[]): BenchResult[] {
  const detail = `p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms over ${ms.length} requests`;
  return [
    { name: `${label} p50`, seconds: percentile(ms, 50) / 1000, detail },
    { name: `${label} p99`, seconds: percentile(ms, 99) / 1000, detail },
  ];
}

async function atSize(people: number): Promise<BenchResult[]> {
  const dir = tempDir('api-writes');
  const db = join(dir, 'bench.db');
  const docPath = join(dir, 'network.json');
  const doc = generateNetwork({ people, seed: 1 });
  writeFileSync(docPath, JSON.stringify(doc));
  cli(['--db', db, 'import', docPath]);
  const server = await startServer(db);
  const out: BenchResult[] = [];
  const size = `${people / 1000}k`;
  try {
    const ids = doc.people.map((p) => p.id);
    const ties = doc.ties ?? [];
    // Warm the server (first request, module loads), as a user's session would be.
    await timed(`${server.url}/api/status`);

    const posts: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const r = await timed(
        `${server.url}/api/interactions`,
        json('POST', {
          date: '2026-05-01',
          people: [ids[(i * 7919) % ids.length]],
          minutes: 30,
          kind: 'call',
        }),
      );
      if (r.status !== 201) throw new Error(`POST interaction: ${r.status} ${r.body}`);
      posts.push(r.ms);
    }
    out.push(...latencyRows(`api write: POST /api/interactions (${size})`, posts));

    const patches: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const id = ids[(i * 104_729) % ids.length]!;
      const r = await timed(
        `${server.url}/api/people/${encodeURIComponent(id)}`,
        json('PATCH', { title: `Title ${i}` }),
      );
      if (r.status !== 200) throw new Error(`PATCH person: ${r.status} ${r.body}`);
      patches.push(r.ms);
    }
    out.push(...latencyRows(`api write: PATCH /api/people/{id} (${size})`, patches));

    const deletes: number[] = [];
    for (let i = 0; i < Math.min(WRITES, ties.length); i++) {
      const t = ties[(i * 7) % ties.length]!;
      const r = await timed(`${server.url}/api/ties/${encodeURIComponent(t.a)}/${encodeURIComponent(t.b)}`, {
        method: 'DELETE',
      });
      if (r.status !== 204 && r.status !== 404) throw new Error(`DELETE tie: ${r.status} ${r.body}`);
      if (r.status === 204) deletes.push(r.ms);
    }
    out.push(...latencyRows(`api write: DELETE /api/ties/{a}/{b} (${size})`, deletes));

    // A read while four clients write back to back: it waits for at most the write in progress.
    let writing = true;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; writing; i++) {
        const id = ids[(w * 1000 + i) % ids.length]!;
        await timed(
          `${server.url}/api/people/${encodeURIComponent(id)}`,
          json('PATCH', { unit: `Unit ${w}-${i}` }),
        );
      }
    });
    const reads: number[] = [];
    for (let i = 0; i < WRITES; i++)
      reads.push((await timed(`${server.url}/api/people/${encodeURIComponent(ids[i]!)}`)).ms);
    writing = false;
    await Promise.all(writers);
    out.push(...latencyRows(`api read during a write burst: GET /api/people/{id} (${size})`, reads));

    // The first analyses after a write read the kept data the write patched.
    for (const [label, path] of [
      ['GET /api/assess', '/api/assess?asOf=2026-06-01'],
      ['GET /api/suggest', '/api/suggest?asOf=2026-06-01'],
      ['GET /api/path', `/api/path?to=${encodeURIComponent(ids[ids.length - 1]!)}&asOf=2026-06-01`],
    ] as const) {
      await timed(`${server.url}/api/people/${encodeURIComponent(ids[0]!)}`, json('PATCH', { title: label }));
      const r = await timed(`${server.url}${path}`);
      out.push({
        name: `api: ${label} first after a write (${size})`,
        seconds: r.ms / 1000,
        detail: `status ${r.status}, ${(r.body.length / 1e6).toFixed(1)} MB`,
      });
    }
  } finally {
    server.child.kill('SIGTERM');
  }
  const edits = Array.from({ length: 5 }, (_, i) =>
    cli(['--db', db, 'person', 'edit', doc.people[i]!.id, '--title', `Cli ${i}`]),
  );
  const median = edits.map((e) => e.seconds).sort((a, b) => a - b)[2]!;
  out.push({
    name: `cli: threefold person edit, whole process (${size})`,
    seconds: median,
    detail: `median of 5 (process start-up included)`,
  });
  rmSync(dir, { recursive: true, force: true });
  return out;
}

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const size of SIZES) out.push(...(await atSize(size)));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await run())
    console.log(
      `${row.name.padEnd(64)} ${(row.seconds * 1000).toFixed(1).padStart(9)} ms  ${row.detail ?? ''}`,
    );
}
