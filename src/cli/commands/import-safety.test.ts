import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixturePath } from '../../test-support/fixtures.js';

const MAIN = new URL('../main.ts', import.meta.url).pathname;

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      env: { ...process.env, THREEFOLD_CLI_ENTRY: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    proc.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

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
