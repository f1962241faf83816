import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildNetworkView } from '../core/analysis/view.js';
import { buildPathGraph } from '../core/coach/path-graph.js';
import { strongestPaths } from '../core/coach/paths.js';
import type { CsrGraph } from '../core/graph/index.js';
import { generateNetwork, sampleNetwork } from '../core/sample/index.js';
import { validateDocument } from '../document/validate.js';
import { fullDocument } from '../test-support/documents.js';
import { KEPT } from './derived.js';
import { exportDocument, importDocument } from './document.js';
import { openStore, type Store } from './open.js';
import { readPathInput } from './path-read.js';
import { createRecord, deleteRecord, tieKey, updateRecord } from './records.js';

/**
 * `path` builds its graph from a lean read (path-read.ts + path-graph.ts) instead of the whole
 * document and the analysis view: it must be the view's very graph, on real SQLite stores.
 */
function storeOf(doc: unknown): Store {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'threefold-path-read-')), 't.db'));
  importDocument(store, validateDocument(JSON.parse(JSON.stringify(doc))), { mode: 'new' });
  return store;
}

function assertSameGraph(lean: CsrGraph, view: CsrGraph): void {
  assert.equal(lean.n, view.n);
  assert.deepEqual(lean.ids, view.ids);
  assert.deepEqual([...lean.index], [...view.index]);
  assert.deepEqual(lean.offsets, view.offsets);
  assert.deepEqual(lean.neighbors, view.neighbors);
  assert.equal(lean.weights.length, view.weights.length);
  for (let i = 0; i < view.weights.length; i++) {
    if (Math.abs(lean.weights[i]! - view.weights[i]!) > 1e-12)
      assert.fail(`weight ${i} (${lean.ids[lean.neighbors[i]!]}): ${lean.weights[i]} vs ${view.weights[i]}`);
  }
}

/** The same graph, and the same paths to `targets` (or to a spread of people when not given). */
function assertSame(store: Store, asOf: string, targets?: readonly string[]): number {
  const view = buildNetworkView(exportDocument(store), asOf).graph;
  const lean = buildPathGraph(readPathInput(store, asOf));
  assertSameGraph(lean, view);
  let reachable = 0;
  for (const id of targets ?? targetsOf(view, 10)) {
    const target = view.index.get(id)!;
    assert.ok(target > 0, id);
    const paths = strongestPaths(view, 0, target, 3);
    assert.deepEqual(strongestPaths(lean, 0, target, 3), paths, id);
    if (paths.length > 0) reachable++;
  }
  return reachable;
}

/** Some people of each kind: contacts, people only reached through ties, the last one. */
function targetsOf(g: CsrGraph, count: number): string[] {
  const step = Math.max(1, Math.floor((g.n - 1) / count));
  const out: string[] = [];
  for (let v = 1; v < g.n; v += step) out.push(g.ids[v]!);
  out.push(g.ids[g.n - 1]!);
  return out;
}

describe('the lean path graph is the analysis view graph', () => {
  test('sample network, at its date, later, and before most interactions', () => {
    const store = storeOf(sampleNetwork());
    try {
      for (const asOf of ['2026-11-15', '2027-06-30', '2026-03-01', '2000-01-01'])
        assert.ok(assertSame(store, asOf) >= 5, asOf);
    } finally {
      store.close();
    }
  });

  test('generated network of 3,000 people', () => {
    const store = storeOf(generateNetwork({ people: 3000, seed: 7 }));
    try {
      for (const asOf of ['2026-11-15', '2026-02-01'])
        assert.ok(assertSame(store, asOf) >= 5, `${asOf}: too few targets reachable to compare paths`);
    } finally {
      store.close();
    }
  });

  test('odd inputs: unstated strengths, repeated attendees, future interactions, no relationship', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test bends the fixture
    const d = fullDocument() as Record<string, any>;
    const ids: string[] = d.people.map((p: { id: string }) => p.id);
    d.ties = [
      { a: ids[1], b: ids[0] },
      { a: ids[0], b: ids[2], strength: 5 },
    ];
    // The last person has no relationship: only the interaction on 2026-05-01 involves them.
    d.relationships = ids
      .slice(0, -1)
      .map((person, i) => (i === 0 ? { person } : { person, strength: 1 + (i % 5) }));
    d.interactions = [
      { id: 'i:a', date: '2026-11-01', kind: 'call', people: [ids[0], ids[0], ids[1]] },
      { id: 'i:b', date: '2026-11-01', kind: 'call', people: [ids[0]] },
      { id: 'i:c', date: '2025-01-15', kind: 'meeting', people: [ids[1]] },
      { id: 'i:d', date: '2027-01-01', kind: 'call', people: [ids[2]] },
      { id: 'i:e', date: '2026-05-01', kind: 'call', people: [ids[ids.length - 1]] },
    ];
    const store = storeOf(d);
    try {
      for (const asOf of ['2026-11-15', '2026-11-01', '2026-05-01', '2025-12-31', '2024-01-01', '2028-01-01'])
        assertSame(store, asOf, ids);
    } finally {
      store.close();
    }
  });

  test('date-times whose string order is not their time order', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test bends the fixture
    const d = fullDocument() as Record<string, any>;
    const ids: string[] = d.people.map((p: { id: string }) => p.id);
    d.relationships = ids.map((person, i) => ({ person, strength: 1 + i }));
    // On 2026-11-14, 23:30 at UTC-5 is still to come while 23:45 UTC is past, yet sorts after it.
    d.interactions = [
      { id: 'i:a', date: '2026-11-14T23:30:00-05:00', kind: 'call', people: [ids[0], ids[1]] },
      { id: 'i:b', date: '2026-11-14T23:45:00Z', kind: 'call', people: [ids[1]] },
      { id: 'i:c', date: '2025-11-14', kind: 'call', people: [ids[0], ids[2]] },
      { id: 'i:d', date: '2025-11-16T10:00:00+09:00', kind: 'call', people: [ids[2]] },
    ];
    d.ties = [{ a: ids[1], b: ids[2], strength: 4 }];
    const store = storeOf(d);
    try {
      for (const asOf of ['2026-11-14', '2026-11-15', '2025-11-15', '2025-11-16'])
        assertSame(store, asOf, ids);
    } finally {
      store.close();
    }
  });

  test('the compiled ties kept between runs follow every change to ties and people', () => {
    const store = storeOf(generateNetwork({ people: 300, seed: 3 }));
    const asOf = '2026-11-15';
    const kept = () =>
      store.sqlite.prepare('SELECT revision FROM derived WHERE key = ?').pluck().get(KEPT.tieGraph.key) as
        | number
        | undefined;
    try {
      assertSame(store, asOf);
      const first = kept();
      assert.ok(first !== undefined, 'the compiled ties are kept');
      assertSame(store, asOf); // from the kept rows
      const [a, b, c] = exportDocument(store).people.map((p) => p.id);
      createRecord(store, 'ties', { a, b, strength: 5 });
      assertSame(store, asOf);
      assert.ok(kept()! > first, 'carried over with the tie added');
      updateRecord(store, 'ties', tieKey(a!, b!), { a, b, strength: 1 });
      assertSame(store, asOf);
      deleteRecord(store, 'ties', tieKey(a!, b!));
      assertSame(store, asOf);
      createRecord(store, 'people', { id: 'p:new', name: 'New Person' });
      createRecord(store, 'ties', { a: 'p:new', b: c, strength: 4 });
      assertSame(store, asOf, ['p:new']);
      deleteRecord(store, 'people', c!); // its ties go with it
      assertSame(store, asOf);
    } finally {
      store.close();
    }
  });
});
