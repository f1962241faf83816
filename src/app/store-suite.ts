// The storage port's conformance suite: written once against `NetworkStore`, run for every store
// (the embedded SQLite one today; a PostgreSQL one runs the same suite). Each test gets a fresh,
// empty store from `open` and closes it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assess } from '../core/analysis/assess.js';
import { type PathGraphInput, pathInputOf } from '../core/coach/path-graph.js';
import type { ThreefoldDocument } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { ThreefoldError } from '../errors.js';
import { fullDocument } from '../test-support/documents.js';
import { markAction, reopenAction } from './actions.js';
import { backupNetwork, checkMergeFits, importNetwork, restoreBackup } from './backups.js';
import { changedRecords, importPlanned, mergePeople } from './network.js';
import { editOwner, setOwner } from './owner.js';
import type { NetworkStore, RecordQuery } from './port.js';
import {
  addRecord,
  changeGroupMembers,
  editRecord,
  getRecord,
  keyOf,
  listRecords,
  removeRecord,
  setStakeholder,
} from './records.js';

const page = (filters: RecordQuery['filters'] = {}, more: Partial<RecordQuery> = {}): RecordQuery => ({
  filters,
  limit: 100,
  offset: 0,
  ...more,
});

async function rejects(promise: Promise<unknown>, code: string, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof ThreefoldError, String(err));
    assert.equal(err.code, code, err.message);
    if (message) assert.match(err.message, message);
    return true;
  });
}

export function storeSuite(name: string, open: () => Promise<NetworkStore>): void {
  const withStore = (title: string, body: (store: NetworkStore) => Promise<void>, doc?: ThreefoldDocument) =>
    test(title, async () => {
      const store = await open();
      try {
        if (doc) await store.importDocument(doc, 'new');
        await body(store);
      } finally {
        await store.close();
      }
    });
  const full = () => fullDocument() as unknown as ThreefoldDocument;

  describe(`storage port: ${name}`, () => {
    withStore('an empty store has no owner, counts nothing and refuses records', async (store) => {
      assert.equal(await store.owner(), undefined);
      assert.equal((await store.counts()).people, 0);
      assert.equal(await store.exportDocument(), undefined);
      await rejects(addRecord(store, 'people', { name: 'Ann' }), 'conflict', /no owner yet/);
    });

    withStore(
      'the network without interactions (for the map) is the document with none',
      async (store) => {
        const whole = (await store.exportDocument())!;
        assert.ok((whole.interactions ?? []).length > 0, 'the document has interactions to leave out');
        const light = store.exportWithoutInteractions ? await store.exportWithoutInteractions() : whole;
        assert.deepEqual(
          light,
          store.exportWithoutInteractions ? { ...whole, interactions: [] } : whole,
          'everything else as exported',
        );
      },
      full(),
    );

    withStore('the owner is set, then edited field by field', async (store) => {
      await setOwner(store, { name: 'Ada', organization: 'o:home', title: 'CFO' });
      const before = await store.dataVersion();
      const owner = await editOwner(store, { title: null, unit: 'Finance' });
      assert.deepEqual(owner, { name: 'Ada', organization: 'o:home', unit: 'Finance' });
      assert.notEqual(await store.dataVersion(), before, 'a write moves the data version');
      await rejects(setOwner(store, { name: '' }), 'invalid_input');
    });

    withStore(
      'records get readable ids in one scheme, a version, and a conflict on a taken key',
      async (store) => {
        const a = await addRecord(store, 'people', { name: 'Jane Doe' });
        const b = await addRecord(store, 'people', { name: 'Jane Doe' });
        assert.deepEqual([a.record.id, b.record.id], ['p:jane-doe', 'p:jane-doe-2']);
        assert.match(a.version, /^[\w-]{10,}$/);
        const i = await addRecord(store, 'interactions', { date: '2026-05-01', people: ['p:1'] });
        assert.equal(i.record.id, 'i:2026-05-01');
        const g = await addRecord(store, 'goals', { title: 'Win the board' });
        assert.equal(g.record.id, 'goal:win-the-board');
        await rejects(addRecord(store, 'people', { id: 'p:1', name: 'Again' }), 'conflict', /already exists/);
        await rejects(addRecord(store, 'ties', { a: 'p:2', b: 'p:1' }), 'conflict');
        await rejects(addRecord(store, 'relationships', { person: 'p:404' }), 'invalid_input', /p:404/);
        const got = await getRecord(store, 'people', String(a.record.id));
        assert.deepEqual(got, a);
        await rejects(getRecord(store, 'people', 'p:404'), 'not_found', /no person "p:404"/);
      },
      full(),
    );

    withStore(
      'an edit changes only the fields it names, on the record as it is when written',
      async (store) => {
        const read = await getRecord(store, 'people', 'p:1');
        // Someone else changes one field after we read...
        await editRecord(store, 'people', 'p:1', { title: 'CEO' });
        // ...and our edit of another field keeps theirs.
        const mine = await editRecord(store, 'people', 'p:1', { unit: 'Board', notes: null });
        assert.equal(mine.record.title, 'CEO');
        assert.equal(mine.record.unit, 'Board');
        assert.equal(mine.record.notes, undefined);
        assert.notEqual(mine.version, read.version);
        await rejects(editRecord(store, 'people', 'p:1', { id: 'p:9' }), 'invalid_input', /cannot change/);
        await rejects(editRecord(store, 'people', 'p:1', { level: 99 }), 'invalid_input', /level/);
        await rejects(editRecord(store, 'people', 'p:404', { title: 'x' }), 'not_found');
        const tie = await editRecord(store, 'ties', keyOf('ties', { a: 'p:2', b: 'p:1' }), { strength: 5 });
        assert.equal(tie.record.strength, 5);
      },
      full(),
    );

    withStore(
      'a write conditioned on a version that has moved fails and changes nothing',
      async (store) => {
        const read = await getRecord(store, 'people', 'p:2');
        await editRecord(store, 'people', 'p:2', { title: 'Chair' }, { ifVersion: read.version });
        await rejects(
          editRecord(store, 'people', 'p:2', { title: 'Treasurer' }, { ifVersion: read.version }),
          'precondition_failed',
          /has changed since it was read/,
        );
        await rejects(
          removeRecord(store, 'people', 'p:2', { ifVersion: read.version }),
          'precondition_failed',
        );
        const now = await getRecord(store, 'people', 'p:2');
        assert.equal(now.record.title, 'Chair');
        // Any of several versions will do; the current one among them lets the write through.
        await removeRecord(store, 'people', 'p:2', { ifVersion: ['stale', now.version] });
        assert.equal(await store.get('people', 'p:2'), undefined);
      },
      full(),
    );

    withStore(
      'removing a person removes what depends on them; an organisation still used is kept',
      async (store) => {
        const before = await store.counts();
        await removeRecord(store, 'people', 'p:1');
        const after = await store.counts();
        assert.equal(after.people, before.people - 1);
        assert.ok(after.relationships < before.relationships);
        const ties = await listRecords(store, 'ties', page({ person: 'p:1' }));
        assert.equal(ties.total, 0);
        await rejects(removeRecord(store, 'organizations', 'o:club'), 'conflict', /still has 1 people/);
      },
      full(),
    );

    withStore(
      'lists filter, sort and page in the store',
      async (store) => {
        for (const [name, title] of [
          ['Zoe Park', 'Chief of Staff'],
          ['Adam Stone', 'chief engineer'],
          ['Mia Long', undefined],
        ] as const)
          await addRecord(store, 'people', { name, organization: 'o:acme', ...(title ? { title } : {}) });
        const byTitle = await listRecords(
          store,
          'people',
          page({ q: 'CHIEF' }, { sort: { field: 'name', desc: false } }),
        );
        assert.deepEqual(
          byTitle.items.map((p) => p.name),
          ['Adam Stone', 'Zoe Park'],
        );
        const internal = await listRecords(store, 'people', page({ internal: true }));
        assert.ok(internal.items.every((p) => p.organization === 'o:acme'));
        const outside = await listRecords(store, 'people', page({ internal: false }));
        assert.deepEqual(
          outside.items.map((p) => p.id),
          ['p:2', 'p:3'],
        );
        const strategic = await listRecords(store, 'people', page({ form: 'strategic' }));
        assert.deepEqual(
          strategic.items.map((p) => p.id),
          ['p:1'],
        );
        const tagged = await listRecords(store, 'people', page({ tag: 'BOARD' }));
        assert.deepEqual(
          tagged.items.map((p) => p.id),
          ['p:1'],
        );
        const second = await listRecords(
          store,
          'people',
          page({}, { limit: 2, offset: 2, sort: { field: 'name', desc: true } }),
        );
        assert.equal(second.total, 6);
        assert.deepEqual(
          second.items.map((p) => p.name),
          ['Mia Long', 'Li Wei'],
        );
        // Missing values sort last in either direction.
        const levels = await listRecords(store, 'people', page({}, { sort: { field: 'level', desc: true } }));
        assert.equal(levels.items[0]?.id, 'p:1');
        const ties = await listRecords(store, 'ties', page({ person: 'p:2' }));
        assert.ok(ties.total >= 1);
        assert.ok(ties.items.every((t) => t.a === 'p:2' || t.b === 'p:2'));
        const met = await listRecords(store, 'interactions', page({ person: 'p:1' }));
        assert.ok(met.total >= 1);
        assert.ok(met.items.every((i) => (i.people as string[]).includes('p:1')));
        const dates = met.items.map((i) => String(i.date));
        assert.deepEqual(dates, [...dates].sort().reverse(), 'interactions newest first by default');
      },
      full(),
    );

    withStore(
      'members and stakeholders change inside one write each',
      async (store) => {
        const g = await addRecord(store, 'groups', { name: 'Book club', members: ['p:1'] });
        const changed = await changeGroupMembers(store, String(g.record.id), {
          add: ['p:2', 'p:3'],
          remove: ['p:1'],
        });
        assert.deepEqual(changed.record.members, ['p:2', 'p:3']);
        await rejects(changeGroupMembers(store, String(g.record.id), { remove: ['p:1'] }), 'invalid_input');
        const goal = await addRecord(store, 'goals', { title: 'Expand to Asia' });
        await setStakeholder(store, String(goal.record.id), { person: 'p:2', influence: 4 });
        const again = await setStakeholder(store, String(goal.record.id), {
          person: 'p:2',
          influence: 5,
          stance: 'champion',
        });
        assert.deepEqual(again.record.stakeholders, [{ person: 'p:2', influence: 5, stance: 'champion' }]);
      },
      full(),
    );

    withStore(
      'an import of contacts writes only what changed, keeping what others wrote meanwhile',
      async (store) => {
        const existing = (await store.exportDocument())!;
        const planned: ThreefoldDocument = {
          ...existing,
          people: [...existing.people, { id: 'p:new', name: 'New Contact' }],
        };
        assert.deepEqual(
          changedRecords(existing, planned).people.map((p) => p.id),
          ['p:new'],
        );
        // Between the read and the write, another writer edits a person the import also holds.
        await editRecord(store, 'people', 'p:3', { title: 'Professor' });
        await importPlanned(store, existing, planned, 'merge', { at: '2026-06-01T00:00:00Z' });
        assert.equal((await getRecord(store, 'people', 'p:3')).record.title, 'Professor');
        assert.equal((await getRecord(store, 'people', 'p:new')).record.name, 'New Contact');
      },
      full(),
    );

    withStore(
      'people merge into one, keeping every relationship, tie and interaction',
      async (store) => {
        const before = await store.counts();
        await addRecord(store, 'commitments', { id: 'c:li', text: 'Lunch with Li', people: ['p:3'] });
        const result = await mergePeople(store, 'p:1', 'p:3');
        assert.deepEqual((await getRecord(store, 'commitments', 'c:li')).record.people, ['p:1']);
        assert.equal(result.kept, 'p:1');
        assert.equal(await store.get('people', 'p:3'), undefined);
        assert.equal((await store.counts()).people, before.people - 1);
        await rejects(mergePeople(store, 'p:1', 'p:1'), 'invalid_input');
        await rejects(mergePeople(store, 'p:1', 'p:404'), 'not_found');
      },
      full(),
    );

    withStore(
      'action marks and snapshots are kept, and a mark can be undone',
      async (store) => {
        await markAction(store, {
          key: 'reconnect|p:1',
          state: 'snoozed',
          until: '2026-07-01',
          at: '2026-06-01',
        });
        await rejects(
          markAction(store, { key: 'k', state: 'snoozed', at: '2026-06-01' }),
          'invalid_input',
          /until/,
        );
        assert.deepEqual(await store.actionStates(), [
          { key: 'reconnect|p:1', state: 'snoozed', until: '2026-07-01', at: '2026-06-01' },
        ]);
        await reopenAction(store, 'reconnect|p:1');
        assert.deepEqual(await store.actionStates(), []);
        const saved = await store.saveSnapshot('2026-06-01T10:00:00Z', '2026-06-01', { ok: 1 });
        assert.deepEqual(await store.listSnapshots(), [saved]);
      },
      full(),
    );

    withStore(
      'a replace keeps a copy of the network first, which a restore brings back',
      async (store) => {
        const before = (await store.exportDocument())!;
        const replaced = await importNetwork(
          store,
          { format: 'threefold/1', owner: before.owner, people: [{ id: 'p:only', name: 'Only One' }] },
          'replace',
          { at: '2026-06-01T10:00:00.000Z' },
        );
        assert.equal(replaced.backup?.name, 'threefold-20260601T100000000Z-before-replace.json');
        assert.equal((await store.counts()).people, 1);
        const [kept] = await store.listBackups();
        assert.equal(kept?.name, replaced.backup?.name);
        assert.ok((kept?.bytes ?? 0) > 100);
        const restored = await restoreBackup(store, kept!.name, { at: '2026-06-01T10:05:00.000Z' });
        assert.deepEqual(await store.exportDocument(), before);
        // The network the restore replaced is kept too: a restore can be undone.
        assert.equal(restored.backup?.name, 'threefold-20260601T100500000Z-before-restore.json');
        assert.deepEqual(
          (await store.listBackups()).map((b) => b.name),
          [restored.backup!.name, kept!.name],
        );
        await rejects(
          restoreBackup(store, 'threefold-20990101T000000000Z.json', { at: '2026-06-01' }),
          'not_found',
        );
        await rejects(restoreBackup(store, '../net.db', { at: '2026-06-01' }), 'invalid_input');
        assert.equal(
          await backupNetwork(store, { at: '2026-06-02T00:00:00.000Z' }).then((b) => b?.name),
          'threefold-20260602T000000000Z.json',
        );
      },
      full(),
    );

    withStore(
      "a person's removal leaves a valid network that names them nowhere",
      async (store) => {
        await addRecord(store, 'interactions', { id: 'i:alone', date: '2026-09-01', people: ['p:2'] });
        await addRecord(store, 'commitments', {
          id: 'c:see',
          text: 'See Omar and Jane monthly',
          people: ['p:2', 'p:1'],
        });
        await rejects(
          addRecord(store, 'commitments', { text: 'See nobody', people: ['p:404'] }),
          'invalid_input',
          /people\[0\]: no person "p:404"/,
        );
        await removeRecord(store, 'people', 'p:2');
        const doc = (await store.exportDocument())!;
        validateDocument(doc);
        assert.ok(!JSON.stringify(doc).includes('"p:2"'), JSON.stringify(doc));
        // An interaction with others keeps them; one with nobody left goes.
        assert.deepEqual(
          doc.interactions?.map((i) => [i.id, i.people]),
          [['i:1', ['p:1']]],
        );
        assert.equal(doc.relationships?.find((r) => r.person === 'p:1')?.introducedBy, undefined);
        assert.equal(doc.groups?.[0]?.members, undefined);
        assert.deepEqual(doc.commitments?.find((c) => c.id === 'c:see')?.people, ['p:1']);
        await addRecord(store, 'groups', { id: 'g:2', name: 'Pair', members: ['p:1', 'p:3'] });
        await addRecord(store, 'commitments', {
          id: 'c:club',
          text: 'Meet the club monthly',
          groups: ['g:1', 'g:2'],
        });
        await rejects(
          addRecord(store, 'commitments', { text: 'Meet a club', groups: ['g:404'] }),
          'invalid_input',
          /groups\[0\]: no group "g:404"/,
        );
        await removeRecord(store, 'groups', 'g:1');
        assert.deepEqual((await getRecord(store, 'commitments', 'c:club')).record.groups, ['g:2']);
        await removeRecord(store, 'people', 'p:3');
        const after = (await store.exportDocument())!;
        validateDocument(after);
        assert.deepEqual(after.groups?.find((g) => g.id === 'g:2')?.members, ['p:1']);
        assert.equal(after.goals?.[0]?.stakeholders, undefined);
      },
      full(),
    );

    withStore(
      'a dry run answers as the import would and writes nothing; a merge counts what it changes',
      async (store) => {
        const before = await store.exportDocument();
        const incoming: ThreefoldDocument = {
          format: 'threefold/1',
          owner: before!.owner,
          people: [
            { id: 'p:1', name: 'Jane Doe-Smith' },
            { id: 'p:9', name: 'Nina Berg' },
          ],
        };
        const dry = await store.importDocument(incoming, 'merge', { dryRun: true });
        assert.deepEqual(await store.exportDocument(), before);
        const real = await store.importDocument(incoming, 'merge');
        assert.deepEqual(real, dry);
        assert.deepEqual((real as { changes: { people: unknown } }).changes.people, {
          created: 1,
          updated: 1,
          unchanged: 0,
        });
        const people = (await store.exportDocument())!.people.map((p) => [p.id, p.name]);
        assert.deepEqual(people, [
          ['p:1', 'Jane Doe-Smith'],
          ['p:2', 'Omar Haddad'],
          ['p:3', 'Li Wei'],
          ['p:9', 'Nina Berg'],
        ]);
        await rejects(store.importDocument(incoming, 'new'), 'conflict', /already holds a network/);
        await rejects(
          store.importDocument({ ...incoming, ties: [{ a: 'p:9', b: 'p:404' }] }, 'merge'),
          'invalid_input',
          /p:404/,
        );
      },
      full(),
    );

    withStore(
      'a merge that would take the network past a limit writes nothing',
      async (store) => {
        const limits = { people: 4, ties: 10, interactions: 10 };
        const owner = (await store.owner())!;
        const again = { format: 'threefold/1' as const, owner, people: [{ id: 'p:1', name: 'Jane Doe' }] };
        // Records with a key already there replace it: the network stays at 3 people.
        await checkMergeFits(
          store,
          { ...again, people: [...again.people, { id: 'p:2', name: 'O' }] },
          limits,
        );
        await checkMergeFits(store, { ...again, people: [{ id: 'p:4', name: 'Four' }] }, limits);
        const before = await store.exportDocument();
        await rejects(
          checkMergeFits(
            store,
            {
              ...again,
              people: [
                { id: 'p:4', name: 'Four' },
                { id: 'p:5', name: 'Five' },
              ],
            },
            limits,
          ),
          'invalid_input',
          /5 people, more than the 4/,
        );
        assert.deepEqual(await store.exportDocument(), before);
      },
      full(),
    );

    withStore('the first organisation added records the home one the owner names', async (store) => {
      await setOwner(store, { name: 'Ada', organization: 'o:home' });
      await addRecord(store, 'organizations', { name: 'Partner Ltd' });
      const doc = (await store.exportDocument())!;
      assert.deepEqual(
        doc.organizations?.map((o) => o.id),
        ['o:home', 'o:partner-ltd'],
      );
      validateDocument(doc);
    });

    withStore(
      'what the analysis and the paths read is the network as its records say',
      async (store) => {
        await addRecord(store, 'interactions', { date: '2026-11-20', people: ['p:2', 'p:3'], minutes: 30 });
        await addRecord(store, 'relationships', { person: 'p:3', strength: 5 });
        const doc = (await store.exportDocument())!;
        const asOf = '2026-12-01';
        const { network, compiled } = await store.analysisInput();
        assert.deepEqual(
          JSON.parse(JSON.stringify(assess(network, { asOf, compiled }))),
          JSON.parse(JSON.stringify(assess(doc, { asOf }))),
        );
        // The ties as rows and weights (kept rows also carry the strengths behind the weights).
        const byPerson = ({ ties: { n, offsets, neighbors, weights }, ...input }: PathGraphInput) => ({
          ...input,
          ties: { n, offsets, neighbors, weights },
          contacts: [...input.contacts].sort((a, b) => a.person.localeCompare(b.person)),
        });
        assert.deepEqual(byPerson(await store.pathInput(asOf)), byPerson(pathInputOf(doc, asOf)));
      },
      full(),
    );

    withStore(
      'export gives back what was imported; analysis reads the network',
      async (store) => {
        const doc = (await store.exportDocument())!;
        assert.equal(doc.people.length, full().people.length);
        assert.deepEqual(doc.owner, full().owner);
        const input = await store.analysisInput();
        assert.equal(input.network.people.length, doc.people.length);
        // The analysis never reads contact details: the store leaves them out.
        assert.ok(doc.people.some((p) => p.emails && p.emails.length > 0));
        assert.deepEqual(
          input.network.people,
          doc.people.map(({ emails, phones, notes, ...rest }) => rest),
        );
        const names = await store.personNames(['p:1', 'p:404']);
        assert.deepEqual([...names], [['p:1', 'Jane Doe']]);
        const withEmails = doc.people.filter((p) => p.emails && p.emails.length > 0);
        const emails = await store.personEmails([...doc.people.map((p) => p.id), 'p:404']);
        assert.deepEqual(
          [...emails].sort(([a], [b]) => a.localeCompare(b)),
          withEmails.map((p) => [p.id, p.emails]).sort(([a], [b]) => String(a).localeCompare(String(b))),
        );
      },
      full(),
    );
  });
}
