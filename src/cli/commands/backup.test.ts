import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fullDocument } from '../../test-support/documents.js';
import { runCli } from '../test-support/run-cli.js';

const cli = runCli;

test('import --replace keeps the network it replaces; backup restore brings it back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-backup-'));
  const db = join(dir, 'net.db');
  const full = join(dir, 'full.json');
  const small = join(dir, 'small.json');
  const doc = fullDocument();
  writeFileSync(full, JSON.stringify(doc));
  writeFileSync(
    small,
    JSON.stringify({ format: 'threefold/1', owner: doc.owner, people: [{ id: 'p:x', name: 'Xi' }] }),
  );
  assert.equal((await cli(['--db', db, 'import', full])).code, 0);
  const empty = await cli(['--db', db, 'backup', 'list']);
  assert.match(empty.stdout, /No backups yet/);
  const replaced = await cli(['--db', db, 'import', small, '--replace']);
  assert.equal(replaced.code, 0, replaced.stderr);
  const name = /kept as (threefold-\S+\.json)/.exec(replaced.stdout)?.[1];
  assert.ok(name, replaced.stdout);
  const listed = JSON.parse((await cli(['--db', db, 'backup', 'list', '--json'])).stdout);
  assert.deepEqual(
    listed.backups.map((b: { name: string }) => b.name),
    [name],
  );
  const restored = await cli(['--db', db, 'backup', 'restore', name]);
  assert.equal(restored.code, 0, restored.stderr);
  const stats = JSON.parse((await cli(['--db', db, 'stats', '--json'])).stdout);
  assert.equal(stats.counts.people, (doc.people as unknown[]).length);
  const missing = await cli(['--db', db, 'backup', 'restore', 'threefold-20990101T000000000Z.json']);
  assert.equal(missing.code, 3);
});
