// #16: the first view of the map after a change does not wait for the whole network's layout.
// The ego view answers at once, placed provisionally (everyone where the last layout put them,
// newcomers laid out beside the people they know); the whole layout runs on a worker thread and
// the whole map, then every view, has its places. Measures and clusters never differ between views.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFixtureServer, type TestServer } from './test-harness.js';

interface Node {
  id: string;
  x: number;
  y: number;
  measures: Record<string, number>;
}
interface MapReply {
  nodes: Node[];
  edges: [number, number, number][];
  clusters: string[];
  layout?: string;
}

const unplaced = ({ x: _x, y: _y, ...rest }: Node) => rest;

describe('the map while its whole layout is under way', () => {
  let server: TestServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  const get = async (query: string): Promise<MapReply> => {
    const r = await server.call('GET', `/api/network?asOf=2026-06-01${query}`);
    assert.equal(r.status, 200, r.text);
    return r.json as MapReply;
  };

  test('a cold ego view answers before the whole layout, with the same measures and clusters', async () => {
    const first = await get('&view=ego');
    assert.equal(
      first.layout,
      'provisional',
      'the first view of a data version does not wait for the layout',
    );
    assert.ok(first.nodes.length > 1);
    assert.deepEqual(first.nodes[0]!.id, 'owner');
    assert.deepEqual([first.nodes[0]!.x, first.nodes[0]!.y], [0, 0], 'you at the centre');
    for (const n of first.nodes) assert.ok(Number.isFinite(n.x) && Number.isFinite(n.y), `${n.id} is placed`);
    const places = new Set(first.nodes.map((n) => `${n.x},${n.y}`));
    assert.equal(places.size, first.nodes.length, 'no two people on one spot');

    const whole = await get('');
    assert.equal(whole.layout, undefined, 'the whole map always waits for its layout');
    assert.deepEqual(first.clusters, whole.clusters);
    const wholeById = new Map(whole.nodes.map((n) => [n.id, n]));
    for (const n of first.nodes) assert.deepEqual(unplaced(n), unplaced(wholeById.get(n.id)!), n.id);

    const next = await get('&view=ego');
    assert.equal(next.layout, 'whole', 'once the whole layout is done, the ego view has its places');
    for (const n of next.nodes) assert.deepEqual(n, wholeById.get(n.id), n.id);

    // A path asked for on the map drawn provisionally joins that picture: no one on it moves.
    const path = await get('&view=ego&through=p:3');
    assert.equal(path.layout, 'provisional');
    assert.ok(path.nodes.some((n) => n.id === 'p:3'));
    const drawn = new Map(first.nodes.map((n) => [n.id, n]));
    for (const n of path.nodes) {
      const was = drawn.get(n.id);
      if (was) assert.deepEqual([n.x, n.y], [was.x, was.y], `${n.id} stays where the first view drew them`);
    }
  });

  test('after a change everyone keeps their place and a newcomer is laid out beside you', async () => {
    const before = await get('');
    const wholeById = new Map(before.nodes.map((n) => [n.id, n]));
    assert.equal(
      (await server.call('POST', '/api/people', { body: { id: 'p:new', name: 'Nia New' } })).status,
      201,
    );
    const related = await server.call('POST', '/api/relationships', {
      body: { person: 'p:new', forms: ['personal'], strength: 4 },
    });
    assert.equal(related.status, 201, related.text);

    const ego = await get('&view=ego');
    assert.equal(ego.layout, 'provisional');
    const newcomer = ego.nodes.find((n) => n.id === 'p:new');
    assert.ok(newcomer, 'the newcomer is on the view');
    for (const n of ego.nodes) {
      const was = wholeById.get(n.id);
      if (was) assert.deepEqual([n.x, n.y], [was.x, was.y], `${n.id} keeps their place`);
    }
    const xs = before.nodes.map((n) => n.x);
    const ys = before.nodes.map((n) => n.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    assert.ok(
      Math.hypot(newcomer.x, newcomer.y) > 0 && Math.hypot(newcomer.x, newcomer.y) < span * 2,
      `the newcomer is placed among the others (${newcomer.x}, ${newcomer.y}; the map spans ${span})`,
    );

    const whole = await get('');
    assert.ok(whole.nodes.some((n) => n.id === 'p:new'));
    assert.deepEqual(ego.clusters, whole.clusters);
    const now = new Map(whole.nodes.map((n) => [n.id, n]));
    for (const n of ego.nodes) assert.deepEqual(unplaced(n), unplaced(now.get(n.id)!), n.id);
    const settled = await get('&view=ego');
    assert.equal(settled.layout, 'whole');
    for (const n of settled.nodes) assert.deepEqual(n, now.get(n.id), n.id);
  });
});
