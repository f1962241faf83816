import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OrganisationData, RosterEntry } from '../core/organisation/model.js';
import { readCollaboration } from '../io/company/collaboration.js';
import { pseudonymiser } from '../io/company/pseudonym.js';
import { readRoster } from '../io/company/roster.js';
import { readFixture } from '../test-support/fixtures.js';
import { type CompanyContext, importCollaborationFiles } from './company.js';
import type { CompanyStore } from './company-port.js';

const person = (id: string, unit = 'Sales'): RosterEntry => ({
  id,
  unit,
  function: 'F',
  level: 'L1',
  location: 'X',
  manager: null,
  startDate: '2020-01-01',
});
const row = (a: string, b: string, day: string, count = 1, channel = 0, minutes = 0) => ({
  a,
  b,
  day,
  channel,
  count,
  minutes,
});

const hash = pseudonymiser('suite-key-'.padEnd(40, 'x'));
const context = (store: CompanyStore, today = '2026-11-30'): CompanyContext => ({
  store,
  pseudonym: hash,
  analyst: 'suite',
  now: `${today}T12:00:00Z`,
  today,
});

/** Text arriving in pieces of `size` characters, as a file read stream hands it over. */
async function* inPieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** An edge list whose rows repeat pairs across the whole file, with CRLF, quotes and a BOM. */
function edgeList(rows: number): string {
  const lines = ['\ufefffrom;to;period;channel;count;minutes'];
  for (let i = 0; i < rows; i++) {
    const a = `E${i % 7}`;
    const b = i % 5 === 0 ? `"E${(i + 3) % 9}"` : `E${(i * 3 + 1) % 9}`;
    lines.push(
      `${a};${b};2026-${i % 2 ? '10' : '11'};${['mail', 'meeting', 'chat'][i % 3]};${1 + (i % 4)};${i % 6 ? 0 : 15}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Every row of the store, by pseudonym, sorted: what an import left. */
function contents(data: OrganisationData): string[] {
  const c = data.collaboration;
  const rows = Array.from(
    { length: c.length },
    (_, e) =>
      `${data.people[c.a[e]!]!.id} ${data.people[c.b[e]!]!.id} ${c.day[e]} ${c.channel[e]} ${c.count[e]} ${c.minutes[e]}`,
  );
  const t = data.time;
  for (let i = 0; i < t.length; i++)
    rows.push(`time ${data.people[t.person[i]!]!.id} ${t.day[i]} ${t.minutes[i]}`);
  return rows.sort();
}

const roster = (ids: string[]) =>
  readRoster(
    `id,unit,email\n${ids.map((id) => `${id},Sales,${id.includes('@') ? id : ''}`).join('\n')}\n`,
    hash,
  );

/**
 * The company store's port, as every implementation must answer it (SQLite and PostgreSQL run
 * it); `open` gives an empty store each time.
 */
export function companyStoreSuite(name: string, open: () => Promise<CompanyStore>): void {
  describe(`the company store on ${name}`, () => {
    it('sums rows of one batch that share pair, day and channel, either way round, and replaces them on re-import', async () => {
      const store = await open();
      await store.importRoster({
        entries: [person('a'), person('b'), person('c')],
        aliases: [
          ['a', 'a'],
          ['b', 'b'],
          ['c', 'c'],
          ['mail-b', 'b'],
        ],
      });
      const batch = {
        rows: [
          row('a', 'b', '2026-11-02', 2),
          row('mail-b', 'a', '2026-11-02', 3),
          row('a', 'b', '2026-11-02', 1, 1),
          row('a', 'c', '2026-11-03'),
        ],
        time: [],
        skipped: [],
      };
      assert.deepEqual(await store.importCollaborationBatches([batch], '2026-01-01'), {
        rows: 3,
        notOnRoster: 0,
        tooOld: 0,
        meetingsSeen: 0,
      });
      await store.importCollaborationBatches([batch], '2026-01-01');
      const data = await store.read('2026-01-01');
      const rows = Array.from({ length: data.collaboration.length }, (_, e) => [
        data.people[data.collaboration.a[e]!]!.id,
        data.people[data.collaboration.b[e]!]!.id,
        data.collaboration.channel[e],
        data.collaboration.count[e],
      ]);
      assert.deepEqual(rows, [
        ['a', 'b', 0, 5],
        ['a', 'b', 1, 1],
        ['a', 'c', 0, 1],
      ]);
      await store.close();
    });

    it('leaves out rows naming people off the roster or older than the limit, and purges by day', async () => {
      const store = await open();
      await store.importRoster({
        entries: [person('a'), person('b')],
        aliases: [
          ['a', 'a'],
          ['b', 'b'],
        ],
      });
      const r = await store.importCollaborationBatches(
        [
          {
            rows: [
              row('a', 'z', '2026-11-02'),
              row('a', 'b', '2020-01-01'),
              row('a', 'b', '2026-06-01'),
              row('a', 'b', '2026-11-01'),
            ],
            time: [],
            skipped: [],
          },
        ],
        '2025-01-01',
      );
      assert.deepEqual(r, { rows: 2, notOnRoster: 1, tooOld: 1, meetingsSeen: 0 });
      assert.equal(await store.purgeBefore('2026-07-01'), 1);
      assert.equal((await store.read('2000-01-01')).collaboration.length, 1);
      await store.close();
    });

    it('removes a person who opts out with all their rows, and keeps them out of the next roster', async () => {
      const store = await open();
      const roster = {
        entries: [person('a'), person('b'), person('c')],
        aliases: [
          ['a', 'a'],
          ['b', 'b'],
          ['c', 'c'],
        ] as Array<[string, string]>,
      };
      await store.importRoster(roster);
      await store.importCollaborationBatches(
        [
          {
            rows: [row('a', 'b', '2026-11-02'), row('b', 'c', '2026-11-02')],
            time: [{ person: 'b', day: '2026-11-02', channel: 0, minutes: 30 }],
            skipped: [],
          },
        ],
        '2026-01-01',
      );
      assert.equal(await store.optOut('b', '2026-11-10'), true);
      const data = await store.read('2026-01-01');
      assert.deepEqual(
        data.people.map((p) => p.id),
        ['a', 'c'],
      );
      assert.equal(data.collaboration.length, 0);
      assert.equal(data.time.length, 0);
      assert.equal(await store.personOf('b'), null);
      const again = await store.importRoster(roster);
      assert.equal(again.optedOut, 1);
      assert.deepEqual(
        (await store.read('2026-01-01')).people.map((p) => p.id),
        ['a', 'c'],
      );
      await store.close();
    });

    it('moves its data version with every write, and counts the roster', async () => {
      const store = await open();
      const v0 = await store.dataVersion();
      await store.importRoster({
        entries: [person('a'), person('b')],
        aliases: [
          ['a', 'a'],
          ['b', 'b'],
        ],
      });
      const v1 = await store.dataVersion();
      assert.notEqual(v1, v0);
      assert.equal(await store.people(), 2);
      await store.importCollaborationBatches(
        [{ rows: [row('a', 'b', '2026-11-02')], time: [], skipped: [] }],
        '2026-01-01',
      );
      const v2 = await store.dataVersion();
      assert.notEqual(v2, v1);
      await store.logQuery({ at: 'now', analyst: 'x', query: 'report', detail: '{}' });
      assert.equal(await store.dataVersion(), v2, 'a query is not a write');
      await store.optOut('b', '2026-11-03');
      assert.notEqual(await store.dataVersion(), v2);
      await store.close();
    });

    it('removes people who left the roster, with their collaboration', async () => {
      const store = await open();
      await store.importRoster({
        entries: [person('a'), person('b')],
        aliases: [
          ['a', 'a'],
          ['b', 'b'],
        ],
      });
      await store.importCollaborationBatches(
        [{ rows: [row('a', 'b', '2026-11-02')], time: [], skipped: [] }],
        '2026-01-01',
      );
      const r = await store.importRoster({
        entries: [person('a', 'Finance'), person('c')],
        aliases: [
          ['a', 'a'],
          ['c', 'c'],
        ],
      });
      assert.deepEqual(r, { people: 2, added: 1, removed: 1, optedOut: 0 });
      const data = await store.read('2026-01-01');
      assert.deepEqual(
        data.people.map((p) => [p.id, p.unit]),
        [
          ['a', 'Finance'],
          ['c', 'Sales'],
        ],
      );
      assert.equal(data.collaboration.length, 0);
      await store.close();
    });

    it('streams a large edge list in batches and keeps what the whole-file reader keeps', async () => {
      const text = edgeList(400);
      const people = Array.from({ length: 9 }, (_, i) => `E${i}`);
      let store = await open();
      await store.importRoster(roster(people));
      const streamed = await importCollaborationFiles(context(store), 'edges', [inPieces(text, 37)], {
        batchRows: 25,
      });
      const afterStream = contents(await store.read('2000-01-01'));
      await store.close();
      store = await open();
      await store.importRoster(roster(people));
      const whole = await store.importCollaborationBatches([readCollaboration(text, hash)], '2000-01-01');
      assert.equal(streamed.rows, whole.rows);
      assert.ok(whole.rows > 50 && whole.rows < 400, 'rows of one pair, day and channel are summed');
      assert.deepEqual(afterStream, contents(await store.read('2000-01-01')));
      await store.close();
    });

    it('writes nothing of a streamed file whose last line is bad, and names the line and column', async () => {
      const store = await open();
      await store.importRoster(roster(['E0', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8']));
      await store.importCollaborationBatches(
        [readCollaboration('from,to,period\nE0,E1,2026-11-02\n', hash)],
        '2000-01-01',
      );
      const before = contents(await store.read('2000-01-01'));
      const version = await store.dataVersion();
      const text = `${edgeList(300)}E1;E2;2026-13;mail;1;0\r\n`;
      await assert.rejects(
        importCollaborationFiles(context(store), 'edges', [inPieces(text, 64)], { batchRows: 20 }),
        /nothing imported \(first: line 302, period: "2026-13"/,
      );
      assert.deepEqual(contents(await store.read('2000-01-01')), before);
      assert.equal(await store.dataVersion(), version);
      // The staging of the failed import is gone: the next import on the same store works.
      const r = await importCollaborationFiles(context(store), 'edges', [inPieces(edgeList(30), 50)], {
        batchRows: 7,
      });
      assert.ok(r.rows > 0);
      await store.close();
    });

    it('counts a meeting once however many mailboxes export it (real Exchange calendars)', async () => {
      const store = await open();
      // The Exchange 2010 export (blankTzid.ics) of one 2015 meeting of two people, and real mail chains.
      await store.importRoster(roster(['roberts@company.com', 'sam@company.com']));
      const exchange = readFixture('ics', 'blankTzid.ics').toString('utf8');
      const ctx = context(store, '2016-01-01');
      const first = await importCollaborationFiles(ctx, 'calendar', [exchange, exchange, exchange]);
      assert.equal(first.rows, 1);
      assert.equal(first.duplicates, 2);
      const once = contents(await store.read('2000-01-01'));
      assert.equal(once.filter((r) => !r.startsWith('time')).length, 1);
      assert.match(once.find((r) => !r.startsWith('time'))!, / 0 1 0$/, 'one meeting, not three');
      assert.deepEqual(
        once.filter((r) => r.startsWith('time')).map((r) => r.split(' ').at(-1)),
        ['60', '60'],
        'an hour each, not three',
      );
      const again = await importCollaborationFiles(ctx, 'calendar', [exchange]);
      assert.equal(again.meetingsSeen, 1);
      assert.equal(again.rows, 0);
      assert.deepEqual(contents(await store.read('2000-01-01')), once);
      await store.close();
    });

    it('adds the meetings of another mailbox that the first did not hold', async () => {
      const store = await open();
      const people = ['ann@corp.example', 'bob@corp.example', 'cy@corp.example'];
      await store.importRoster(roster(people));
      const ctx = context(store);
      const event = (uid: string, start: string, attendees: string[]) =>
        [
          'BEGIN:VEVENT',
          `UID:${uid}`,
          `DTSTART:${start}`,
          'DURATION:PT30M',
          'ORGANIZER:mailto:ann@corp.example',
          ...attendees.map((a) => `ATTENDEE:mailto:${a}`),
          'END:VEVENT',
        ].join('\r\n');
      const calendar = (...events: string[]) =>
        ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
      const shared = event('m1', '20261110T090000Z', ['bob@corp.example', 'cy@corp.example']);
      await importCollaborationFiles(ctx, 'calendar', [calendar(shared)]);
      const r = await importCollaborationFiles(ctx, 'calendar', [
        calendar(shared, event('m2', '20261110T140000Z', ['bob@corp.example'])),
      ]);
      assert.equal(r.meetingsSeen, 1);
      const data = await store.read('2000-01-01');
      const pairs = new Map<string, number>();
      for (let e = 0; e < data.collaboration.length; e++)
        pairs.set(
          [data.people[data.collaboration.a[e]!]!.id, data.people[data.collaboration.b[e]!]!.id]
            .sort()
            .join(' '),
          data.collaboration.count[e]!,
        );
      const pair = (x: string, y: string) => pairs.get([hash(x), hash(y)].sort().join(' '));
      assert.equal(pair('ann@corp.example', 'bob@corp.example'), 2, 'm1 once and m2');
      assert.equal(pair('bob@corp.example', 'cy@corp.example'), 1);
      await store.close();
    });
  });
}
