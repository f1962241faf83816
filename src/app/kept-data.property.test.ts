// Kept data stays correct under any sequence of edits: random sequences of creates, edits,
// removals, merges and imports run through the application layer, with analyses in between (so
// that data is kept and then patched); then `assess`, `suggest` and `path` on the kept data must
// equal the same on a fresh store of the same network with nothing kept.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { generateNetwork } from '../core/sample/index.js';
import { validateDocument } from '../document/validate.js';
import { ThreefoldError } from '../errors.js';
import { SqliteNetworkStore } from '../store/sqlite-network-store.js';
import { assessNetwork, pathsTo, suggestActions } from './analysis.js';
import { importNetwork, mergePeople } from './network.js';
import type { NetworkStore } from './port.js';
import { addRecord, editRecord, keyOf, listRecords, removeRecord } from './records.js';

const AS_OF = '2026-06-01';
const all = { filters: {}, limit: 100_000, offset: 0 };

type Op = (store: NetworkStore) => Promise<unknown>;

/** The id at a position among those there now (positions wrap), or undefined when there are none. */
async function pick(
  store: NetworkStore,
  collection: 'people' | 'interactions' | 'ties' | 'relationships',
  at: number,
) {
  const { items } = await listRecords(store, collection, all);
  return items.length === 0 ? undefined : items[at % items.length];
}

const op: fc.Arbitrary<Op> = fc.oneof(
  fc
    .string({ minLength: 1, maxLength: 12 })
    .map((name) => (s: NetworkStore) => addRecord(s, 'people', { name: `N ${name}` })),
  fc
    .tuple(fc.nat(), fc.constantFrom('Chair', 'Engineer', null), fc.nat(), fc.boolean())
    .map(([at, title, org, rename]) => async (s: NetworkStore) => {
      const p = await pick(s, 'people', at);
      if (!p) return;
      const { items: orgs } = await listRecords(s, 'organizations', all);
      await editRecord(s, 'people', String(p.id), {
        title,
        level: title ? 6 : null,
        organization: orgs.length > 0 ? orgs[org % orgs.length]!.id : null,
        ...(rename ? { name: `Renamed ${at}` } : {}),
      });
    }),
  fc.nat().map((at) => async (s: NetworkStore) => {
    const p = await pick(s, 'people', at);
    if (p) await removeRecord(s, 'people', String(p.id));
  }),
  fc
    .tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 }))
    .map(([i, j, strength]) => async (s: NetworkStore) => {
      const [a, b] = [await pick(s, 'people', i), await pick(s, 'people', j)];
      if (a && b && a.id !== b.id) await addRecord(s, 'ties', { a: a.id, b: b.id, strength });
    }),
  fc
    .tuple(fc.nat(), fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }))
    .map(([at, strength]) => async (s: NetworkStore) => {
      const t = await pick(s, 'ties', at);
      if (t) await editRecord(s, 'ties', keyOf('ties', t), { strength });
    }),
  fc.nat().map((at) => async (s: NetworkStore) => {
    const t = await pick(s, 'ties', at);
    if (t) await removeRecord(s, 'ties', keyOf('ties', t));
  }),
  fc
    .tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 5, max: 120 }))
    .map(([i, j, daysAgo, minutes]) => async (s: NetworkStore) => {
      const [a, b] = [await pick(s, 'people', i), await pick(s, 'people', j)];
      if (!a || !b) return;
      const date = new Date(Date.parse(AS_OF) - daysAgo * 86_400_000).toISOString().slice(0, 10);
      const people = a.id === b.id ? [a.id] : [a.id, b.id];
      await addRecord(s, 'interactions', { date, people, minutes, kind: 'meeting', direction: 'mutual' });
    }),
  fc.tuple(fc.nat(), fc.nat()).map(([at, who]) => async (s: NetworkStore) => {
    const [i, p] = [await pick(s, 'interactions', at), await pick(s, 'people', who)];
    if (i && p) await editRecord(s, 'interactions', String(i.id), { people: [p.id], minutes: 15 });
  }),
  fc.nat().map((at) => async (s: NetworkStore) => {
    const i = await pick(s, 'interactions', at);
    if (i) await removeRecord(s, 'interactions', String(i.id));
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([at, strength]) => async (s: NetworkStore) => {
    const p = await pick(s, 'people', at);
    if (!p) return;
    const there = await s.get('relationships', String(p.id));
    if (there) await editRecord(s, 'relationships', String(p.id), { strength });
    else
      await addRecord(s, 'relationships', { person: p.id, strength, forms: ['personal'], cadenceDays: 30 });
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => async (s: NetworkStore) => {
    const [a, b] = [await pick(s, 'people', i), await pick(s, 'people', j)];
    if (a && b && a.id !== b.id) await mergePeople(s, String(a.id), String(b.id));
  }),
  fc.integer({ min: 1, max: 1000 }).map((n) => async (s: NetworkStore) => {
    const doc = (await s.exportDocument())!;
    const first = doc.people[0];
    await importNetwork(
      s,
      {
        ...doc,
        people: [{ id: `p:imported-${n}`, name: `Imported ${n}` }],
        relationships: [],
        ties: first ? [{ a: `p:imported-${n}`, b: first.id, strength: 3 }] : [],
        interactions: [],
        groups: [],
        goals: [],
        commitments: [],
      },
      'merge',
      { at: AS_OF },
    );
  }),
  // An analysis keeps what it read, so the edits after it patch kept data.
  fc.constant(async (s: NetworkStore) => assessNetwork(s, AS_OF)),
);

/** What the three analyses answer, as JSON, with any refusal as its code. */
async function answers(store: NetworkStore, targets: readonly string[]): Promise<string> {
  const { assessment } = await assessNetwork(store, AS_OF);
  const suggested = await suggestActions(store, { asOf: AS_OF, limit: 20 });
  const paths = [];
  for (const to of targets) {
    try {
      paths.push(await pathsTo(store, { to, k: 2, asOf: AS_OF }));
    } catch (err) {
      if (!(err instanceof ThreefoldError)) throw err;
      paths.push(err.code);
    }
  }
  return JSON.stringify({ assessment, suggested, paths });
}

test('kept data equals a fresh read after any sequence of edits through the application layer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-kept-property-'));
  let run = 0;
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(op, { minLength: 1, maxLength: 20 }),
        async (seed, ops) => {
          run++;
          const store = SqliteNetworkStore.open(join(dir, `kept-${run}.db`));
          const fresh = SqliteNetworkStore.open(join(dir, `fresh-${run}.db`));
          try {
            await importNetwork(store, validateDocument(generateNetwork({ people: 25, seed })), 'new', {
              at: AS_OF,
            });
            await assessNetwork(store, AS_OF);
            for (const apply of ops) {
              try {
                await apply(store);
              } catch (err) {
                // A refused edit (a duplicate tie, say) is part of the sequence: it must change nothing.
                if (!(err instanceof ThreefoldError)) throw err;
              }
            }
            const doc = (await store.exportDocument())!;
            await importNetwork(fresh, doc, 'new', { at: AS_OF });
            // Nothing kept on the fresh side: it reads every table.
            fresh.store.sqlite.exec('DELETE FROM derived');
            const targets = doc.people.slice(0, 3).map((p) => p.id);
            assert.equal(await answers(store, targets), await answers(fresh, targets));
          } finally {
            await store.close();
            await fresh.close();
          }
        },
      ),
      { numRuns: 60, seed: 20261204 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
