// GET /api/review answers what each snapshot recorded (not today's network measured at its date)
// and compares the last two snapshots, through a real server over a real SQLite file.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFixtureServer, type TestServer } from './test-harness.js';

describe('review snapshots with their summaries', () => {
  let server: TestServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  test('fewer than two snapshots: no previousComparison', async () => {
    const none = await server.call('GET', '/api/review?asOf=2026-07-01');
    assert.equal(none.status, 200, none.text);
    assert.deepEqual(none.json.snapshots, []);
    assert.equal(none.json.previousComparison, null);
    assert.deepEqual(none.json.currentSummary.ties, { count: 2, meanStrength: 3 });

    assert.equal((await server.call('POST', '/api/review?asOf=2026-07-01')).status, 201);
    const one = await server.call('GET', '/api/review?asOf=2026-07-01');
    assert.equal(one.json.snapshots.length, 1);
    assert.equal(one.json.previousComparison, null);
    assert.notEqual(one.json.comparison, null);
  });

  test('a relationship added between two snapshots shows in their summaries and previousComparison', async () => {
    const added = await server.call('POST', '/api/relationships', {
      body: { person: 'p:3', forms: ['personal'], strength: 5, trust: 5, support: 0 },
    });
    assert.equal(added.status, 201, added.text);
    assert.equal((await server.call('POST', '/api/review?asOf=2026-07-15')).status, 201);
    // After the second snapshot the relationship goes again: the snapshots must not notice.
    const removed = await server.call('DELETE', '/api/relationships/p:3');
    assert.equal(removed.status, 204, removed.text);

    const r = await server.call('GET', '/api/review?asOf=2026-07-20');
    assert.equal(r.status, 200, r.text);
    const [first, second] = r.json.snapshots;
    assert.equal(r.json.snapshots.length, 2);
    assert.deepEqual([first.asOf, second.asOf], ['2026-07-01', '2026-07-15']);
    assert.deepEqual([first.takenAt, second.takenAt], ['2026-07-01', '2026-07-15']);
    assert.equal(typeof first.id, 'string');

    const [a, b] = [first.summary, second.summary];
    assert.deepEqual(a.ties, { count: 2, meanStrength: 3 });
    assert.deepEqual(b.ties, { count: 3, meanStrength: 3.667 });
    assert.equal(b.trustedWithoutSupport, a.trustedWithoutSupport + 1);
    assert.deepEqual([a.newTies, b.newTies], [null, 1]);
    assert.equal(typeof a.dormantTies, 'number');
    assert.equal(typeof b.dormantTies, 'number');
    assert.deepEqual(b.reciprocity, a.reciprocity);
    assert.deepEqual(b.commitments, a.commitments);
    assert.deepEqual(a.commitments.total, 1);
    assert.equal(b.forms.personal.relationships, a.forms.personal.relationships + 1);
    assert.equal(b.forms.operational.relationships, a.forms.operational.relationships);
    assert.equal(b.forms.strategic.relationships, a.forms.strategic.relationships);
    for (const f of ['operational', 'personal', 'strategic'])
      assert.equal(b.forms[f].minutesRecent, a.forms[f].minutesRecent, `${f}: no new interactions`);

    const p = r.json.previousComparison;
    assert.deepEqual([p.from, p.to], ['2026-07-01', '2026-07-15']);
    assert.deepEqual(p.newTies, ['p:3']);
    assert.deepEqual([p.lostTies, p.decayedTies, p.strengthenedTies], [[], [], []]);
    assert.deepEqual(p.reciprocity, { gave: 0, received: 0 });
    assert.deepEqual(
      Object.fromEntries(
        Object.entries(p.forms).map(([f, d]) => [f, (d as { relationships: number }).relationships]),
      ),
      { operational: 0, personal: 1, strategic: 0 },
    );
    // The comparison's form deltas are the summaries' differences.
    for (const f of ['operational', 'personal', 'strategic'])
      for (const k of ['depth', 'breadth', 'leverage'])
        assert.ok(Math.abs(p.forms[f][k] - (b.forms[f][k] - a.forms[f][k])) < 0.002, `${f}.${k}`);

    // "Now" has lost the relationship again; the last snapshot still has it.
    assert.deepEqual(r.json.currentSummary.ties, { count: 2, meanStrength: 3 });
    assert.deepEqual(r.json.comparison.lostTies, ['p:3']);
    assert.deepEqual([r.json.comparison.from, r.json.comparison.to], ['2026-07-15', '2026-07-20']);
  });

  test('the OpenAPI document describes the summary', async () => {
    const doc = (await server.call('GET', '/api/openapi.json')).json;
    const schema = doc.paths['/api/review'].get.responses['200'].content['application/json'].schema;
    assert.ok(schema.properties.previousComparison);
    const item = schema.properties.snapshots.items;
    assert.deepEqual([...item.required].sort(), ['asOf', 'id', 'summary', 'takenAt']);
    assert.ok(item.properties.summary.properties.trustedWithoutSupport);
  });
});
