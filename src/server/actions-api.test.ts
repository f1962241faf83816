import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFixtureServer, type TestServer } from './test-harness.js';

describe('actions: done with what happened, and undone', () => {
  let server: TestServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  test('done with an outcome logs the interaction and an introduction adds the tie', async () => {
    const done = await server.call('POST', '/api/actions/reconnect:p:3', {
      body: {
        state: 'done',
        outcome: { people: ['p:3'], kind: 'call', minutes: 20, notes: 'next: lunch in May' },
      },
    });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json.state, 'done');
    const logged = await server.call('GET', `/api/interactions/${encodeURIComponent(done.json.interaction)}`);
    assert.equal(logged.status, 200, logged.text);
    assert.deepEqual(logged.json.people, ['p:3']);
    assert.equal(logged.json.date, '2026-06-01');
    const introduced = await server.call('POST', '/api/actions/introduce:p:3:p:4', {
      body: { state: 'done', introduced: ['p:3', 'p:4'] },
    });
    assert.equal(introduced.status, 200, introduced.text);
    assert.equal((await server.call('GET', '/api/ties/p:4/p:3')).status, 200);
  });

  test('an outcome only goes with done; a bad one names the field and writes nothing', async () => {
    const counts = async () => (await server.call('GET', '/api/status')).json.counts.interactions;
    const before = await counts();
    const dismissed = await server.call('POST', '/api/actions/x', {
      body: { state: 'dismissed', outcome: { people: ['p:1'] } },
    });
    assert.equal(dismissed.status, 400, dismissed.text);
    const nobody = await server.call('POST', '/api/actions/y', {
      body: { state: 'done', outcome: { people: ['p:404'] } },
    });
    assert.equal(nobody.status, 400, nobody.text);
    assert.match(nobody.json.error.message, /p:404/);
    assert.equal(await counts(), before);
    const states = (await server.call('GET', '/api/suggest?state=all')).json.actions.map(
      (a: { key: string }) => a.key,
    );
    assert.ok(!states.includes('y'));
  });

  test('DELETE undoes a mark', async () => {
    assert.equal((await server.call('POST', '/api/actions/z', { body: { state: 'dismissed' } })).status, 200);
    assert.equal((await server.call('DELETE', '/api/actions/z')).status, 204);
  });
});
