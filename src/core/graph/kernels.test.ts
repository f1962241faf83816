import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDataset } from '../../test-support/datasets.js';
import { betweenness } from './betweenness.js';
import { buildCsrGraph, degree, edgeCount } from './csr.js';
import { blau, eiIndex, Tally } from './diversity.js';
import { louvain, modularity } from './louvain.js';
import { hopDistances } from './reach.js';
import { mulberry32 } from './rng.js';
import { structuralHolesOf } from './structural-holes.js';

const graph = (edges: Array<[string, string, number?]>) => {
  const ids = [...new Set(edges.map((e) => e[0]).concat(edges.map((e) => e[1])))].sort();
  return buildCsrGraph(
    ids,
    edges.map(([a, b, w]) => [a, b, w ?? 1] as const),
  );
};

test('building canonicalises: self-loops dropped, parallel edges in either direction merged at the largest weight', () => {
  const g = graph([
    ['a', 'b', 1],
    ['b', 'a', 3],
    ['a', 'a', 5],
    ['b', 'c', 2],
  ]);
  assert.equal(edgeCount(g), 2);
  assert.equal(degree(g, g.index.get('a')!), 1);
  const b = g.index.get('b')!;
  assert.deepEqual([...g.neighbors.subarray(g.offsets[b]!, g.offsets[b + 1]!)], [0, 2]);
  assert.deepEqual([...g.weights.subarray(g.offsets[b]!, g.offsets[b + 1]!)], [3, 2]);
  assert.throws(() => buildCsrGraph(['a'], [['a', 'z', 1]]), /unknown node "z"/);
});

test('hierarchy: zero when constraint is spread evenly (a star, a triangle)', () => {
  const star = graph([
    ['u', 'a'],
    ['u', 'b'],
    ['u', 'c'],
  ]);
  const s = structuralHolesOf(star, star.index.get('u')!);
  assert.ok(Math.abs(s.constraint - 1 / 3) < 1e-12);
  assert.ok(Math.abs(s.hierarchy) < 1e-12);
  const triangle = graph([
    ['u', 'a'],
    ['u', 'b'],
    ['a', 'b'],
  ]);
  const t = structuralHolesOf(triangle, triangle.index.get('u')!);
  assert.ok(Math.abs(t.constraint - 1.125) < 1e-12);
  assert.ok(Math.abs(t.hierarchy) < 1e-12);
});

test('hierarchy: hand-computed for unequal contacts', () => {
  // u has two unconnected contacts of weight 3 and 1: p = .75 and .25, dyadic constraints
  // c = .5625 and .0625, C = .625, mean .3125, ratios 1.8 and .2:
  // H = (1.8 ln 1.8 + .2 ln .2) / (2 ln 2) = 0.5310041...
  const g = graph([
    ['u', 'a', 3],
    ['u', 'b', 1],
  ]);
  const h = structuralHolesOf(g, g.index.get('u')!);
  const expected = (1.8 * Math.log(1.8) + 0.2 * Math.log(0.2)) / (2 * Math.log(2));
  assert.ok(Math.abs(h.hierarchy - expected) < 1e-12, `${h.hierarchy} vs ${expected}`);
  assert.ok(Math.abs(h.hierarchy - 0.5310041) < 1e-6);
  // A single contact: constraint 1, hierarchy defined as 0; an isolate: NaN as in NetworkX.
  const pair = graph([['u', 'a']]);
  assert.equal(structuralHolesOf(pair, 0).hierarchy, 0);
  const isolated = buildCsrGraph(['x'], []);
  assert.ok(Number.isNaN(structuralHolesOf(isolated, 0).constraint));
});

test('sampled betweenness stays within its stated error bound and is reproducible', () => {
  const data = loadDataset('karate-club');
  const g = buildCsrGraph(
    data.nodes.map(String),
    data.edges.map((e) => [String(e[0]), String(e[1]), 1] as const),
  );
  const exact = betweenness(g);
  const sampled = betweenness(g, { exactUpTo: 10, samples: 20, seed: 9 });
  assert.equal(sampled.exact, false);
  assert.equal(sampled.samples, 20);
  assert.ok(sampled.errorBound! > 0 && sampled.errorBound! < 1);
  for (let v = 0; v < g.n; v++)
    assert.ok(Math.abs(sampled.values[v]! - exact.values[v]!) <= sampled.errorBound!);
  assert.deepEqual(betweenness(g, { exactUpTo: 10, samples: 20, seed: 9 }).values, sampled.values);
});

test('Louvain: reproducible by seed, and finds the karate club communities', () => {
  const data = loadDataset('karate-club');
  const g = buildCsrGraph(
    data.nodes.map(String),
    data.edges.map((e) => [String(e[0]), String(e[1]), 1] as const),
  );
  const a = louvain(g, { seed: 42 });
  assert.deepEqual(louvain(g, { seed: 42 }).community, a.community);
  assert.ok(a.modularity > 0.37, `modularity ${a.modularity}`);
  assert.ok(a.count >= 3 && a.count <= 6);
  assert.ok(Math.abs(modularity(g, a.community) - a.modularity) < 1e-12);
  // Two cliques joined by one edge split into two communities.
  const twoCliques = graph([
    ['a1', 'a2'],
    ['a1', 'a3'],
    ['a2', 'a3'],
    ['a3', 'a4'],
    ['a1', 'a4'],
    ['a2', 'a4'],
    ['b1', 'b2'],
    ['b1', 'b3'],
    ['b2', 'b3'],
    ['b3', 'b4'],
    ['b1', 'b4'],
    ['b2', 'b4'],
    ['a1', 'b1'],
  ]);
  const split = louvain(twoCliques, { seed: 1 });
  assert.equal(split.count, 2);
  const of = (id: string) => split.community[twoCliques.index.get(id)!];
  assert.equal(of('a2'), of('a4'));
  assert.notEqual(of('a2'), of('b2'));
});

test('hop distances: two-step reach counts distinct people one or two hops away', () => {
  const g = graph([
    ['u', 'a'],
    ['u', 'b'],
    ['a', 'c'],
    ['b', 'c'],
    ['c', 'd'],
    ['a', 'b'],
  ]);
  const distances = (id: string) =>
    Object.fromEntries([...hopDistances(g, g.index.get(id)!)].map((d, v) => [g.ids[v], d]));
  const withinTwo = (id: string) => Object.values(distances(id)).filter((d) => d === 1 || d === 2).length;
  assert.deepEqual(distances('u'), { u: 0, a: 1, b: 1, c: 2, d: 3 });
  assert.equal(withinTwo('u'), 3); // a, b, c (d is three hops away)
  assert.equal(withinTwo('d'), 3); // c, a, b
});

test('E-I index and Blau heterogeneity', () => {
  assert.equal(eiIndex(8, 2), -0.6);
  assert.equal(eiIndex(0, 0), 0);
  assert.equal(eiIndex(0, 5), 1);
  assert.equal(blau([]), 0);
  assert.equal(blau(['a', 'a', 'a']), 0);
  assert.ok(Math.abs(blau(['a', 'b', 'c', 'd']) - 0.75) < 1e-12);
});

test('a tally gives Blau heterogeneity over any values, summed in the order they first came', () => {
  // Two people without an organisation are two categories, each counted by the person.
  const ada = { id: 'p:ada' };
  const bo = { id: 'p:bo' };
  const tally = new Tally<unknown>();
  for (const category of ['o:1', ada, 'o:1', bo, ada]) tally.add(category);
  assert.equal(tally.total, 5);
  assert.equal(tally.blau(), 1 - ((2 / 5) ** 2 + (2 / 5) ** 2 + (1 / 5) ** 2));
  assert.equal(new Tally<string>().blau(), 0);
  const words = ['x', 'y', 'x', 'z', 'y', 'x', 'w'];
  const same = new Tally<string>();
  for (const w of words) same.add(w);
  assert.equal(same.blau(), blau(words));
});

test('mulberry32 is deterministic and in [0, 1)', () => {
  const r = mulberry32(5);
  const values = Array.from({ length: 1000 }, r);
  assert.deepEqual(Array.from({ length: 1000 }, mulberry32(5)), values);
  assert.ok(values.every((v) => v >= 0 && v < 1));
});
