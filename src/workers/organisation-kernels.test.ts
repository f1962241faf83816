import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type DependencySums,
  dependencySums,
  sampledBetweenness,
} from '../core/graph/sampled-betweenness.js';
import { generateOrganisation } from '../core/organisation/generate.js';
import { organisationKernels } from '../core/organisation/kernels.js';
import { prepareOrganisation } from '../core/organisation/prepare.js';
import {
  organisationKernelsOnThreads,
  sampledBetweennessOnThreads,
  type TraceJob,
} from './organisation-kernels.js';
import { runWorker } from './start.js';

const { data } = generateOrganisation({ units: 15, perUnit: 100, asOf: '2026-11-30', silos: 1, brokers: 4 });
const g = prepareOrganisation(data, { asOf: '2026-11-30' }).graph;
const options = { betweennessSamples: 300, seed: 5, exactUpTo: 0 };

test('the worker traces the sources it is given (no fallback hides a failing worker)', async () => {
  const sources = Uint32Array.of(3, 140, 999);
  const job: TraceJob = { n: g.n, offsets: g.offsets, neighbors: g.neighbors, sources };
  const there = await runWorker<DependencySums>('organisation-betweenness-worker', job);
  assert.ok(there, 'the worker answered');
  const here = dependencySums(g, sources);
  assert.equal(there.sources, 3);
  assert.deepEqual(there.sum, here.sum);
  assert.deepEqual(there.squares, here.squares);
});

test('sampled betweenness with its sources shared with a worker is the estimate made on one thread', async () => {
  const one = sampledBetweenness(g, { maxSources: 300, seed: 5, exactUpTo: 0 });
  const two = await sampledBetweennessOnThreads(g, options);
  assert.equal(two.samples, one.samples);
  assert.ok(one.samples > 64, `${one.samples} sources: the second round ran`);
  // The same sums added in another order: equal up to rounding.
  for (let v = 0; v < g.n; v++) {
    assert.ok(Math.abs(two.values[v]! - one.values[v]!) <= 1e-12 * Math.max(1, one.values[v]!), `${v}`);
    assert.ok(Math.abs(two.halfWidth![v]! - one.halfWidth![v]!) <= 1e-9 * Math.max(1e-9, one.halfWidth![v]!));
  }
  assert.equal(two.precision!.unsettled, one.precision!.unsettled);
});

test('all the organisation kernels on threads are the kernels computed in line', async () => {
  const inline = organisationKernels(g, options);
  const threads = await organisationKernelsOnThreads(g, options);
  assert.deepEqual(threads.constraint, inline.constraint);
  assert.deepEqual(threads.communities.community, inline.communities.community);
  assert.equal(threads.betweenness.samples, inline.betweenness.samples);
});
