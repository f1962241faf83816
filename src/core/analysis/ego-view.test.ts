import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CompactMap, egoView } from './ego-view.js';

interface N {
  id: string;
  cluster: number;
}
const node = (id: string, cluster = 0): N => ({ id, cluster });

// You know a (5), b (2), c (4); a–b and b–c know each other; d and e know only your contacts;
// f is three steps out (through e); g is on its own.
const map: CompactMap<N> = {
  nodes: [
    node('a', 1),
    node('owner', 0),
    node('b', 2),
    node('c', 1),
    node('d'),
    node('e'),
    node('f'),
    node('g'),
  ],
  edges: [
    [1, 0, 5],
    [1, 2, 2],
    [3, 1, 4],
    [0, 2, 3],
    [2, 3, 1],
    [0, 4, 5],
    [2, 5, 1],
    [5, 6, 5],
    // a relationship and a tie between the same people: the stronger one ranks
    [1, 2, 1],
  ],
};

const ids = (v: { nodes: N[] }) => v.nodes.map((n) => n.id);
/** Each kept tie as "x–y:w", by id, to compare with the whole map's. */
const ties = (v: { nodes: N[]; edges: [number, number, number][] }) =>
  v.edges.map(([s, t, w]) => `${v.nodes[s]!.id}–${v.nodes[t]!.id}:${w}`).sort();

describe('egoView', () => {
  it('one step: you first, then your contacts by your tie, strongest first, and the ties among you', () => {
    const v = egoView(map, { owner: 'owner', steps: 1, limit: 100 });
    assert.deepEqual(ids(v), ['owner', 'a', 'c', 'b']);
    assert.deepEqual(ties(v), ['a–b:3', 'b–c:1', 'c–owner:4', 'owner–a:5', 'owner–b:1', 'owner–b:2']);
    assert.deepEqual(v.contacts, { total: 3, shown: 3 });
    assert.deepEqual(v.secondStep, { total: 0, shown: 0 });
  });

  it('keeps each person as the whole map has them (the same cluster on both views)', () => {
    const v = egoView(map, { owner: 'owner', steps: 2, limit: 100 });
    for (const n of v.nodes)
      assert.equal(
        n,
        map.nodes.find((m) => m.id === n.id),
        `${n.id} is the same record`,
      );
  });

  it('a limit keeps your strongest contacts and says how many there are', () => {
    const v = egoView(map, { owner: 'owner', steps: 1, limit: 2 });
    assert.deepEqual(ids(v), ['owner', 'a', 'c']);
    assert.deepEqual(v.contacts, { total: 3, shown: 2 });
    assert.deepEqual(ties(v), ['c–owner:4', 'owner–a:5']);
  });

  it('two steps add the people your contacts know, most strongly tied first, within the limit', () => {
    const all = egoView(map, { owner: 'owner', steps: 2, limit: 100 });
    assert.deepEqual(ids(all), ['owner', 'a', 'c', 'b', 'd', 'e']);
    assert.deepEqual(all.secondStep, { total: 2, shown: 2 });
    assert.ok(!ids(all).includes('f'), 'three steps out is not shown');
    const capped = egoView(map, { owner: 'owner', steps: 2, limit: 4 });
    assert.deepEqual(ids(capped), ['owner', 'a', 'c', 'b', 'd']);
    assert.deepEqual(capped.secondStep, { total: 2, shown: 1 });
  });

  it('people asked for (a path to someone far) are added with their ties, beyond the limit', () => {
    const v = egoView(map, { owner: 'owner', steps: 1, limit: 1, include: ['e', 'f', 'a', 'nobody'] });
    assert.deepEqual(ids(v), ['owner', 'a', 'e', 'f']);
    assert.deepEqual(ties(v), ['e–f:5', 'owner–a:5']);
    assert.deepEqual(v.contacts, { total: 3, shown: 1 });
    assert.deepEqual(v.secondStep, { total: 0, shown: 0 });
  });

  it('no owner on the map: an empty view', () => {
    const v = egoView({ nodes: [node('a')], edges: [] }, { owner: 'owner', steps: 1, limit: 10 });
    assert.deepEqual(v, {
      nodes: [],
      edges: [],
      contacts: { total: 0, shown: 0 },
      secondStep: { total: 0, shown: 0 },
    });
  });

  it('on a random network: exactly the people one edge from you, and every tie among them', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const n = 400;
    const nodes = Array.from({ length: n }, (_, i) => node(i === 0 ? 'owner' : `p${i}`));
    const edges: [number, number, number][] = [];
    for (let k = 0; k < 2000; k++)
      edges.push([Math.floor(rand() * n), Math.floor(rand() * n), 1 + Math.floor(rand() * 5)]);
    const v = egoView({ nodes, edges }, { owner: 'owner', steps: 1, limit: n });
    const near = new Set(['owner']);
    for (const [s, t] of edges) {
      if (s === t) continue;
      if (s === 0) near.add(nodes[t]!.id);
      if (t === 0) near.add(nodes[s]!.id);
    }
    assert.deepEqual(new Set(ids(v)), near);
    const expected = edges
      .filter(([s, t]) => s !== t && near.has(nodes[s]!.id) && near.has(nodes[t]!.id))
      .map(([s, t, w]) => `${nodes[s]!.id}–${nodes[t]!.id}:${w}`)
      .sort();
    assert.deepEqual(ties(v), expected);
  });
});
