import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { FIXTURES_DIR } from '../../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';

const FIX = FIXTURES_DIR;

const cli = runCli;

describe('threefold import/export of other formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-import-'));
  const db = join(dir, 'net.db');
  const run = (...args: string[]) => cli(['--db', db, ...args]);
  const people = async () =>
    JSON.parse((await run('export')).stdout).people as { id: string; name: string }[];

  test('a database without an owner is told to run init', async () => {
    const r = await run('import', `${FIX}/linkedin/Connections-2024.csv`);
    assert.equal(r.code, 4);
    assert.match(r.stderr, /threefold init/);
  });

  test('LinkedIn import, dry run, and re-import that matches everyone', async () => {
    assert.equal(
      (await run('init', '--name', 'Ada Leader', '--organization', 'o:imaginary-widgets')).code,
      0,
    );
    const dry = await run('import', `${FIX}/linkedin/Connections-2024.csv`, '--dry-run', '--json');
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(JSON.parse(dry.stdout).people.created, 22);
    assert.equal((await people()).length, 0, 'dry run writes nothing');
    const first = JSON.parse((await run('import', `${FIX}/linkedin/Connections-2024.csv`, '--json')).stdout);
    assert.deepEqual(first.people, { created: 22, matched: 0 });
    assert.deepEqual(first.skipped, [
      { collection: 'people', reason: 'connection without a visible name (hidden profile)', count: 3 },
    ]);
    assert.deepEqual(first.collections.people, { created: 22, matched: 0, merged: 0, skipped: 3 });
    const again = JSON.parse((await run('import', `${FIX}/linkedin/Connections-2024.csv`, '--json')).stdout);
    assert.deepEqual(again.people, { created: 0, matched: 22 });
    assert.equal(again.changes.people.updated, 0);
    assert.equal((await people()).length, 22);
    // For a person: one row per collection, the skips with their reasons, and a dry run says so.
    const human = await run('import', `${FIX}/linkedin/Connections-2024.csv`, '--dry-run');
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, /nothing written \(--dry-run\)/);
    assert.match(human.stdout, /^\s+created\s+matched\s+merged\s+skipped$/m);
    assert.match(human.stdout, /^people\s+0\s+22\s+0\s+3$/m);
    assert.match(human.stdout, /3 × people: connection without a visible name \(hidden profile\)/);
    assert.equal(human.stderr, '', 'no progress bar off a terminal');
  });

  test('a bad record fails the whole import with its line; --skip-invalid imports the rest', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'First Name,Last Name,Email Address,Company,Position,Connected On\nNew,One,new1@example.com,X,Y,01 Jan 2020\nBroken,Row\nNew,Two,new2@example.com,X,Y,02 Jan 2020\n',
    );
    const r = await run('import', bad);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /line 3: expected 6 fields, found 2/);
    assert.equal((await people()).length, 22, 'nothing written');
    const skip = await run('import', bad, '--skip-invalid');
    assert.equal(skip.code, 0, skip.stderr);
    assert.match(skip.stdout, /line 3: expected 6 fields/);
    assert.equal((await people()).length, 24);
  });

  test('a calendar imported twice adds its meetings once', async () => {
    const a = JSON.parse((await run('import', `${FIX}/ics/blankTzid.ics`, '--json')).stdout);
    assert.deepEqual(a.interactions, { new: 1, alreadyThere: 0 });
    const b = JSON.parse((await run('import', `${FIX}/ics/blankTzid.ics`, '--json')).stdout);
    assert.deepEqual(b.interactions, { new: 0, alreadyThere: 1 });
    assert.deepEqual(b.people, { created: 0, matched: 2 });
  });

  test('people duplicates and people merge', async () => {
    const card = join(dir, 'winnie.vcf');
    writeFileSync(
      card,
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Winifred Haversack\r\nEMAIL:winnie@example.com\r\nEND:VCARD\r\n',
    );
    const imported = JSON.parse((await run('import', card, '--json')).stdout);
    assert.equal(imported.unsure.length, 1, 'same name, no organisation: not merged silently');
    const pairs = JSON.parse((await run('people', 'duplicates', '--json')).stdout) as {
      a: string;
      b: string;
      reasons: string[];
    }[];
    const pair = pairs.find((p) => p.reasons.includes('same name'));
    assert.ok(pair);
    const merged = await run('people', 'merge', pair.a, pair.b);
    assert.equal(merged.code, 0, merged.stderr);
    const after = await people();
    assert.equal(after.filter((p) => p.name === 'Winifred Haversack').length, 1);
    const doc = JSON.parse((await run('export')).stdout);
    const winnie = doc.people.find((p: { name: string }) => p.name === 'Winifred Haversack');
    assert.deepEqual(winnie.emails, ['winnie@example.com']);
    assert.equal(
      doc.relationships.find((r: { person: string }) => r.person === winnie.id).since,
      '2022-11-15',
    );
  });

  test('export --format csv and gexf', async () => {
    const csv = await run('export', '--format', 'csv');
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stdout, /^id,name,emails/);
    const out = join(dir, 'net.gexf');
    const gexf = await run('export', '--format', 'gexf', '--out', out, '--as-of', '2026-06-01');
    assert.equal(gexf.code, 0, gexf.stderr);
    const back = JSON.parse((await run('import', out, '--dry-run', '--json')).stdout);
    assert.equal(back.format, 'gexf');
    assert.equal(back.people.created, 0);
  });
});
