import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DATASETS, loadDataset } from '../../test-support/datasets.js';
import { generateOrganisation } from '../organisation/generate.js';
import { prepareOrganisation } from '../organisation/prepare.js';
import { betweenness } from './betweenness.js';
import { buildCsrGraph } from './csr.js';
import {
  dependencySums,
  estimateFromSums,
  planSampling,
  sampledBetweenness,
  sourcesWanted,
} from './sampled-betweenness.js';

describe('sampled betweenness with linear scaling', () => {
  for (const name of DATASETS) {
    it(`${name}: traced from every source, it is NetworkX's betweenness, with no spread left`, () => {
      const data = loadDataset(name);
      const g = buildCsrGraph(
        data.nodes.map(String),
        data.edges.map((e) => [String(e[0]), String(e[1]), 1] as const),
      );
      // Sampling forced (exactUpTo 0) but every node drawn: the scaled sums must add up exactly.
      const plan = planSampling(g, { exactUpTo: 0, maxSources: g.n, pilot: g.n });
      const all = estimateFromSums(plan, dependencySums(g, plan.order));
      assert.equal(all.samples, g.n);
      for (const [i, id] of g.ids.entries()) {
        const expected = data.betweenness_normalized[id]!;
        assert.ok(Math.abs(all.values[i]! - expected) <= 1e-9, `${id}: ${all.values[i]} vs ${expected}`);
        assert.ok(all.halfWidth![i]! <= 1e-12, `${id}: nothing left to sample`);
      }
    });
  }

  it('karate club: a sample of 20 stays within Hoeffding’s bound of the reference, reproducibly', () => {
    const data = loadDataset('karate-club');
    const g = buildCsrGraph(
      data.nodes.map(String),
      data.edges.map((e) => [String(e[0]), String(e[1]), 1] as const),
    );
    const sampled = sampledBetweenness(g, { exactUpTo: 0, maxSources: 20, pilot: 20, seed: 9 });
    assert.equal(sampled.samples, 20);
    for (const [i, id] of g.ids.entries())
      assert.ok(Math.abs(sampled.values[i]! - data.betweenness_normalized[id]!) <= sampled.errorBound!);
    const again = sampledBetweenness(g, { exactUpTo: 0, maxSources: 20, pilot: 20, seed: 9 });
    assert.deepEqual(again.values, sampled.values);
  });

  describe('on a generated company of 2,000 with planted brokers', () => {
    const { data, planted } = generateOrganisation({
      units: 20,
      perUnit: 100,
      asOf: '2026-11-30',
      silos: 2,
      brokers: 6,
      insideTies: 16,
      outsideTies: 4,
    });
    const g = prepareOrganisation(data, { asOf: '2026-11-30' }).graph;
    const exact = betweenness(g, { exactUpTo: g.n });
    const sampled = sampledBetweenness(g, { exactUpTo: 0, seed: 3, maxSources: 400 });
    const precision = sampled.precision!;

    it('samples more than the pilot when the pilot is too spread, and no more than allowed', () => {
      assert.ok(sampled.samples > 64 && sampled.samples <= 400, `${sampled.samples} sources`);
      const plan = planSampling(g, { exactUpTo: 0, seed: 3, maxSources: 400 });
      const pilot = estimateFromSums(plan, dependencySums(g, plan.order.subarray(0, plan.pilot)));
      assert.ok(pilot.precision!.relativeHalfWidth! > precision.relativeHalfWidth!);
      assert.equal(sourcesWanted(plan, pilot), sampled.samples);
    });

    // The intervals are a normal approximation for 95 %; per-source values are skewed (a source
    // in one's own unit counts far more than others), so they cover somewhat less: 79-81 % at
    // 100 sources and 89-90 % at 400 on this company, over four seeds. The test holds them to 85 %.
    it('agrees with exact Brandes within its stated intervals for most people, the top 5 % included', () => {
      const covered = (who: (v: number) => boolean) => {
        let inside = 0;
        let all = 0;
        for (let v = 0; v < g.n; v++) {
          if (!who(v)) continue;
          all++;
          if (Math.abs(sampled.values[v]! - exact.values[v]!) <= sampled.halfWidth![v]!) inside++;
        }
        return inside / all;
      };
      assert.ok(covered(() => true) >= 0.85, `${covered(() => true)} of everyone`);
      const top = covered((v) => sampled.values[v]! >= precision.line);
      assert.ok(top >= 0.85, `${top} of the estimated top 5 %`);
    });

    it('places every planted broker above the top-5 % line, beyond doubt', () => {
      for (const id of planted.brokers) {
        const v = g.index.get(id)!;
        assert.ok(sampled.values[v]! - sampled.halfWidth![v]! > precision.line, id);
      }
      assert.ok(precision.unsettled > 0 && precision.unsettled < g.n * 0.2, `${precision.unsettled}`);
    });
  });
});
