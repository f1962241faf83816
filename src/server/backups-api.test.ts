import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFixtureServer, type TestServer } from './test-harness.js';

describe('backups: a replace can be undone', () => {
  let server: TestServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  test('a replace import keeps the network it replaces, and restoring it brings it back', async () => {
    const people = async () => (await server.call('GET', '/api/status')).json.counts.people;
    const before = await people();
    const owner = (await server.call('GET', '/api/owner')).json;
    const replaced = await server.call('POST', '/api/import?filename=small.json&mode=replace', {
      raw: JSON.stringify({ format: 'threefold/1', owner, people: [{ id: 'p:x', name: 'Xi' }] }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(replaced.status, 200, replaced.text);
    assert.match(replaced.json.backup.name, /^threefold-\d{8}T\d{9}Z-before-replace\.json$/);
    assert.equal(await people(), 1);
    const list = await server.call('GET', '/api/backups');
    assert.deepEqual(
      list.json.backups.map((b: { name: string }) => b.name),
      [replaced.json.backup.name],
    );
    const restored = await server.call('POST', `/api/backups/${replaced.json.backup.name}/restore`);
    assert.equal(restored.status, 200, restored.text);
    assert.equal(await people(), before);
    assert.match(restored.json.backup.name, /before-restore\.json$/);
  });

  test('a backup on demand; unknown and malformed names are refused', async () => {
    const made = await server.call('POST', '/api/backups');
    assert.equal(made.status, 201, made.text);
    assert.match(made.json.backup.name, /^threefold-\d{8}T\d{9}Z\.json$/);
    assert.equal(
      (await server.call('POST', '/api/backups/threefold-20990101T000000000Z.json/restore')).status,
      404,
    );
    const traversal = await server.call(
      'POST',
      `/api/backups/${encodeURIComponent('../threefold.db')}/restore`,
    );
    assert.equal(traversal.status, 400, traversal.text);
  });
});
