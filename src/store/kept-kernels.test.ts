import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterNames } from '../core/analysis/cluster-names.js';
import { betweennessOptions, kernelsBesideBetweenness, measure } from '../core/analysis/measures.js';
import { buildNetworkView, type NetworkView } from '../core/analysis/view.js';
import { DEFAULT_CONFIG } from '../core/findings/config.js';
import { betweenness, louvain, structuralHoles, structuralHolesOf } from '../core/graph/index.js';
import { generateNetwork } from '../core/sample/index.js';
import { validateDocument } from '../document/validate.js';
import { readAnalysisInput } from './analysis-read.js';
import { importDocument } from './document.js';
import { keepBetweenness, keptBetweenness } from './kept-kernels.js';
import { revision } from './open.js';
import { createRecord } from './records.js';
import { withStore } from './test-support/with-store.js';

const doc = () => validateDocument(JSON.parse(JSON.stringify(generateNetwork({ people: 1500, seed: 5 }))));
const refuse = () => {
  throw new Error('computed again, not read back');
};

describe('kernels kept between runs', () => {
  test('clusters and structural holes come back for the same graph, and are computed again for another', () => {
    withStore((store) => {
      importDocument(store, doc(), { mode: 'new' });
      const first = readAnalysisInput(store);
      const view = buildNetworkView(first.network, '2026-11-15', {}, first.compiled);
      const kept = kernelsBesideBetweenness(view);
      // What the first run keeps is what computing them gives.
      assert.deepEqual(kept.communities, louvain(view.graph, { seed: DEFAULT_CONFIG.seed }));
      assert.deepEqual(kept.holes, structuralHoles(view.graph));

      const again = readAnalysisInput(store);
      const same = buildNetworkView(again.network, '2026-11-15', {}, again.compiled);
      const memo = again.compiled.kept!;
      const communities = memo.communities(same.graph, DEFAULT_CONFIG.seed, refuse);
      assert.deepEqual([...communities.community], [...kept.communities.community]);
      assert.equal(communities.count, kept.communities.count);
      assert.equal(communities.modularity, kept.communities.modularity);
      const holes = memo.holes(same.graph, refuse);
      assert.deepEqual([...holes.constraint], [...kept.holes.constraint]);
      assert.deepEqual([...holes.hierarchy], [...kept.holes.hierarchy]);

      // Another seed, or another day (the owner's edges weigh what recent contact gives them),
      // is another graph: computed again.
      assert.throws(() => memo.communities(same.graph, DEFAULT_CONFIG.seed + 1, refuse), /computed again/);
      const later = buildNetworkView(again.network, '2027-06-01', {}, again.compiled);
      assert.notDeepEqual(later.graph.weights, same.graph.weights);
      assert.throws(() => memo.communities(later.graph, DEFAULT_CONFIG.seed, refuse), /computed again/);
      assert.throws(() => memo.holes(later.graph, refuse), /computed again/);
    });
  });

  test('kept clusters do not outlive a write', () => {
    withStore((store) => {
      importDocument(store, doc(), { mode: 'new' });
      const first = readAnalysisInput(store);
      kernelsBesideBetweenness(buildNetworkView(first.network, '2026-11-15', {}, first.compiled));
      createRecord(store, 'goals', { id: 'g:new', title: 'Grow' });
      const next = readAnalysisInput(store);
      const view = buildNetworkView(next.network, '2026-11-15', {}, next.compiled);
      assert.throws(
        () => next.compiled.kept!.communities(view.graph, DEFAULT_CONFIG.seed, refuse),
        /computed again/,
      );
    });
  });

  test("the owner's structural holes come back for the same graph, and are computed again for another", () => {
    withStore((store) => {
      importDocument(store, doc(), { mode: 'new' });
      const first = readAnalysisInput(store);
      const view = buildNetworkView(first.network, '2026-11-15', {}, first.compiled);
      const owner = structuralHolesOf(view.graph, 0);
      // Kept by the coach's measures, which compute the owner's alone.
      const measured = measure(view, { betweenness: false, holes: 'owner' }).owner;
      assert.equal(measured.constraint, owner.constraint);

      const again = readAnalysisInput(store);
      const memo = again.compiled.kept;
      const same = buildNetworkView(again.network, '2026-11-15', {}, again.compiled);
      assert.deepEqual(memo.ownerHoles(same.graph, refuse), owner);
      const later = buildNetworkView(again.network, '2027-06-01', {}, again.compiled);
      assert.throws(() => memo.ownerHoles(later.graph, refuse), /computed again/);
    });
  });

  test('cluster names come back for the same clusters, and are named again for others', () => {
    withStore((store) => {
      importDocument(store, doc(), { mode: 'new' });
      const first = readAnalysisInput(store);
      const view = buildNetworkView(first.network, '2026-11-15', {}, first.compiled);
      const communities = louvain(view.graph, { seed: DEFAULT_CONFIG.seed });
      const names = clusterNames(first.network, communities.community, communities.count);
      assert.ok(names.length > 1);
      // Kept by the first run, as the measures name them.
      assert.deepEqual(measure(view, { betweenness: false }).clusters.names, names);

      const memo = readAnalysisInput(store).compiled.kept;
      assert.deepEqual(memo.clusterNames(communities, refuse), names);
      // One person in another cluster is other clusters: named again.
      const moved = { ...communities, community: communities.community.slice() };
      moved.community[1] = (moved.community[1]! + 1) % communities.count;
      assert.throws(() => memo.clusterNames(moved, refuse), /computed again/);
      // A write is another revision: named again.
      createRecord(store, 'goals', { id: 'g:new', title: 'Grow' });
      assert.throws(
        () => readAnalysisInput(store).compiled.kept.clusterNames(communities, refuse),
        /computed again/,
      );
    });
  });

  test('interactions grouped by person come back for the revision while every interaction is past', () => {
    withStore((store) => {
      importDocument(store, doc(), { mode: 'new' });
      // Each person's interactions in map order, as the rules and the contacts read them.
      const grouped = (view: NetworkView) => ({
        lists: [...view.interactionsOf].map(([id, list]) => [id, list.map((i) => i.id)]),
        contacts: view.contacts.map((c) => [c.id, c.lastContact, c.interactionsLastYear, c.strength]),
        hasInteractions: view.hasInteractions,
      });
      const fromRecords = (asOf: string) => {
        const { network } = readAnalysisInput(store);
        return grouped(buildNetworkView(network, asOf));
      };
      const later = '2030-01-01';
      const first = readAnalysisInput(store);
      const firstView = buildNetworkView(first.network, later, {}, first.compiled);
      assert.deepEqual(grouped(firstView), fromRecords(later));

      // Read back, not grouped again, and the same as grouping the records.
      const again = readAnalysisInput(store);
      const memo = again.compiled.kept;
      const shape = {
        interactions: again.compiled.interactions!.length,
        slots: first.network.people.length + 1,
      };
      const back = memo.interactionGroups(shape, refuse);
      assert.ok(back.byPerson.length > 0);
      assert.equal(back.order.length, firstView.interactionsOf.size);
      assert.deepEqual(
        grouped(buildNetworkView(again.network, later, {}, again.compiled)),
        fromRecords(later),
      );
      assert.throws(
        () => memo.interactionGroups({ ...shape, slots: shape.slots + 1 }, refuse),
        /computed again/,
      );

      // A day before some interactions: those are left out, so nothing kept is read.
      const dates = [...again.compiled.interactions!.dates].sort();
      const middle = dates[dates.length >> 1]!;
      assert.notDeepEqual(fromRecords(middle), fromRecords(later));
      assert.deepEqual(
        grouped(buildNetworkView(again.network, middle, {}, again.compiled)),
        fromRecords(middle),
      );

      // An interaction added is a new revision: grouped again.
      createRecord(store, 'interactions', {
        id: 'i:new',
        date: '2026-11-20',
        kind: 'meeting',
        people: [first.network.people[0]!.id],
      });
      const next = readAnalysisInput(store);
      assert.throws(
        () =>
          next.compiled.kept.interactionGroups(
            { interactions: next.network.interactions!.length, slots: shape.slots },
            refuse,
          ),
        /computed again/,
      );
      assert.deepEqual(grouped(buildNetworkView(next.network, later, {}, next.compiled)), fromRecords(later));
    });
  });

  test('betweenness is kept for the revision and the options it was computed with', () => {
    withStore((store) => {
      importDocument(store, doc(), { mode: 'new' });
      const { network, compiled } = readAnalysisInput(store);
      const graph = buildNetworkView(network, '2026-11-15', {}, compiled).graph;
      const options = betweennessOptions(DEFAULT_CONFIG);
      const at = revision(store.sqlite);
      assert.equal(keptBetweenness(store.sqlite, at, options), undefined);
      const computed = betweenness(graph, options);
      keepBetweenness(store.sqlite, at, options, computed);
      const back = keptBetweenness(store.sqlite, at, options)!;
      assert.deepEqual([...back.values], [...computed.values]);
      assert.deepEqual({ ...back, values: null }, { ...computed, values: null });
      assert.equal(
        keptBetweenness(store.sqlite, at, { ...options, samples: options.samples + 1 }),
        undefined,
      );
      createRecord(store, 'goals', { id: 'g:new', title: 'Grow' });
      assert.equal(keptBetweenness(store.sqlite, revision(store.sqlite), options), undefined);
    });
  });
});
