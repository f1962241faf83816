import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixturePath } from '../../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';

const cli = runCli;

test('an import that fails into a new database leaves no database file behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-import-safety-'));
  const db = join(dir, 'fresh.db');
  const contacts = await cli(['--db', db, 'import', fixturePath('vcard', 'John_Doe_GMAIL.vcf')]);
  assert.equal(contacts.code, 4, contacts.stderr);
  assert.match(contacts.stderr, /no owner yet/);
  for (const suffix of ['', '-wal', '-shm']) assert.ok(!existsSync(`${db}${suffix}`), `no ${db}${suffix}`);
});

test('a document nested a hundred thousand levels deep is bad input, not a crash', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-import-safety-'));
  const deep = join(dir, 'deep.json');
  writeFileSync(deep, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  const r = await cli(['--db', join(dir, 'net.db'), 'import', deep, '--format', 'json']);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /nests deeper than 64 levels/);
  assert.doesNotMatch(r.stderr, /call stack/);
});

test('a dry run of a threefold/1 document checks everything and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-import-safety-'));
  const db = join(dir, 'net.db');
  const doc = join(dir, 'doc.json');
  writeFileSync(
    doc,
    JSON.stringify({
      format: 'threefold/1',
      owner: { name: 'A', organization: 'o:a' },
      people: [{ id: 'p:1', name: 'B' }],
    }),
  );
  const dry = await cli(['--db', db, 'import', doc, '--dry-run', '--json']);
  assert.equal(dry.code, 0, dry.stderr);
  assert.equal(JSON.parse(dry.stdout).changes.people.created, 1);
  assert.equal(JSON.parse((await cli(['--db', db, 'stats', '--json'])).stdout).counts.people, 0);
  assert.equal((await cli(['--db', db, 'import', doc])).code, 0);
  const again = await cli(['--db', db, 'import', doc, '--dry-run']);
  assert.equal(again.code, 4, 'into a full database a new import is a conflict, dry or not');
});
