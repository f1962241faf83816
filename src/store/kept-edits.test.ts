import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateNetwork } from '../core/sample/index.js';
import { validateDocument } from '../document/validate.js';
import { readAnalysisInput } from './analysis-read.js';
import { KEPT } from './derived.js';
import { exportDocument, importDocument } from './document.js';
import { revision, type Store } from './open.js';
import { createRecord, deleteRecord, tieKey, updateRecord } from './records.js';
import { asAnalysed } from './test-support/as-analysed.js';
import { withStore } from './test-support/with-store.js';

const keptTies = (store: Store) =>
  store.sqlite
    .prepare('SELECT data FROM derived WHERE key = ? AND revision = ?')
    .pluck()
    .get(KEPT.tieGraph.key, revision(store.sqlite)) as Buffer | undefined;

const pending = (store: Store) =>
  store.sqlite.prepare('SELECT count(*) FROM derived_pending').pluck().get() as number;

/** What a fresh read compiles and keeps now, with nothing kept before it. */
function freshTies(store: Store): Buffer {
  store.sqlite.exec('DELETE FROM derived');
  readAnalysisInput(store);
  return keptTies(store)!;
}

test('a tie changed or removed patches the kept ties into what compiling them now keeps', () => {
  withStore((store) => {
    importDocument(store, validateDocument(generateNetwork({ people: 200, seed: 8 })), { mode: 'new' });
    const ties = () => exportDocument(store).ties!;
    const edits: Array<[string, () => void]> = [
      [
        'a strength changed',
        () => {
          const t = ties()[3]!;
          updateRecord(store, 'ties', tieKey(t.a, t.b), { ...t, strength: t.strength === 5 ? 1 : 5 });
        },
      ],
      [
        'a strength unset',
        () => {
          const t = ties()[4]!;
          updateRecord(store, 'ties', tieKey(t.a, t.b), { a: t.a, b: t.b });
        },
      ],
      ['a tie removed', () => deleteRecord(store, 'ties', tieKey(ties()[0]!.a, ties()[0]!.b))],
      ['the last tie removed', () => deleteRecord(store, 'ties', tieKey(ties().at(-1)!.a, ties().at(-1)!.b))],
    ];
    for (const [label, edit] of edits) {
      freshTies(store);
      const before = keptTies(store);
      edit();
      // The write notes the edit and carries the rows over as they were: no rewrite.
      assert.deepEqual(keptTies(store), before, `${label}: carried over unchanged`);
      assert.equal(pending(store), 1, `${label}: noted`);
      // The next read takes the note in and keeps what compiling the ties now would keep.
      readAnalysisInput(store);
      assert.equal(pending(store), 0, `${label}: the note is taken in`);
      const patched = keptTies(store);
      assert.ok(patched, `${label}: kept for the new revision`);
      assert.deepEqual(patched, freshTies(store), label);
    }
    // A tie added after the kept ones, then changed and removed: the kept rows stay as they were,
    // and the tie is read from the table.
    freshTies(store);
    const before = keptTies(store);
    createRecord(store, 'ties', { a: 'p:1', b: 'p:200', strength: 3 });
    updateRecord(store, 'ties', tieKey('p:1', 'p:200'), { a: 'p:1', b: 'p:200', strength: 5 });
    assert.deepEqual(keptTies(store), before);
    const rows = () => {
      const { n, offsets, neighbors, weights } = readAnalysisInput(store).compiled.ties;
      return { n, offsets: [...offsets], neighbors: [...neighbors], weights: [...weights] };
    };
    const read = rows();
    store.sqlite.exec('DELETE FROM derived');
    assert.deepEqual(read, rows());
    // Removed again, once everything is kept anew: patched as any other.
    deleteRecord(store, 'ties', tieKey('p:1', 'p:200'));
    readAnalysisInput(store);
    const patched = keptTies(store);
    assert.deepEqual(patched, freshTies(store));
  });
});

test('removing the row at the last kept rowid patches nothing when rows were renumbered behind the kept data', () => {
  withStore((store) => {
    importDocument(store, validateDocument(generateNetwork({ people: 120, seed: 3 })), { mode: 'new' });
    const doc = exportDocument(store);
    readAnalysisInput(store);
    // An interaction past the kept ones, a gap among them, then the rows numbered 1, 2, 3... as a
    // dump restored numbers them: the added interaction now has the last kept one's rowid.
    createRecord(store, 'interactions', { id: 'i:added', date: '2026-11-19', people: ['p:1'] });
    store.sqlite.prepare('DELETE FROM interactions WHERE id = ?').run(doc.interactions![0]!.id);
    const rowids = store.sqlite.prepare('SELECT rowid FROM interactions ORDER BY rowid').pluck().all();
    const move = store.sqlite.prepare('UPDATE interactions SET rowid = ? WHERE rowid = ?');
    rowids.forEach((rowid, i) => move.run(-(i + 1), rowid));
    store.sqlite.exec('UPDATE interactions SET rowid = -rowid');
    deleteRecord(store, 'interactions', 'i:added');
    const { ties: _ties, ...whole } = asAnalysed(exportDocument(store));
    assert.deepEqual(readAnalysisInput(store).network, whole);
  });
});
