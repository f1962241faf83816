import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { FIXTURES_DIR } from '../../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';

const FIX = FIXTURES_DIR;

describe('threefold import of files real producers write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-real-'));
  const db = join(dir, 'net.db');
  const run = (...args: string[]) => runCli(['--db', db, ...args]);
  const exported = async () => JSON.parse((await run('export')).stdout);

  test('an iTIP stream of several calendars: reschedules and cancellations applied', async () => {
    assert.equal(
      (await run('init', '--name', 'Ada Leader', '--organization', 'o:imaginary-widgets')).code,
      0,
    );
    const r = await run(
      'import',
      `${FIX}/ics/itip-request-cancel-stream.ics`,
      '--as-of',
      '2025-03-01',
      '--json',
    );
    assert.equal(r.code, 0, r.stderr);
    const summary = JSON.parse(r.stdout);
    assert.deepEqual(summary.people, { created: 3, matched: 0 });
    assert.deepEqual(summary.interactions, { new: 6, alreadyThere: 0 });
    assert.deepEqual(summary.skipped, [{ collection: 'interactions', reason: 'cancelled', count: 2 }]);
    const doc = await exported();
    assert.deepEqual(doc.people.map((p: { name: string }) => p.name).sort(), [
      'Ann Archer',
      'Bob Baker',
      'Dan Diaz',
    ]);
    assert.ok(!doc.interactions.some((i: { date: string }) => i.date.startsWith('2025-01-20')));
  });

  test('a bad RDATE period fails the import naming the event; --skip-invalid keeps the rest of the series', async () => {
    const file = join(dir, 'periods.ics');
    writeFileSync(
      file,
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//threefold//test//EN',
        'BEGIN:VEVENT',
        'UID:periods-1',
        'DTSTART:20250106T100000Z',
        'DURATION:PT45M',
        'RDATE;VALUE=PERIOD:20250107T100000Z/PT30M,2025XX07/20250107T110000Z',
        'SUMMARY:Pairing',
        'ATTENDEE;CN=Bob Baker:mailto:bob.baker@example.com',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    const refused = await run('import', file, '--as-of', '2025-03-01');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /event "periods-1": RDATE period "2025XX07\/20250107T110000Z"/);
    assert.doesNotMatch(refused.stderr, /toUnixTime|Invalid time value|T::/);
    const kept = await run('import', file, '--as-of', '2025-03-01', '--skip-invalid', '--json');
    assert.equal(kept.code, 0, kept.stderr);
    const summary = JSON.parse(kept.stdout);
    assert.deepEqual(summary.interactions, { new: 2, alreadyThere: 0 });
    assert.deepEqual(summary.people, { created: 0, matched: 1 });
  });

  test('Thunderbird address book and a yEd diagram', async () => {
    const tb = await run('import', `${FIX}/contacts/thunderbird.csv`, '--json');
    assert.equal(tb.code, 0, tb.stderr);
    assert.deepEqual(JSON.parse(tb.stdout).people, { created: 3, matched: 0 });
    const yed = await run('import', `${FIX}/graph/yed-labels.graphml`, '--json');
    assert.equal(yed.code, 0, yed.stderr);
    assert.deepEqual(JSON.parse(yed.stdout).people, { created: 4, matched: 0 });
    const names = (await exported()).people.map((p: { name: string }) => p.name);
    for (const name of ['Katherine Johnson', 'Dorothy Vaughan', 'Ada Lovelace', 'Mary Somerville'])
      assert.ok(names.includes(name), name);
  });

  test("libical's iTIP stream and Roundcube's address books: the people, meetings and ties they hold", async () => {
    const own = join(dir, 'other-projects.db');
    const go = (...args: string[]) => runCli(['--db', own, ...args]);
    assert.equal((await go('init', '--name', 'Ada Leader', '--organization', 'o:imaginary-widgets')).code, 0);
    const cal = await go('import', `${FIX}/ics/libical-incoming.ics`, '--as-of', '2026-06-01', '--json');
    assert.equal(cal.code, 0, cal.stderr);
    const summary = JSON.parse(cal.stdout);
    assert.deepEqual(summary.people, { created: 5, matched: 0 });
    assert.deepEqual(summary.interactions, { new: 5, alreadyThere: 0 });
    for (const file of ['roundcube-all.csv', 'roundcube-tb_plain.csv', 'roundcube-email.csv']) {
      const r = await go('import', `${FIX}/contacts/${file}`, '--json');
      assert.equal(r.code, 0, `${file}: ${r.stderr}`);
    }
    const doc = JSON.parse((await go('export')).stdout);
    const byId = new Map(doc.people.map((p: { id: string; name: string }) => [p.id, p.name]));
    const notes = doc.interactions.map((i: { notes?: string }) => i.notes).sort();
    assert.deepEqual(notes, ['Conference', 'Conference', 'Conference', 'Conference', 'Pool party']);
    assert.equal(doc.ties.length, 10);
    const pool = doc.interactions.find((i: { notes?: string }) => i.notes === 'Pool party');
    assert.deepEqual(pool.people.map((id: string) => byId.get(id)).sort(), [
      'B',
      'BIG A',
      'C',
      'E@example.com',
      'Hal',
    ]);
    const names = doc.people.map((p: { name: string }) => p.name);
    for (const name of ['Display Name', 'Displayname', 'test1@domain.tld', 'test4@domain.tld'])
      assert.ok(names.includes(name), name);
    const shown = doc.people.find((p: { name: string }) => p.name === 'Display Name');
    assert.deepEqual(shown.emails, ['home@example.com', 'work@example.com', 'other@example.com']);
  });
});
