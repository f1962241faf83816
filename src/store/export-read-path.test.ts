import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { validateDocument } from '../document/validate.js';
import { fullDocument } from '../test-support/documents.js';
import { exportDocument, importDocument } from './document.js';
import { openStore } from './open.js';
import { listRecords, requireRecord, updateRecord } from './records.js';

/**
 * exportDocument reads the big tables through JSON texts SQLite writes and child lists in table
 * order; listRecords reads row by row through `fromRow`. The two must give the same records,
 * field order included, whatever the rows hold: unset fields, unknown fields (null and nested
 * values among them), reversed ties, children written out of position order.
 */
describe('the bulk read path gives what the row-by-row path gives', () => {
  function storeWithOddRows() {
    // biome-ignore lint/suspicious/noExplicitAny: the test adds fields the types do not know
    const d = fullDocument() as Record<string, any>;
    d.people[0].nickname = 'JD';
    d.people[0].x_nested = { a: null, b: [1, null, { c: null }], d: 'é "quoted" \\ \u2028' };
    d.people[1].x_null = null;
    d.ties = [
      { a: 'p:2', b: 'p:1', strength: 2, x_note: { keep: null } },
      { a: 'p:1', b: 'p:3' },
    ];
    d.interactions[0].x_extra = { nested: { deeper: null } };
    d.interactions[0].minutes = 1 / 3;
    const doc = validateDocument(d);
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'threefold-read-')), 't.db'));
    importDocument(store, doc, { mode: 'new' });
    return store;
  }

  for (const collection of ['people', 'ties', 'interactions', 'groups', 'goals'] as const) {
    test(collection, () => {
      const store = storeWithOddRows();
      const bulk = exportDocument(store)[collection] ?? [];
      assert.ok(bulk.length > 0);
      assert.equal(JSON.stringify(bulk), JSON.stringify(listRecords(store, collection)));
      store.close();
    });
  }

  test('attendees written out of position order still come back in position order', () => {
    const store = storeWithOddRows();
    const { sqlite } = store;
    const id = sqlite.prepare('SELECT interaction FROM interaction_people LIMIT 1').pluck().get();
    const rows = sqlite
      .prepare('SELECT person, position FROM interaction_people WHERE interaction = ? ORDER BY position')
      .all(id) as Array<{ person: string; position: number }>;
    // Rewrite the list last position first, so table order is the reverse of position order.
    sqlite.prepare('DELETE FROM interaction_people WHERE interaction = ?').run(id);
    const people = ['p:1', 'p:2', 'p:3'];
    for (let i = people.length - 1; i >= 0; i--)
      sqlite
        .prepare('INSERT INTO interaction_people (interaction, person, position) VALUES (?, ?, ?)')
        .run(id, people[i], i);
    assert.ok(rows.length > 0);
    const exported = exportDocument(store).interactions?.find((i) => i.id === id);
    assert.deepEqual(exported?.people, people);
    store.close();
  });

  test('lists rewritten by edits (their rows move to the end of the table) stay with their parents', () => {
    const store = storeWithOddRows();
    const first = exportDocument(store);
    const interaction = first.interactions![0]!;
    updateRecord(store, 'interactions', interaction.id, { ...interaction, people: ['p:3', 'p:1'] });
    const group = first.groups![0]!;
    updateRecord(store, 'groups', group.id, {
      ...requireRecord(store, 'groups', group.id),
      members: ['p:2'],
    });
    const doc = exportDocument(store);
    assert.deepEqual(doc.interactions![0]!.people, ['p:3', 'p:1']);
    assert.deepEqual(doc.groups![0]!.members, ['p:2']);
    for (const collection of ['interactions', 'groups'] as const)
      assert.equal(JSON.stringify(doc[collection]), JSON.stringify(listRecords(store, collection)));
    store.close();
  });
});
