import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RosterEntry } from '../core/organisation/model.js';
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
      assert.deepEqual(await store.importCollaboration(batch, '2026-01-01'), {
        rows: 3,
        notOnRoster: 0,
        tooOld: 0,
      });
      await store.importCollaboration(batch, '2026-01-01');
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
      const r = await store.importCollaboration(
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
        '2025-01-01',
      );
      assert.deepEqual(r, { rows: 2, notOnRoster: 1, tooOld: 1 });
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
      await store.importCollaboration(
        {
          rows: [row('a', 'b', '2026-11-02'), row('b', 'c', '2026-11-02')],
          time: [{ person: 'b', day: '2026-11-02', channel: 0, minutes: 30 }],
          skipped: [],
        },
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
      await store.importCollaboration(
        { rows: [row('a', 'b', '2026-11-02')], time: [], skipped: [] },
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
      await store.importCollaboration(
        { rows: [row('a', 'b', '2026-11-02')], time: [], skipped: [] },
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
  });
}
