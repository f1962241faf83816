import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MapNode, NetworkMap } from '../../api/types';
import { buildGraph, OWNER } from './map-graph';
import { attachTieLayer } from './map-ties';
import { tieIndex } from './tie-index';

const node = (id: string): MapNode =>
  ({ id, name: id, x: 0, y: 0, internal: true, measures: {} }) as unknown as MapNode;

// You know a and b; a–c, c–d and b–d are others' ties; a–c is given twice (the later strength wins).
const network = {
  nodes: [OWNER, 'a', 'b', 'c', 'd'].map(node),
  edges: [
    [0, 1, 3],
    [0, 2, 2],
    [1, 3, 1],
    [3, 4, 5],
    [2, 4, 2],
    [1, 3, 4],
  ],
  clusters: [],
} as unknown as NetworkMap;

const pairs = (g: ReturnType<typeof buildGraph>) =>
  g
    .mapEdges((_k, _a, s, t) => [s, t].sort().join('–'))
    .sort()
    .join(' ');

test('the tie index lists each person’s ties and the strength of a pair', () => {
  const ties = tieIndex(network);
  assert.deepEqual(
    ties.tiesOf('c').map(([o]) => o),
    ['a', 'd', 'a'],
  );
  assert.equal(ties.strength('a', 'c'), 4, 'the later of a pair given twice');
  assert.equal(ties.strength('c', 'd'), 5);
  assert.equal(ties.strength('a', 'b'), undefined);
  assert.deepEqual(ties.tiesOf('nobody'), []);
});

test('a sparse map holds your ties and adds those asked for while they are wanted', () => {
  const graph = buildGraph(network, 'form', 'yours');
  assert.equal(pairs(graph), 'a–owner b–owner');
  const hidden = new Set<string>();
  const layer = attachTieLayer(
    graph,
    tieIndex(network),
    (s, t, strength) => strength >= 2 && !hidden.has(s) && !hidden.has(t),
  );
  const keys = layer.show('selected', layer.tiesOf('c'));
  assert.equal(pairs(graph), 'a–c a–owner b–owner c–d');
  assert.equal(keys.length, 2);
  assert.equal(graph.getEdgeAttribute(graph.edge('a', 'c')!, 'strength'), 4);
  // The path a–c–d shares both ties with the selection: dropping the selection keeps them.
  layer.show('path', [
    [OWNER, 'a'],
    ['a', 'c'],
    ['c', 'd'],
  ]);
  layer.show('selected', []);
  assert.equal(pairs(graph), 'a–c a–owner b–owner c–d');
  layer.show('path', []);
  assert.equal(pairs(graph), 'a–owner b–owner', 'your own ties stay');
  // A hidden person's ties are not drawn.
  hidden.add('d');
  layer.show('hovered', layer.tiesOf('c'));
  assert.equal(pairs(graph), 'a–c a–owner b–owner');
});
