// Closing the loop: an action done records what happened, and the coach sees it.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sampleNetwork } from '../core/sample/index.js';
import { SqliteNetworkStore } from '../store/sqlite-network-store.js';
import { completeAction, reopenAction } from './actions.js';
import { assessNetwork, suggestActions } from './analysis.js';
import { importNetwork } from './network.js';
import { keyOf } from './records.js';

const AS_OF = '2026-06-01';

async function sampleStore(): Promise<SqliteNetworkStore> {
  const store = SqliteNetworkStore.open(join(mkdtempSync(join(tmpdir(), 'threefold-loop-')), 'net.db'));
  await importNetwork(store, sampleNetwork({ asOf: AS_OF }), 'new', { at: AS_OF });
  return store;
}

test('a reconnect done with its interaction logged moves the cadence and leaves the plan', async () => {
  const store = await sampleStore();
  try {
    const before = await suggestActions(store, { asOf: AS_OF, limit: 200 });
    const reconnect = before.find((a) => a.kind === 'reconnect' && a.people.length === 1);
    assert.ok(reconnect, 'the sample has someone to reconnect with');
    const person = reconnect.people[0]!;
    const stateOf = async () =>
      (await assessNetwork(store, AS_OF)).assessment.people.find((p) => p.id === person)?.cadence?.state;
    assert.notEqual(await stateOf(), 'ok');
    const done = await completeAction(store, {
      key: reconnect.key,
      at: AS_OF,
      outcome: {
        date: AS_OF,
        people: [person],
        kind: 'meeting',
        minutes: 30,
        notes: 'agreed to meet monthly',
      },
    });
    assert.equal(done.state.state, 'done');
    assert.ok(done.interaction && (await store.get('interactions', done.interaction)));
    assert.equal(await stateOf(), 'ok', 'the contact today brings the cadence back on track');
    const after = await suggestActions(store, { asOf: AS_OF, limit: 200 });
    assert.ok(!after.some((a) => a.key === reconnect.key), 'the action is done');
    // Undone, the mark goes; the reconnect is still not proposed, since they just met.
    await reopenAction(store, reconnect.key);
    const reopened = await suggestActions(store, { asOf: AS_OF, limit: 200 });
    assert.ok(!reopened.some((a) => a.kind === 'reconnect' && a.people.includes(person)));
  } finally {
    await store.close();
  }
});

test('an introduction done adds the tie, so the same introduction is not proposed again', async () => {
  const store = await sampleStore();
  try {
    const before = await suggestActions(store, { asOf: AS_OF, limit: 500 });
    const introduce = before.find((a) => a.kind === 'introduce' && a.people.length === 2);
    assert.ok(introduce, 'the sample has an introduction to make');
    const [a, b] = introduce.people as [string, string];
    assert.equal(await store.get('ties', keyOf('ties', { a, b })), undefined);
    const done = await completeAction(store, { key: introduce.key, at: AS_OF, introduced: [a, b] });
    assert.deepEqual(done.tie, { a, b });
    assert.ok(await store.get('ties', keyOf('ties', { a, b })));
    await reopenAction(store, introduce.key);
    const after = await suggestActions(store, { asOf: AS_OF, limit: 500 });
    assert.ok(
      !after.some((x) => x.kind === 'introduce' && x.people.includes(a) && x.people.includes(b)),
      'they know each other now',
    );
  } finally {
    await store.close();
  }
});
