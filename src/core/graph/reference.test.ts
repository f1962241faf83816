import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DATASETS, loadDataset } from '../../test-support/datasets.js';
import { betweenness } from './betweenness.js';
import { buildCsrGraph, degree } from './csr.js';
import { structuralHoles } from './structural-holes.js';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= 1e-6, `${what}: ${actual} vs NetworkX ${expected}`);

for (const name of DATASETS) {
  describe(`${name} matches NetworkX to 1e-6`, () => {
    const data = loadDataset(name);
    const g = buildCsrGraph(
      data.nodes.map(String),
      data.edges.map((e) => [String(e[0]), String(e[1]), typeof e[2] === 'number' ? e[2] : 1] as const),
    );
    const holes = structuralHoles(g);
    const between = betweenness(g);
    for (const [i, id] of g.ids.entries()) {
      test(id, () => {
        assert.equal(degree(g, i), data.degree[id]);
        close(holes.constraint[i]!, data.constraint[id]!, 'constraint');
        close(holes.effectiveSize[i]!, data.effective_size[id]!, 'effective size');
        close(holes.efficiency[i]!, data.efficiency[id]!, 'efficiency');
        close(between.values[i]!, data.betweenness_normalized[id]!, 'betweenness');
      });
    }
    test('betweenness is exact at this size', () => assert.equal(between.exact, true));
  });
}
