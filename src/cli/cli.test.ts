import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fullDocument } from '../test-support/documents.js';
import { type CliRun, runCli } from './test-support/run-cli.js';

const MAIN = new URL('./main.ts', import.meta.url).pathname;

const cli = runCli;

const tempDir = () => mkdtempSync(join(tmpdir(), 'threefold-cli-'));

describe('threefold CLI', () => {
  const dir = tempDir();
  const db = join(dir, 'net.db');
  const docPath = join(dir, 'doc.json');
  writeFileSync(docPath, JSON.stringify(fullDocument()));

  test('import, then show with --json, --db before or after the command', async () => {
    const imported = await cli(['--db', db, 'import', docPath]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /people\s+3\s+0\s+0/);
    const shown = await cli(['person', 'p:1', '--json', '--db', db]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.equal(JSON.parse(shown.stdout).name, 'Jane Doe');
  });

  test('exit codes: 2 for bad input, 3 for not found, 4 for a conflict', async () => {
    const bad = await cli(['--db', db, 'relationship', 'edit', 'p:1', '--strength', 'strong']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--strength: "strong" is not a whole number/);
    const missing = await cli(['--db', db, 'person', 'show', 'p:404']);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /no person "p:404"/);
    const again = await cli(['--db', db, 'import', docPath]);
    assert.equal(again.code, 4);
    assert.match(again.stderr, /--merge/);
    const unknown = await cli(['--db', db, 'frobnicate']);
    assert.equal(unknown.code, 2);
  });

  test('add, edit and remove a person, a tie and an interaction', async () => {
    const added = await cli([
      '--db',
      db,
      'person',
      'add',
      '--name',
      'Zoë Ünal',
      '--email',
      'z@example.com,zoe@example.org',
      '--json',
    ]);
    assert.equal(added.code, 0, added.stderr);
    assert.deepEqual(JSON.parse(added.stdout), {
      id: 'p:zoe-unal',
      name: 'Zoë Ünal',
      emails: ['z@example.com', 'zoe@example.org'],
    });
    assert.equal((await cli(['--db', db, 'tie', 'add', 'p:zoe-unal', 'p:3', '--strength', '2'])).code, 0);
    const edited = await cli(['--db', db, 'tie', 'edit', 'p:3', 'p:zoe-unal', '--strength', '4', '--json']);
    assert.equal(JSON.parse(edited.stdout).strength, 4);
    const logged = await cli([
      '--db',
      db,
      'log',
      'add',
      '--with',
      'p:zoe-unal',
      '--date',
      '2026-11-01',
      '--kind',
      'call',
      '--json',
    ]);
    assert.equal(JSON.parse(logged.stdout).id, 'i:2026-11-01');
    assert.equal((await cli(['--db', db, 'person', 'remove', 'p:zoe-unal'])).code, 0);
    const ties = JSON.parse((await cli(['--db', db, 'tie', 'list', '--json'])).stdout);
    assert.equal(ties.length, 1, 'the tie went with the person');
  });

  test('a reference to nobody is refused with the field named', async () => {
    const res = await cli(['--db', db, 'log', 'add', '--with', 'p:ghost']);
    assert.equal(res.code, 2);
    assert.match(res.stderr, /people\[0\]: no person "p:ghost"/);
  });

  test('goal stakeholders and group members', async () => {
    assert.equal(
      (
        await cli([
          '--db',
          db,
          'goal',
          'stakeholder',
          'add',
          'goal:1',
          'p:1',
          '--influence',
          '4',
          '--stance',
          'champion',
        ])
      ).code,
      0,
    );
    const goal = JSON.parse((await cli(['--db', db, 'goal', 'show', 'goal:1', '--json'])).stdout);
    assert.deepEqual(goal.stakeholders.map((s: { person: string }) => s.person).sort(), ['p:1', 'p:3']);
    assert.equal((await cli(['--db', db, 'group', 'member', 'add', 'g:1', 'p:1'])).code, 0);
    const group = JSON.parse((await cli(['--db', db, 'group', 'show', 'g:1', '--json'])).stdout);
    assert.deepEqual(group.members, ['p:2', 'p:1']);
  });

  test('export writes a document that imports again', async () => {
    const out = join(dir, 'out.json');
    assert.equal((await cli(['--db', db, 'export', '--out', out])).code, 0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(doc.format, 'threefold/1');
    assert.equal((await cli(['--db', join(dir, 'copy.db'), 'import', out])).code, 0);
  });

  test('an invalid document is refused with its path, and writes nothing', async () => {
    const path = join(dir, 'bad.json');
    const doc = fullDocument() as { relationships: Array<{ person: string }> };
    doc.relationships[1]!.person = 'p:99';
    writeFileSync(path, JSON.stringify(doc));
    const fresh = join(dir, 'fresh.db');
    const res = await cli(['--db', fresh, 'import', path]);
    assert.equal(res.code, 2);
    assert.match(res.stderr, /relationships\[1\]\.person: no person "p:99"/);
    const stats = JSON.parse((await cli(['--db', fresh, 'stats', '--json'])).stdout);
    assert.equal(stats.counts.people, 0);
    writeFileSync(path, '{"format": "threefold/1",\n "owner": }');
    const syntax = await cli(['--db', fresh, 'import', path]);
    assert.equal(syntax.code, 2);
    assert.match(syntax.stderr, /not valid JSON at line 2/);
  });

  test('demo loads the sample network once; THREEFOLD_DB chooses the file', async () => {
    const path = join(tempDir(), 'demo.db');
    const first = await cli(['demo'], { THREEFOLD_DB: path });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Maya Okafor/);
    const second = await cli(['demo', '--json'], { THREEFOLD_DB: path });
    assert.equal(JSON.parse(second.stdout).loadedSample, false);
  });

  test('a reader that stops early ends the command quietly', async () => {
    const path = join(tempDir(), 'pipe.db');
    assert.equal((await cli(['--db', path, 'demo'])).code, 0);
    // The export (about 180 KB) outgrows the pipe; `head` leaves after 10 bytes.
    const run = await new Promise<CliRun>((resolve) => {
      const command = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(MAIN)} --db ${JSON.stringify(path)} export | head -c 10 > /dev/null; exit \${PIPESTATUS[0]}`;
      const proc = spawn('bash', ['-c', command], {
        env: { ...process.env, THREEFOLD_CLI_ENTRY: '1', NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      proc.stderr.on('data', (d) => (stderr += d));
      proc.on('exit', (code) => resolve({ code, stdout: '', stderr }));
    });
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /EPIPE|Error/);
  });

  test('assess, suggest and path keep their JSON contracts; an unreachable person is a clear error', async () => {
    const path = join(tempDir(), 'sample.db');
    assert.equal((await cli(['--db', path, 'demo'])).code, 0);
    const assessed = JSON.parse(
      (await cli(['--db', path, 'assess', '--json', '--as-of', '2026-11-22'])).stdout,
    );
    assert.equal(assessed.asOf, '2026-11-22');
    assert.deepEqual(Object.keys(assessed.metrics.owner).sort(), [
      'betweenness',
      'constraint',
      'degree',
      'effectiveSize',
      'efficiency',
      'hierarchy',
    ]);
    assert.deepEqual(Object.keys(assessed.metrics.forms).sort(), ['operational', 'personal', 'strategic']);
    const finding = assessed.findings[0];
    for (const key of ['code', 'severity', 'form', 'title', 'explanation', 'evidence', 'actions'])
      assert.ok(key in finding, key);
    for (const key of ['people', 'organizations', 'goals', 'measures'])
      assert.ok(key in finding.evidence, key);

    const suggested = JSON.parse(
      (await cli(['--db', path, 'suggest', '--json', '--limit', '3', '--as-of', '2026-11-22'])).stdout,
    );
    assert.equal(suggested.actions.length, 3);
    // Each suggestion is a move: one per person, with what it merges and the findings it serves.
    assert.deepEqual(Object.keys(suggested.actions[0]).sort(), [
      'form',
      'goal',
      'headline',
      'key',
      'kind',
      'kinds',
      'merged',
      'minutes',
      'organizations',
      'people',
      'reason',
      'score',
      'serves',
      'talkingPoints',
    ]);

    const paths = JSON.parse((await cli(['--db', path, 'path', '--to', 'p:lea-fontaine', '--json'])).stdout);
    assert.equal(paths.paths[0].people.at(-1), 'p:lea-fontaine');
    assert.ok(paths.paths[0].hops.length >= 1);

    assert.equal(
      (await cli(['--db', path, 'person', 'add', '--id', 'p:hermit', '--name', 'A Hermit'])).code,
      0,
    );
    const unreachable = await cli(['--db', path, 'path', '--to', 'p:hermit']);
    assert.equal(unreachable.code, 3);
    assert.match(unreachable.stderr, /no chain of known ties leads from you to A Hermit/);
  });

  test('triage: imported contacts are grouped, not overdue; a group is set up in one go', async () => {
    const dir = tempDir();
    const path = join(dir, 'imported.db');
    const file = join(dir, 'contacts.json');
    const people = [
      { id: 'c1', name: 'Cai One', organization: 'o:home', title: 'Engineer' },
      { id: 'c2', name: 'Cleo Two', organization: 'o:supplier', title: 'Account Manager' },
      { id: 'c3', name: 'Cy Three', organization: 'o:supplier', title: 'Sales Director' },
      { id: 'c4', name: 'Cara Four', organization: 'o:home', title: 'Vice President', level: 6 },
    ];
    writeFileSync(
      file,
      JSON.stringify({
        format: 'threefold/1',
        owner: { name: 'Ivy Importer', organization: 'o:home', level: 3 },
        organizations: [
          { id: 'o:home', name: 'Home Co' },
          { id: 'o:supplier', name: 'Supplier Ltd' },
        ],
        people,
        relationships: people.map((p) => ({ person: p.id })),
        interactions: [{ id: 'm1', date: '2026-11-01', kind: 'meeting', people: ['c1'] }],
      }),
    );
    assert.equal((await cli(['--db', path, 'import', file])).code, 0);
    const shown = await cli(['--db', path, 'triage', '--as-of', '2026-11-22']);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /4 of 4 relationships are not set up yet/);
    assert.match(shown.stdout, /Supplier Ltd: 2 people/);
    assert.doesNotMatch(shown.stdout, /overdue|o:supplier/);
    const suggested = await cli(['--db', path, 'suggest', '--as-of', '2026-11-22']);
    assert.match(suggested.stdout, /threefold triage/);
    const groups = JSON.parse(
      (await cli(['--db', path, 'triage', '--json', '--as-of', '2026-11-22'])).stdout,
    );
    const number = groups.groups.findIndex((g: { key: string }) => g.key === 'org:o:supplier') + 1;
    const set = await cli([
      '--db',
      path,
      'triage',
      'set',
      String(number),
      '--form',
      'operational',
      '--cadence',
      '30',
      '--as-of',
      '2026-11-22',
    ]);
    assert.equal(set.code, 0, set.stderr);
    assert.match(set.stdout, /Supplier Ltd: 2 relationships set to the operational network, every 30 days/);
    const after = JSON.parse((await cli(['--db', path, 'triage', '--json', '--as-of', '2026-11-22'])).stdout);
    assert.equal(after.untriaged, 2);
    const bad = await cli(['--db', path, 'triage', 'set', 'rest', '--form', 'social', '--cadence', '30']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--form: "social"/);
  });

  test('review: from the history with no snapshot; a second snapshot the same day is no trend; plain words', async () => {
    const path = join(tempDir(), 'review.db');
    assert.equal((await cli(['--db', path, 'demo'])).code, 0);
    const first = await cli(['--db', path, 'review', '--as-of', '2026-11-22', '--since', '2026-08-22']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Review of 2026-08-22 to 2026-11-22, from your logged interactions/);
    assert.match(first.stdout, /help given \d+/);
    assert.match(first.stdout, /To reflect on/);
    const again = JSON.parse(
      (await cli(['--db', path, 'review', '--json', '--as-of', '2026-11-22', '--since', '2026-08-22']))
        .stdout,
    );
    assert.equal(again.review, null, 'two snapshots on one day are not compared');
    assert.ok(again.history.period.interactions > 0);
    const planned = await cli(['--db', path, 'plan', '--week', '2026-11-22', '--budget', '60']);
    const assessed = await cli(['--db', path, 'assess', '--as-of', '2026-11-22']);
    assert.match(assessed.stdout, /how closely your contacts know one another/);
    for (const out of [first.stdout, planned.stdout, assessed.stdout])
      assert.doesNotMatch(out, /\[[a-z-]+\.[a-z-]+\]|\b[opgc]:[a-z]|Louvain|constraint|chain strength/);
  });

  test('a move marked done does not come back next week under another kind', async () => {
    const path = join(tempDir(), 'done.db');
    assert.equal((await cli(['--db', path, 'demo'])).code, 0);
    const before = JSON.parse((await cli(['--db', path, 'suggest', '--json', '--limit', '20'])).stdout);
    const move = before.actions.find((m: { merged: string[] }) => m.merged.length > 1);
    assert.ok(move, 'a move that merged several candidates');
    const done = await cli(['--db', path, 'action', move.key, 'done']);
    assert.equal(done.code, 0, done.stderr);
    assert.doesNotMatch(done.stdout, /:[a-z-]+:/, 'the leader sees the move, not its key');
    const after = JSON.parse((await cli(['--db', path, 'suggest', '--json', '--limit', '200'])).stdout);
    const person = move.people[0];
    assert.ok(
      !after.actions.some((m: { people: string[] }) => m.people.length === 1 && m.people[0] === person),
      `${person} is not proposed again on their own`,
    );
  });

  test('--help on every command', async () => {
    for (const args of [
      ['--help'],
      ['person', 'add', '--help'],
      ['import', '--help'],
      ['goal', 'stakeholder', 'add', '--help'],
    ]) {
      const res = await cli(args);
      assert.equal(res.code, 0, args.join(' '));
      assert.match(res.stdout, /Usage: threefold/);
    }
  });
});
