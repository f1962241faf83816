import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assess } from '../core/analysis/assess.js';
import { coachContext, suggestFrom } from '../core/coach/suggest.js';
import type { CsrRows } from '../core/graph/index.js';
import { generateNetwork, sampleNetwork } from '../core/sample/index.js';
import { validateDocument } from '../document/validate.js';
import { fullDocument } from '../test-support/documents.js';
import { readAnalysisInput } from './analysis-read.js';
import { KEPT, keptDeflated, maxReadAdded } from './derived.js';
import { exportDocument, importDocument } from './document.js';
import { revision } from './open.js';
import { decodeColumns } from './record-columns.js';
import { createRecord, deleteRecord, setOwner, tieKey, updateRecord } from './records.js';
import { saveSnapshot } from './snapshots.js';
import { PEOPLE } from './tables.js';
import { asAnalysed } from './test-support/as-analysed.js';
import { withStore } from './test-support/with-store.js';

/** Compiled rows as the analysis reads them (kept rows also carry the strengths behind the weights). */
const rowsOf = ({ n, offsets, neighbors, weights }: CsrRows) => ({ n, offsets, neighbors, weights });

/**
 * The analysis reads the ties compiled (and kept between runs) instead of as records: the
 * assessment and the suggestions must be exactly those computed from the whole document.
 */
describe('analysis on compiled ties equals analysis on the document', () => {
  for (const [label, doc, asOfs] of [
    ['sample network', sampleNetwork(), ['2026-11-15', '2025-06-01']],
    ['generated network of 2,000 people', generateNetwork({ people: 2000, seed: 11 }), ['2026-11-15']],
  ] as const) {
    test(label, () => {
      withStore((store) => {
        importDocument(store, validateDocument(JSON.parse(JSON.stringify(doc))), { mode: 'new' });
        const whole = exportDocument(store);
        for (const asOf of asOfs) {
          for (let run = 0; run < 3; run++) {
            // The first run reads what the import kept; the second compiles the ties afresh
            // and keeps them, the third reads them back.
            if (run === 1) store.sqlite.exec('DELETE FROM derived');
            const { network, compiled } = readAnalysisInput(store);
            assert.equal(network.ties, undefined);
            // Kept interactions come as a table, whose records are built only when read.
            assert.equal(compiled.interactions !== undefined, run !== 1, `${asOf}, run ${run + 1}: table`);
            assert.equal(
              JSON.stringify(assess(network, { asOf, compiled })),
              JSON.stringify(assess(whole, { asOf })),
              `${asOf}, run ${run + 1}`,
            );
            assert.deepEqual(
              suggestFrom(coachContext(network, asOf, undefined, compiled), { limit: 30 }),
              suggestFrom(coachContext(whole, asOf), { limit: 30 }),
            );
          }
        }
      });
    });
  }

  test('an import keeps exactly what the first read after it would compile and keep', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test adds fields the types do not know
    const unknownField = fullDocument() as Record<string, any>;
    unknownField.interactions[0].x_extra = { nested: true };
    unknownField.people[1].x_extra = ['kept whole'];
    for (const [label, doc] of [
      ['sample network', sampleNetwork()],
      ['generated network of 1,500 people', generateNetwork({ people: 1500, seed: 3 })],
      ['a full document', fullDocument()],
      ['a person and an interaction with fields this version does not know', unknownField],
    ] as const) {
      withStore((store) => {
        importDocument(store, validateDocument(JSON.parse(JSON.stringify(doc))), { mode: 'new' });
        const kept = () =>
          Object.fromEntries(
            (
              store.sqlite.prepare('SELECT key, revision, data FROM derived').all() as Array<{
                key: string;
                revision: number;
                data: Buffer;
              }>
            ).map((r) => [r.key, `${r.revision}:${r.data.toString('base64')}`]),
          );
        const atImport = kept();
        assert.ok(Object.keys(atImport).length >= 2, `${label}: ties and attendance kept at import`);
        store.sqlite.exec('DELETE FROM derived');
        readAnalysisInput(store);
        assert.deepEqual(atImport, kept(), label);
      });
    }
  });

  test('a merge keeps the merged network, not the document merged in', () => {
    withStore((store) => {
      const doc = generateNetwork({ people: 300, seed: 8 });
      importDocument(store, validateDocument(JSON.parse(JSON.stringify(doc))), { mode: 'new' });
      const more = {
        format: 'threefold/1',
        owner: doc.owner,
        people: [{ id: 'p:new', name: 'New Person' }],
        ties: [{ a: 'p:new', b: 'p:1', strength: 4 }],
        interactions: [{ id: 'i:new', date: '2026-11-02', people: ['p:new', 'p:2'] }],
      };
      importDocument(store, validateDocument(more, { people: new Set(doc.people.map((p) => p.id)) }), {
        mode: 'merge',
      });
      const { network, compiled } = readAnalysisInput(store);
      const { ties: _ties, ...whole } = asAnalysed(exportDocument(store));
      assert.deepEqual(network, whole);
      assert.equal(
        JSON.stringify(assess(network, { asOf: '2026-11-15', compiled })),
        JSON.stringify(assess(exportDocument(store), { asOf: '2026-11-15' })),
      );
    });
  });

  test('a write keeps what was kept from the tables it did not touch, and only that', () => {
    withStore((store) => {
      const doc = generateNetwork({ people: 300, seed: 9 });
      importDocument(store, validateDocument(JSON.parse(JSON.stringify(doc))), { mode: 'new' });
      const kept = () =>
        new Map(
          (
            store.sqlite
              .prepare(
                "SELECT key, data FROM derived WHERE revision = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revision')",
              )
              .all() as Array<{ key: string; data: Buffer }>
          ).map((r) => [r.key, r.data.toString('base64')]),
        );
      const { tieGraph, attendance, people, interactions, relationships } = {
        tieGraph: KEPT.tieGraph.key,
        attendance: KEPT.attendance.key,
        people: KEPT.people.key,
        interactions: KEPT.interactions.key,
        relationships: KEPT.relationships.key,
      };
      const all = [attendance, interactions, people, relationships, tieGraph].sort();
      const allBut = (key: string) => all.filter((k) => k !== key);
      const interaction = exportDocument(store).interactions![0]!;
      const log = (id: string) =>
        createRecord(store, 'interactions', { id, date: '2026-11-19', people: ['p:1', 'p:2'] });
      // Each edit, with what it carries over as it was and what it patches (kept again, changed).
      // The last list: carried over as they were with a note of the edit, taken in by the next read.
      const edits: Array<[string, () => void, string[], string[]?, string[]?]> = [
        ['a goal added', () => createRecord(store, 'goals', { id: 'g:new', title: 'Grow' }), all],
        ['a commitment added', () => createRecord(store, 'commitments', { id: 'c:new', text: 'Call' }), all],
        [
          'the owner changed',
          () => setOwner(store, { ...exportDocument(store).owner, title: 'Director' }),
          all,
        ],
        [
          'a snapshot saved',
          () => saveSnapshot(store, { takenAt: '2026-11-20', asOf: '2026-11-20', data: {} }),
          all,
        ],
        [
          'a relationship changed',
          () => {
            const r = exportDocument(store).relationships![0]!;
            updateRecord(store, 'relationships', r.person, { ...r, strength: 5 });
          },
          allBut(relationships),
          [],
          [relationships],
        ],
        [
          'the last relationship changed',
          () => {
            const r = exportDocument(store).relationships!.at(-1)!;
            updateRecord(store, 'relationships', r.person, { ...r, forms: ['strategic'], roles: ['mentor'] });
          },
          allBut(relationships),
          [],
          [relationships],
        ],
        // Rows added after the kept ones are read from the table: adding keeps everything.
        ['an interaction logged', () => log('i:new'), all],
        [
          'two more interactions logged and two people added',
          () => {
            log('i:new-2');
            createRecord(store, 'people', { id: 'p:new-1', name: 'New One' });
            log('i:new-3');
            createRecord(store, 'people', { id: 'p:new-2', name: 'New Two' });
          },
          all,
        ],
        [
          'an interaction with a person added',
          () =>
            createRecord(store, 'interactions', { id: 'i:new-4', date: '2026-11-20', people: ['p:new-2'] }),
          all,
        ],
        [
          'an interaction changed',
          () => updateRecord(store, 'interactions', interaction.id, { ...interaction, people: ['p:3'] }),
          [people, relationships, tieGraph],
          [],
          [attendance, interactions],
        ],
        [
          'an interaction changed that was added after the kept ones',
          () =>
            updateRecord(store, 'interactions', 'i:new-3', {
              id: 'i:new-3',
              date: '2026-11-21',
              people: ['p:new-1', 'p:2'],
              kind: 'meeting',
              minutes: 45,
            }),
          [people, relationships, tieGraph],
          [],
          [attendance, interactions],
        ],
        [
          'an interaction changed to a new kind, new forms and a value',
          () => {
            const it = exportDocument(store).interactions![5]!;
            updateRecord(store, 'interactions', it.id, {
              ...it,
              kind: 'meal',
              forms: ['strategic', 'personal'],
              value: ['referral'],
              notes: 'changed',
            });
          },
          [people, relationships, tieGraph],
          [],
          [attendance, interactions],
        ],
        [
          'an interaction removed',
          () => deleteRecord(store, 'interactions', 'i:new'),
          [people, relationships, tieGraph],
          [],
          [attendance, interactions],
        ],
        [
          'the first interaction removed',
          () => deleteRecord(store, 'interactions', interaction.id),
          [people, relationships, tieGraph],
          [],
          [attendance, interactions],
        ],
        [
          'the last interaction kept removed',
          () => {
            // Kept anew first, so that the last interaction is among the kept ones.
            store.sqlite.exec('DELETE FROM derived');
            readAnalysisInput(store);
            deleteRecord(store, 'interactions', exportDocument(store).interactions!.at(-1)!.id);
          },
          [people, relationships, tieGraph],
          [],
          [attendance, interactions],
        ],
        ['a tie added', () => createRecord(store, 'ties', { a: 'p:1', b: 'p:new-1', strength: 5 }), all],
        [
          'two more ties added, one with a person added',
          () => {
            createRecord(store, 'ties', { a: 'p:new-2', b: 'p:3' });
            createRecord(store, 'people', { id: 'p:new-3', name: 'New Three' });
            createRecord(store, 'ties', { a: 'p:new-3', b: 'p:1', strength: 1 });
          },
          all,
        ],
        [
          'a tie changed',
          () =>
            updateRecord(store, 'ties', tieKey('p:new-3', 'p:1'), { a: 'p:new-3', b: 'p:1', strength: 4 }),
          [attendance, interactions, people, relationships],
          [],
          [tieGraph],
        ],
        [
          'a person changed',
          () => updateRecord(store, 'people', 'p:new-2', { id: 'p:new-2', name: 'Renamed' }),
          // The ties and attendance read only the people's ids and order, which stay.
          [attendance, interactions, relationships, tieGraph],
          [],
          [people],
        ],
        [
          'a relationship added',
          () => createRecord(store, 'relationships', { person: 'p:new-2', strength: 3, forms: ['personal'] }),
          all,
        ],
        [
          'a relationship changed that was added after the kept ones',
          () => updateRecord(store, 'relationships', 'p:new-2', { person: 'p:new-2', strength: 5 }),
          allBut(relationships),
          [],
          [relationships],
        ],
        [
          'a relationship removed',
          () => deleteRecord(store, 'relationships', exportDocument(store).relationships![1]!.person),
          allBut(relationships),
        ],
        ['a person removed', () => deleteRecord(store, 'people', 'p:new-1'), []],
      ];
      const notes = (key: string) =>
        store.sqlite.prepare('SELECT count(*) FROM derived_pending WHERE key = ?').pluck().get(key) as number;
      for (const [label, edit, carried, patched = [], noted = []] of edits) {
        readAnalysisInput(store); // keeps all five for the current revision
        const before = kept();
        assert.deepEqual([...before.keys()].sort(), all, `${label}: all kept before`);
        edit();
        const after = kept();
        assert.deepEqual([...after.keys()].sort(), [...carried, ...patched, ...noted].sort(), label);
        for (const key of [...carried, ...noted])
          assert.equal(after.get(key), before.get(key), `${label}: ${key}`);
        for (const key of noted) assert.equal(notes(key), 1, `${label}: ${key} noted`);
        // What was carried over or patched reads as the network now is.
        const {
          network,
          compiled: { ties, interactions: table },
        } = readAnalysisInput(store);
        if (patched.includes(interactions) && patched.includes(attendance))
          assert.ok(table, `${label}: read from the patched data`);
        // The patched data was read as it is, not found wanting and computed again.
        const read = kept();
        for (const key of patched)
          assert.equal(read.get(key), after.get(key), `${label}: ${key} read as patched`);
        // Noted edits are taken in by the read and kept with the rest (the read below, with
        // nothing kept, checks that they read as the network is now).
        for (const key of noted) {
          assert.equal(notes(key), 0, `${label}: ${key} note taken in`);
          assert.ok(read.has(key), `${label}: ${key} kept anew`);
        }
        const { ties: _ties, ...whole } = asAnalysed(exportDocument(store));
        assert.deepEqual(network, whole, label);
        store.sqlite.exec('DELETE FROM derived');
        assert.deepEqual(rowsOf(readAnalysisInput(store).compiled.ties), rowsOf(ties), `${label}: ties`);
      }
    });
  });

  test('rows renumbered behind the kept data (a dump restored) make it read again, not misread', () => {
    withStore((store) => {
      importDocument(store, validateDocument(generateNetwork({ people: 150, seed: 6 })), { mode: 'new' });
      // Removed rows leave gaps in the rowids; what is kept next covers rows on both sides.
      const doc = exportDocument(store);
      deleteRecord(store, 'interactions', doc.interactions![0]!.id);
      deleteRecord(store, 'ties', tieKey(doc.ties![0]!.a, doc.ties![0]!.b));
      deleteRecord(store, 'people', 'p:2');
      readAnalysisInput(store);
      createRecord(store, 'interactions', { id: 'i:added', date: '2026-11-19', people: ['p:1'] });
      createRecord(store, 'people', { id: 'p:added', name: 'Added' });
      createRecord(store, 'ties', { a: 'p:added', b: 'p:150', strength: 5 });
      // A dump restored numbers the rows 1, 2, 3... in order: the rows added now sit below the
      // rowid the kept data ends at.
      for (const table of ['interactions', 'ties', 'people']) {
        const rowids = store.sqlite.prepare(`SELECT rowid FROM ${table} ORDER BY rowid`).pluck().all();
        const move = store.sqlite.prepare(`UPDATE ${table} SET rowid = ? WHERE rowid = ?`);
        rowids.forEach((rowid, i) => move.run(-(i + 1), rowid));
        store.sqlite.exec(`UPDATE ${table} SET rowid = -rowid`);
      }
      const { ties, ...whole } = asAnalysed(exportDocument(store));
      const read = readAnalysisInput(store);
      assert.deepEqual(read.network, whole);
      assert.equal(read.compiled.ties.neighbors.length, 2 * ties!.length);
      store.sqlite.exec('DELETE FROM derived');
      assert.deepEqual(rowsOf(readAnalysisInput(store).compiled.ties), rowsOf(read.compiled.ties));
    });
  });

  test('many rows added after the kept ones are kept with them on the next read', () => {
    withStore((store) => {
      importDocument(store, validateDocument(generateNetwork({ people: 200, seed: 2 })), { mode: 'new' });
      const keptCount = (key: string) => {
        const data = store.sqlite
          .prepare('SELECT data FROM derived WHERE key = ?')
          .pluck()
          .get(key) as Buffer;
        // Attendance starts with its count, the tie rows with their node count and arc count;
        // records by column, deflated, after their last rowid.
        if (key === KEPT.tieGraph.key) return new Uint32Array(data.buffer, data.byteOffset, 2)[1]! / 2;
        const bytes =
          key === KEPT.attendance.key
            ? data
            : keptDeflated(store.sqlite, key, revision(store.sqlite))!.subarray(8);
        return new Uint32Array(bytes.buffer, bytes.byteOffset, 1)[0]!;
      };
      const before = { interactions: keptCount(KEPT.interactions.key), ties: keptCount(KEPT.tieGraph.key) };
      const added = {
        interactions: maxReadAdded(before.interactions) + 1,
        ties: maxReadAdded(before.ties) + 1,
      };
      const tied = new Set(exportDocument(store).ties!.map((t) => tieKey(t.a, t.b)));
      store.sqlite.transaction(() => {
        for (let i = 0; i < added.interactions; i++)
          createRecord(store, 'interactions', { id: `i:added-${i}`, date: '2026-11-19', people: ['p:1'] });
        let ties = 0;
        for (let a = 1; ties < added.ties; a++)
          for (let b = a + 1; b <= 200 && ties < added.ties; b++)
            if (!tied.has(tieKey(`p:${a}`, `p:${b}`))) {
              createRecord(store, 'ties', { a: `p:${a}`, b: `p:${b}` });
              ties++;
            }
      })();
      assert.equal(keptCount(KEPT.interactions.key), before.interactions, 'the kept columns carried over');
      assert.equal(keptCount(KEPT.tieGraph.key), before.ties, 'the kept tie rows carried over');
      const { ties, ...whole } = asAnalysed(exportDocument(store));
      const read = readAnalysisInput(store);
      assert.deepEqual(read.network, whole);
      assert.equal(read.compiled.ties.neighbors.length, 2 * ties!.length);
      assert.equal(keptCount(KEPT.interactions.key), before.interactions + added.interactions);
      assert.equal(keptCount(KEPT.attendance.key), before.interactions + added.interactions);
      assert.equal(keptCount(KEPT.tieGraph.key), before.ties + added.ties);
      const again = readAnalysisInput(store);
      assert.deepEqual(again.network, whole);
      assert.deepEqual(rowsOf(again.compiled.ties), rowsOf(read.compiled.ties));
    });
  });

  test('the kept attendance follows edits of interactions and people', () => {
    withStore((store) => {
      importDocument(store, validateDocument(generateNetwork({ people: 400, seed: 5 })), { mode: 'new' });
      const same = () => {
        const { ties: _ties, ...whole } = asAnalysed(exportDocument(store));
        assert.deepEqual(readAnalysisInput(store).network, whole);
      };
      same(); // compiles and keeps
      same(); // from the kept lists
      const first = exportDocument(store).interactions![0]!;
      updateRecord(store, 'interactions', first.id, { ...first, people: ['p:7', 'p:3', 'p:7'] });
      same();
      createRecord(store, 'people', { id: 'p:late', name: 'Late Comer' });
      createRecord(store, 'interactions', { id: 'i:late', date: '2026-11-01', people: ['p:late', 'p:1'] });
      same();
      same();
      // What earlier revisions kept is gone; the current revision's ties, attendance, people,
      // relationships and interactions are kept.
      const rows = store.sqlite.prepare('SELECT key, revision FROM derived').all() as Array<{
        key: string;
        revision: number;
      }>;
      const now = store.sqlite
        .prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revision'")
        .pluck()
        .get();
      assert.equal(rows.length, 5);
      assert.ok(rows.every((r) => r.revision === now));
    });
  });

  test('the analysis reads people without contact details, and keeps them whole', () => {
    withStore((store) => {
      const doc = generateNetwork({ people: 300, seed: 4 });
      doc.people[0]!.phones = ['+44 20 7946 0000'];
      doc.people[1]!.notes = 'met at the offsite';
      importDocument(store, validateDocument(doc), { mode: 'new' });
      const keptPeople = () =>
        decodeColumns(
          PEOPLE,
          keptDeflated(store.sqlite, KEPT.people.key, revision(store.sqlite))!.subarray(8),
        );
      const check = (label: string) => {
        const whole = exportDocument(store);
        const { network } = readAnalysisInput(store);
        assert.ok(
          whole.people.some((p) => p.emails),
          `${label}: the network has emails`,
        );
        assert.deepEqual(network.people, asAnalysed(whole).people, label);
        // What is kept holds every field, whichever way it was read.
        assert.deepEqual(keptPeople(), whole.people, `${label}: kept whole`);
      };
      check('kept at import');
      check('from the kept columns');
      const second = exportDocument(store).people[1]!;
      updateRecord(store, 'people', second.id, { ...second, name: 'Renamed', emails: ['new@example.org'] });
      check('an edit noted');
      store.sqlite.transaction(() => {
        for (let i = 0; i <= maxReadAdded(300); i++)
          createRecord(store, 'people', {
            id: `p:added-${i}`,
            name: `Added ${i}`,
            emails: [`a${i}@example.org`],
          });
      })();
      check('many people added');
      store.sqlite.exec('DELETE FROM derived');
      check('read from the table');
    });
  });

  test("people read from the kept columns share each list, frozen, and the document's are untouched", () => {
    withStore((store) => {
      const doc = generateNetwork({ people: 300, seed: 4 });
      for (const p of doc.people.slice(0, 3)) p.interests = ['sailing', 'chess'];
      importDocument(store, validateDocument(doc), { mode: 'new' });
      const { network } = readAnalysisInput(store);
      const [a, b, c] = network.people;
      assert.deepEqual(a!.interests, ['sailing', 'chess']);
      // One list for the three, which the analysis reads and never changes: a change throws.
      assert.equal(a!.interests, b!.interests);
      assert.equal(b!.interests, c!.interests);
      assert.ok(Object.isFrozen(a!.interests));
      assert.throws(() => (a!.interests as string[]).push('golf'), TypeError);
      // Every list, not only the repeated ones.
      for (const p of network.people)
        for (const list of [p.interests, p.offers, p.needs, p.tags])
          if (list) assert.ok(Object.isFrozen(list), p.id);
      // Records read for anything else keep lists of their own.
      const [first, second] = exportDocument(store).people;
      assert.notEqual(first!.interests, second!.interests);
      assert.ok(!Object.isFrozen(first!.interests));
    });
  });

  test('people, relationships and interactions with fields this version does not know are read whole, not kept by column', () => {
    withStore((store) => {
      // biome-ignore lint/suspicious/noExplicitAny: the test adds fields the types do not know
      const d = fullDocument() as Record<string, any>;
      d.interactions[0].x_extra = { nested: { deeper: null } };
      d.interactions[0].minutes = 1 / 3;
      d.people[0].x_extra = { listed: [1, 'two'] };
      d.relationships.at(-1).x_extra = 'noted';
      importDocument(store, validateDocument(d), { mode: 'new' });
      for (let run = 0; run < 2; run++) {
        const { ties: _ties, ...whole } = asAnalysed(exportDocument(store));
        assert.deepEqual(readAnalysisInput(store).network, whole);
      }
    });
  });
});
