import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attendeeId, dateOf, type InteractionTable } from '../core/analysis/interaction-table.js';
import { generateNetwork } from '../core/sample/index.js';
import { validateDocument } from '../document/validate.js';
import { KEPT } from './derived.js';
import { exportDocument, importDocument } from './document.js';
import { keptInteractionTable } from './interaction-table.js';
import { revision, type Store } from './open.js';
import { createRecord } from './records.js';
import { withStore } from './test-support/with-store.js';

/** The table read from what is kept, as the analysis reads it in its transaction. */
function readTable(store: Store): InteractionTable | undefined {
  return store.sqlite
    .transaction(() => {
      const people = store.sqlite.prepare('SELECT id FROM people ORDER BY rowid').pluck().all() as string[];
      return keptInteractionTable(store.sqlite, revision(store.sqlite), people);
    })
    .deferred();
}

/** Every field the analysis reads, interaction by interaction, equals the exported records'. */
function assertTableOfStore(store: Store, table: InteractionTable | undefined, label: string): void {
  assert.ok(table, `${label}: a table`);
  const { people = [], interactions = [] } = exportDocument(store);
  assert.equal(table.length, interactions.length, label);
  for (let i = 0; i < interactions.length; i++) {
    const it = interactions[i]!;
    assert.equal(dateOf(table, i), it.date, `${label}: date of ${it.id}`);
    const ids: string[] = [];
    for (let a = table.attendeeStart[i]!; a < table.attendeeStart[i + 1]!; a++)
      ids.push(attendeeId(table, people, a));
    assert.deepEqual(ids, it.people, `${label}: people of ${it.id}`);
    assert.equal(table.kind(i), it.kind, `${label}: kind of ${it.id}`);
    assert.equal(table.minutes(i), it.minutes, `${label}: minutes of ${it.id}`);
    assert.deepEqual(table.forms(i), it.forms, `${label}: forms of ${it.id}`);
    assert.equal(table.direction(i), it.direction, `${label}: direction of ${it.id}`);
    assert.deepEqual(table.record(i), it, `${label}: record ${it.id}`);
    assert.equal(table.record(i), table.record(i), `${label}: the same record object`);
  }
}

describe('the interactions read as a table from what is kept', () => {
  test('after an import, and with interactions added since (new people and dates among them)', () => {
    withStore((store) => {
      importDocument(store, validateDocument(generateNetwork({ people: 300, seed: 4 })), { mode: 'new' });
      assertTableOfStore(store, readTable(store), 'as imported');
      createRecord(store, 'people', { id: 'p:new', name: 'New' });
      createRecord(store, 'interactions', {
        id: 'i:new',
        date: '2031-02-03',
        people: ['p:new', 'p:7', 'p:new'],
        kind: 'call',
        minutes: 12,
        forms: ['personal'],
        direction: 'gave',
        value: ['advice'],
        notes: 'added after the kept rows',
      });
      createRecord(store, 'interactions', { id: 'i:new2', date: '2026-01-01', people: ['p:3'] });
      assertTableOfStore(store, readTable(store), 'with rows added');
    });
  });

  test('none when the columns or the attendance are not kept for the revision', () => {
    withStore((store) => {
      importDocument(store, validateDocument(generateNetwork({ people: 120, seed: 5 })), { mode: 'new' });
      assert.ok(readTable(store));
      for (const key of [KEPT.attendance.key, KEPT.interactions.key]) {
        const saved = store.sqlite.prepare('SELECT * FROM derived WHERE key = ?').get(key);
        store.sqlite.prepare('DELETE FROM derived WHERE key = ?').run(key);
        assert.equal(readTable(store), undefined, key);
        store.sqlite.prepare('INSERT INTO derived VALUES (@key, @revision, @data)').run(saved);
        assert.ok(readTable(store), `${key} back`);
      }
    });
  });
});
