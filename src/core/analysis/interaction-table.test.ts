import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Interaction } from '../model.js';
import {
  attendeeId,
  dateOf,
  distinctAttendees,
  givenAndReceived,
  tableFromRecords,
} from './interaction-table.js';

const people = [{ id: 'p:1' }, { id: 'p:2' }, { id: 'p:3' }];
const records: Interaction[] = [
  { id: 'i:1', date: '2026-03-01', people: ['p:2', 'x:gone', 'p:2'], direction: 'gave', kind: 'meeting' },
  { id: 'i:2', date: '2026-01-05', people: ['p:1'], direction: 'received', minutes: 45 },
  { id: 'i:3', date: '2026-03-01', people: ['owner', 'x:gone', 'p:3'], forms: ['strategic'] },
  { id: 'i:4', date: '2026-01-05', people: ['p:3'], direction: 'received' },
];
const table = tableFromRecords(records, people.length, (id) => {
  const at = people.findIndex((p) => p.id === id);
  return at < 0 ? undefined : at;
});

test('a table over records numbers each distinct date once, in order of first appearance', () => {
  assert.deepEqual(table.dates, ['2026-03-01', '2026-01-05']);
  assert.deepEqual([...table.dateCodes], [0, 1, 0, 1]);
  assert.deepEqual(
    records.map((_, i) => dateOf(table, i)),
    records.map((r) => r.date),
  );
});

test('attendees are positions among the people, ids no person has come after them, repeats kept', () => {
  assert.deepEqual([...table.attendeeStart], [0, 3, 4, 7, 8]);
  // p:2 p:2 -> 1; x:gone -> 3 + 0; owner -> 3 + 1 (the owner is not among the people).
  assert.deepEqual([...table.attendees], [1, 3, 1, 0, 4, 3, 2, 2]);
  assert.deepEqual(table.strangers, ['x:gone', 'owner']);
  for (let i = 0; i < records.length; i++) {
    const ids: string[] = [];
    for (let a = table.attendeeStart[i]!; a < table.attendeeStart[i + 1]!; a++)
      ids.push(attendeeId(table, people, a));
    assert.deepEqual(ids, records[i]!.people);
  }
  assert.deepEqual(
    records.map((_, i) => distinctAttendees(table, i)),
    [2, 1, 3, 1],
  );
});

test('fields and records come from the records themselves', () => {
  assert.equal(table.record(1), records[1]);
  assert.equal(table.kind(0), 'meeting');
  assert.equal(table.kind(1), undefined);
  assert.equal(table.minutes(1), 45);
  assert.deepEqual(table.forms(2), ['strategic']);
  assert.equal(table.direction(3), 'received');
  assert.deepEqual(givenAndReceived(table, [0, 1, 2, 3]), { gave: 1, received: 2 });
  assert.deepEqual(givenAndReceived(table, Int32Array.of(2)), { gave: 0, received: 0 });
});
