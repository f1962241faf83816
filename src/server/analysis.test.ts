import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './test-harness.js';

describe('analysis routes on the sample network, through a real server', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    const loaded = await server.call('POST', '/api/sample', { body: {} });
    assert.ok(loaded.status < 300, loaded.text);
  });
  after(() => server.close());

  test('GET /api/assess returns the measures and findings contract', async () => {
    const r = await server.call('GET', '/api/assess?asOf=2026-11-22');
    assert.equal(r.status, 200, r.text);
    for (const key of ['constraint', 'effectiveSize', 'efficiency', 'hierarchy', 'betweenness', 'degree']) {
      assert.equal(typeof r.json.metrics.owner[key], 'number', key);
    }
    assert.ok(r.json.findings.some((f: { code: string }) => f.code === 'operational.blind-spot'));
    assert.ok(r.json.people.length > 100);
  });

  test('GET /api/suggest ranks actions with a reason each', async () => {
    const r = await server.call('GET', '/api/suggest?asOf=2026-11-22&limit=5');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.actions.length, 5);
    assert.ok(
      r.json.actions.every((a: { reason: string; score: number }) => a.reason.length > 0 && a.score > 0),
    );
  });

  test('GET /api/path finds chains, and 404 for an unreachable person', async () => {
    const r = await server.call('GET', '/api/path?to=p:lea-fontaine&k=2');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.paths.length, 2);
    assert.equal(r.json.paths[0].people.at(-1), 'p:lea-fontaine');
    const missing = await server.call('GET', '/api/path?to=p:nobody');
    assert.equal(missing.status, 404);
    assert.match(missing.json.error.message, /no person "p:nobody"/);
  });

  test('GET /api/plan stays within its budget', async () => {
    const r = await server.call('GET', '/api/plan?week=2026-11-22&budget=90');
    assert.equal(r.status, 200, r.text);
    assert.ok(r.json.minutes <= 90);
  });

  test('GET /api/plan leaves out actions already done or dismissed, and fills the room with others', async () => {
    const first = await server.call('GET', '/api/plan?week=2026-11-22&budget=120');
    const key: string = first.json.actions[0].key;
    const done = await server.call('POST', `/api/actions/${encodeURIComponent(key)}`, {
      body: { state: 'done' },
    });
    assert.equal(done.status, 200, done.text);
    const again = await server.call('GET', '/api/plan?week=2026-11-22&budget=120');
    const keys = again.json.actions.map((a: { key: string }) => a.key);
    assert.ok(!keys.includes(key), `${key} should be gone from ${keys.join(', ')}`);
    assert.ok(keys.length > 0);
  });
});
