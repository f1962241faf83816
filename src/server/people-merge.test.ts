import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFixtureServer, type TestServer } from './test-harness.js';

describe('duplicate review: GET /api/duplicates and POST /api/people/merge', () => {
  let server: TestServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  test('a person sharing an e-mail address is a likely duplicate, and merging moves their records', async () => {
    const none = await server.call('GET', '/api/duplicates');
    assert.equal(none.status, 200, none.text);
    assert.deepEqual(none.json.pairs, []);

    const twin = await server.call('POST', '/api/people', {
      body: { id: 'p:ben2', name: 'Benjamin Outside', emails: ['Ben@Example.com'] },
    });
    assert.equal(twin.status, 201, twin.text);
    const tie = await server.call('POST', '/api/ties', { body: { a: 'p:ben2', b: 'p:1', strength: 2 } });
    assert.equal(tie.status, 201, tie.text);

    const found = await server.call('GET', '/api/duplicates');
    assert.equal(found.json.pairs.length, 1, found.text);
    const pair = found.json.pairs[0];
    assert.deepEqual([pair.a, pair.b], ['p:2', 'p:ben2']);
    assert.equal(pair.confidence, 'likely');
    assert.match(pair.reasons.join(' '), /same e-mail/);

    const merged = await server.call('POST', '/api/people/merge', { body: { keep: 'p:2', drop: 'p:ben2' } });
    assert.equal(merged.status, 200, merged.text);
    assert.equal(merged.json.kept, 'p:2');
    assert.equal(merged.json.removed, 'p:ben2');
    assert.equal((await server.call('GET', '/api/people/p:ben2')).status, 404);
    // Ben and Ada were already tied: the dropped person's tie is folded into it.
    assert.equal((await server.call('GET', '/api/ties/p:1/p:2')).status, 200);
    assert.deepEqual((await server.call('GET', '/api/duplicates')).json.pairs, []);
  });

  test('a merge names the missing field, refuses one person twice, and 404s an unknown person', async () => {
    const missing = await server.call('POST', '/api/people/merge', { body: { keep: 'p:1' } });
    assert.equal(missing.status, 400);
    assert.equal(missing.json.error.details[0].path, 'body.drop');
    const same = await server.call('POST', '/api/people/merge', { body: { keep: 'p:1', drop: 'p:1' } });
    assert.equal(same.status, 400);
    assert.equal(same.json.error.code, 'invalid_input');
    const unknown = await server.call('POST', '/api/people/merge', { body: { keep: 'p:1', drop: 'p:404' } });
    assert.equal(unknown.status, 404);
    assert.equal((await server.call('GET', '/api/people/p:1')).status, 200, 'nothing was removed');
  });
});
