// The CLI and the API are two adapters over the same use cases: each edit, run through both on
// the same network, leaves the same network behind and fails the same way.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ErrorCode, EXIT_CODES, HTTP_STATUS } from '../errors.js';
import { SqliteNetworkStore } from '../store/sqlite-network-store.js';
import { fixtureDocument } from './test-fixture.js';
import { startTestServer, type TestServer } from './test-harness.js';

const RUNNER = new URL('../cli/test-support/cli-runner.ts', import.meta.url).pathname;

interface Case {
  name: string;
  cli: string[];
  api: [method: string, path: string, body?: unknown];
  /** The error both must answer, when the edit is refused. */
  fails?: ErrorCode;
}

const CASES: Case[] = [
  {
    name: 'add a person',
    cli: [
      'person',
      'add',
      '--id',
      'p:x',
      '--name',
      'Xi New',
      '--org',
      'o:club',
      '--title',
      'Coach',
      '--tag',
      'a,b',
    ],
    api: [
      'POST',
      '/api/people',
      { id: 'p:x', name: 'Xi New', organization: 'o:club', title: 'Coach', tags: ['a', 'b'] },
    ],
  },
  {
    name: 'add a person with a made id',
    cli: ['person', 'add', '--name', 'Ada Inside'],
    api: ['POST', '/api/people', { name: 'Ada Inside' }],
  },
  {
    name: 'edit a field',
    cli: ['person', 'edit', 'p:x', '--title', 'Mentor'],
    api: ['PATCH', '/api/people/p:x', { title: 'Mentor' }],
  },
  {
    name: 'clear a field',
    cli: ['person', 'edit', 'p:x', '--unset', 'tags'],
    api: ['PATCH', '/api/people/p:x', { tags: null }],
  },
  {
    name: 'add an organisation',
    cli: ['org', 'add', '--id', 'o:new', '--name', 'New Co', '--kind', 'company'],
    api: ['POST', '/api/organizations', { id: 'o:new', name: 'New Co', kind: 'company' }],
  },
  {
    name: 'add a relationship',
    cli: ['rel', 'add', 'p:x', '--forms', 'operational,strategic', '--strength', '3', '--cadence', '30'],
    api: [
      'POST',
      '/api/relationships',
      { person: 'p:x', forms: ['operational', 'strategic'], strength: 3, cadenceDays: 30 },
    ],
  },
  {
    name: 'edit a relationship',
    cli: ['rel', 'edit', 'p:x', '--strength', '4'],
    api: ['PATCH', '/api/relationships/p:x', { strength: 4 }],
  },
  {
    name: 'add a tie',
    cli: ['tie', 'add', 'p:x', 'p:1', '--strength', '2'],
    api: ['POST', '/api/ties', { a: 'p:x', b: 'p:1', strength: 2 }],
  },
  {
    name: 'edit a tie by either order',
    cli: ['tie', 'edit', 'p:1', 'p:x', '--strength', '5'],
    api: ['PATCH', '/api/ties/p:1/p:x', { strength: 5 }],
  },
  {
    name: 'log an interaction with several people',
    cli: ['log', 'add', '--date', '2026-05-10', '--with', 'p:x,p:1', '--kind', 'meeting', '--minutes', '45'],
    api: [
      'POST',
      '/api/interactions',
      { date: '2026-05-10', people: ['p:x', 'p:1'], kind: 'meeting', minutes: 45 },
    ],
  },
  {
    name: 'add a group',
    cli: ['group', 'add', '--name', 'Book club', '--members', 'p:1'],
    api: ['POST', '/api/groups', { name: 'Book club', members: ['p:1'] }],
  },
  {
    name: 'add a goal',
    cli: ['goal', 'add', '--title', 'Open Lisbon'],
    api: ['POST', '/api/goals', { title: 'Open Lisbon' }],
  },
  {
    name: 'a commitment',
    cli: ['commitment', 'add', '--text', 'Lunch with a peer', '--per', 'week', '--target', '1'],
    api: ['POST', '/api/commitments', { text: 'Lunch with a peer', per: 'week', target: 1 }],
  },
  { name: 'remove a tie', cli: ['tie', 'remove', 'p:x', 'p:1'], api: ['DELETE', '/api/ties/p:x/p:1'] },
  {
    name: 'remove a person and what depends on them',
    cli: ['person', 'remove', 'p:3'],
    api: ['DELETE', '/api/people/p:3'],
  },
  {
    name: 'remove an unused organisation',
    cli: ['org', 'remove', 'o:new'],
    api: ['DELETE', '/api/organizations/o:new'],
  },
  {
    name: 'refused: an organisation still in use',
    cli: ['org', 'remove', 'o:club'],
    api: ['DELETE', '/api/organizations/o:club'],
    fails: 'conflict',
  },
  {
    name: 'refused: a taken id',
    cli: ['person', 'add', '--id', 'p:1', '--name', 'Dup'],
    api: ['POST', '/api/people', { id: 'p:1', name: 'Dup' }],
    fails: 'conflict',
  },
  {
    name: 'refused: nobody there',
    cli: ['person', 'edit', 'p:404', '--title', 'x'],
    api: ['PATCH', '/api/people/p:404', { title: 'x' }],
    fails: 'not_found',
  },
  {
    name: 'refused: an e-mail address that is not one',
    cli: ['person', 'add', '--name', 'Mo', '--email', 'notanemail'],
    api: ['POST', '/api/people', { name: 'Mo', emails: ['notanemail'] }],
    fails: 'invalid_input',
  },
  {
    name: 'refused: a name hiding a direction override',
    cli: ['person', 'edit', 'p:1', '--name', 'Ada \u202eevil'],
    api: ['PATCH', '/api/people/p:1', { name: 'Ada \u202eevil' }],
    fails: 'invalid_input',
  },
  {
    name: 'refused: a tie to nobody',
    cli: ['tie', 'add', 'p:1', 'p:404'],
    api: ['POST', '/api/ties', { a: 'p:1', b: 'p:404' }],
    fails: 'invalid_input',
  },
];

describe('the CLI and the API give the same result for the same edit', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-parity-'));
  const cliDb = join(dir, 'cli.db');
  const apiDb = join(dir, 'api.db');
  let server: TestServer;
  let cliResults: Array<{ code: number; stdout: string }>;

  before(async () => {
    for (const db of [cliDb, apiDb]) {
      const store = SqliteNetworkStore.open(db);
      await store.importDocument(fixtureDocument(), 'new');
      await store.close();
    }
    const commandsFile = join(dir, 'commands.json');
    const resultsFile = join(dir, 'results.json');
    writeFileSync(commandsFile, JSON.stringify(CASES.map((c) => ['--db', cliDb, ...c.cli, '--json'])));
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, commandsFile, resultsFile], {
      stdio: 'ignore',
    });
    await new Promise((resolve) => child.on('exit', resolve));
    cliResults = JSON.parse(readFileSync(resultsFile, 'utf8'));
    server = await startTestServer({ dbPath: apiDb });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('each edit succeeds or fails alike, and both leave the same network', async () => {
    for (const [i, c] of CASES.entries()) {
      const [method, path, body] = c.api;
      const reply = await server.call(method, path, body === undefined ? {} : { body });
      const cli = cliResults[i]!;
      if (c.fails) {
        assert.equal(reply.status, HTTP_STATUS[c.fails], `${c.name}: API ${reply.text}`);
        assert.equal(reply.json.error.code, c.fails, c.name);
        assert.equal(cli.code, EXIT_CODES[c.fails], `${c.name}: CLI exit`);
      } else {
        assert.ok(reply.status < 300, `${c.name}: API ${reply.status} ${reply.text}`);
        assert.equal(cli.code, 0, `${c.name}: CLI exit ${cli.code}`);
        if (reply.status !== 204)
          assert.deepEqual(JSON.parse(cli.stdout), reply.json, `${c.name}: the record returned`);
      }
    }
    const [a, b] = [SqliteNetworkStore.open(cliDb), SqliteNetworkStore.open(apiDb)];
    try {
      assert.deepEqual(await a.exportDocument(), await b.exportDocument());
    } finally {
      await a.close();
      await b.close();
    }
  });
});
