// No lost updates, ever: two servers and four CLI processes write to one SQLite file at once,
// and every write that reported success is there afterwards.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SqliteNetworkStore } from '../store/sqlite-network-store.js';
import { fixtureDocument } from './test-fixture.js';
import { startTestServer, type TestServer } from './test-harness.js';

const MAIN = new URL('../cli/main.ts', import.meta.url).pathname;
const RUNNER = new URL('../cli/test-support/cli-runner.ts', import.meta.url).pathname;
const WRITERS = 4;
const CLI_WRITES = 60;
const API_WRITES = 80;

interface CliResult {
  argv: string[];
  code: number;
  stdout: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** A second server: `threefold serve` in its own process on the same file. */
async function serveInChild(db: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, '--db', db, 'serve', '--port', String(port), '--no-open'],
    {
      env: { ...process.env, THREEFOLD_CLI_ENTRY: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('http://')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  return { port, child };
}

function call(
  port: number,
  method: string,
  path: string,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: the test reads arbitrary JSON replies
): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          host: `127.0.0.1:${port}`,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : undefined }),
        );
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

describe('concurrent writers on one file', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-lost-update-'));
  const db = join(dir, 'net.db');
  let serverA: TestServer;
  let serverB: { port: number; child: ChildProcess };

  before(async () => {
    const store = SqliteNetworkStore.open(db);
    await store.importDocument(fixtureDocument(), 'new');
    await store.close();
    serverA = await startTestServer({ dbPath: db });
    serverB = await serveInChild(db);
  });
  after(async () => {
    await serverA.close();
    serverB.child.kill();
    await exited(serverB.child);
    rmSync(dir, { recursive: true, force: true });
  });

  test('two servers and four CLI writers: every write that reported success is there', async () => {
    // Each CLI writer adds people, logs interactions with them, and edits its own field of p:1.
    const writers = Array.from({ length: WRITERS }, (_, w) => {
      const commands: string[][] = [];
      for (let i = 0; i < CLI_WRITES; i++) {
        const id = `p:cli-${w}-${i}`;
        commands.push(['--db', db, 'person', 'add', '--id', id, '--name', `Cli ${w} ${i}`, '--json']);
        if (i % 3 === 0)
          commands.push([
            '--db',
            db,
            'log',
            'add',
            '--id',
            `i:cli-${w}-${i}`,
            '--with',
            `${id},p:1`,
            '--date',
            '2026-05-02',
            '--json',
          ]);
        if (i % 10 === 0)
          commands.push(['--db', db, 'person', 'edit', 'p:1', '--tag', `writer-${w},round-${i}`, '--json']);
      }
      const commandsFile = join(dir, `commands-${w}.json`);
      const resultsFile = join(dir, `results-${w}.json`);
      writeFileSync(commandsFile, JSON.stringify(commands));
      const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, commandsFile, resultsFile], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      return exited(child).then((code) => {
        assert.equal(code, 0, `writer ${w} crashed`);
        return JSON.parse(readFileSync(resultsFile, 'utf8')) as CliResult[];
      });
    });

    // Meanwhile both servers take people, interactions and edits of p:1's title.
    const apiDone: string[] = [];
    let lastTitle = '';
    const api = (async () => {
      for (let i = 0; i < API_WRITES; i++) {
        const port = i % 2 === 0 ? serverA.port : serverB.port;
        const person = await call(port, 'POST', '/api/people', { id: `p:api-${i}`, name: `Api ${i}` });
        assert.equal(person.status, 201, JSON.stringify(person.json));
        apiDone.push(`people/p:api-${i}`);
        const met = await call(port, 'POST', '/api/interactions', {
          id: `i:api-${i}`,
          date: '2026-05-03',
          people: [`p:api-${i}`],
        });
        assert.equal(met.status, 201, JSON.stringify(met.json));
        apiDone.push(`interactions/i:api-${i}`);
        const title = `Title ${i}`;
        const edited = await call(port, 'PATCH', '/api/people/p:1', { title });
        assert.equal(edited.status, 200, JSON.stringify(edited.json));
        lastTitle = title;
      }
    })();

    const [cliResults] = await Promise.all([Promise.all(writers), api]);
    const store = SqliteNetworkStore.open(db);
    try {
      let cliOk = 0;
      for (const results of cliResults) {
        for (const r of results) {
          assert.equal(r.code, 0, `${r.argv.join(' ')} failed`);
          cliOk++;
          const written = JSON.parse(r.stdout);
          const collection = r.argv[3] === 'person' ? 'people' : 'interactions';
          if (r.argv[4] === 'add')
            assert.ok(await store.get(collection, String(written.id)), `${written.id} is lost`);
        }
      }
      for (const path of apiDone) {
        const [collection, id] = path.split('/') as ['people' | 'interactions', string];
        assert.ok(await store.get(collection, id), `${path} is lost`);
      }
      // Edits of different fields of one person by different writers all survive.
      const p1 = (await store.get('people', 'p:1'))!.record;
      assert.equal(p1.title, lastTitle);
      const tags = p1.tags as string[];
      assert.equal(tags.length, 2);
      assert.match(tags[1]!, /^round-50$/);
      const counts = await store.counts();
      assert.equal(counts.people, 4 + WRITERS * CLI_WRITES + API_WRITES);
      assert.ok(cliOk >= WRITERS * CLI_WRITES);
    } finally {
      await store.close();
    }
  });
});
