import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { generateNetwork } from '../core/sample/index.js';
import { importDocument } from './document.js';
import { tempDb } from './document.test.js';
import { openStore } from './open.js';
import { setOwner } from './records.js';

const child = (script: string, args: string[]) =>
  spawn(
    process.execPath,
    ['--import', 'tsx', new URL(`./test-support/${script}`, import.meta.url).pathname, ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );

const exited = (proc: ReturnType<typeof spawn>) =>
  new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));

test('SIGKILL in the middle of a large import leaves a sound database with all or none of it', async () => {
  const path = tempDb();
  const size = 20_000;
  const proc = child('import-child.ts', [path, String(size)]);
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('importing')) resolve();
    });
    proc.on('exit', () => reject(new Error(`child ended before importing: ${stderr}`)));
  });
  await new Promise((r) => setTimeout(r, 400));
  proc.kill('SIGKILL');
  await exited(proc);

  const store = openStore(path);
  assert.equal(store.sqlite.pragma('integrity_check', { simple: true }), 'ok');
  const people = store.sqlite.prepare('SELECT count(*) FROM people').pluck().get() as number;
  const ties = store.sqlite.prepare('SELECT count(*) FROM ties').pluck().get() as number;
  assert.ok(people === 0 || people === size, `people: ${people}`);
  assert.ok((people === 0 && ties === 0) || (people === size && ties === size * 10), `ties: ${ties}`);
  // The database is usable afterwards.
  importDocument(store, generateNetwork({ people: 50, seed: 1 }), { mode: 'replace' });
  store.close();
});

test('two processes writing the same database at once both succeed and lose nothing', async () => {
  const path = tempDb();
  const store = openStore(path);
  setOwner(store, { name: 'Owner', organization: 'o:home' });
  store.close();
  const writers = ['left', 'right'].map((prefix) => child('writer-child.ts', [path, prefix, '150']));
  const codes = await Promise.all(writers.map(exited));
  assert.deepEqual(codes, [0, 0]);
  const check = openStore(path);
  assert.equal(check.sqlite.prepare('SELECT count(*) FROM people').pluck().get(), 300);
  check.close();
});
