// The coach ranks its candidates by score, then by key: grouping by score first must give exactly
// the order of the one comparator it replaces, ties in score, case and punctuation in keys included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateNetwork } from '../sample/index.js';
import { type Action, makeAction } from './actions.js';
import { byScoreThenKey, coachContext, suggestFrom } from './suggest.js';

const byComparator = (actions: readonly Action[]) =>
  [...actions].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));

test('actions grouped by score come in the order of sorting by score, then key', () => {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const ids = ['p:a', 'p:B', 'p:b', 'p:10', 'p:9', 'p:é', 'p:-x', 'p:_y', 'P:z', 'p:a b'];
  const actions: Action[] = [];
  const keys = new Set<string>();
  for (let i = 0; i < 400; i++) {
    const people = [ids[Math.floor(next() * ids.length)]!, `p:${Math.floor(next() * 50)}`];
    const action = makeAction({
      kind: next() < 0.5 ? 'introduce' : 'reconnect',
      people,
      organizations: [],
      goal: null,
      form: 'personal',
      reason: '',
      // A handful of scores, so that most actions share theirs with others.
      explain: { part: [0, 0.5, 1.2, 1.2000001, 2, -0][Math.floor(next() * 6)]! },
    });
    if (!keys.has(action.key)) actions.push(action);
    keys.add(action.key);
  }
  assert.ok(actions.length > 100);
  assert.deepEqual(
    byScoreThenKey(actions).map((a) => a.key),
    byComparator(actions).map((a) => a.key),
  );
  assert.deepEqual(byScoreThenKey([]), []);
});

test("the coach's ranking on a generated network is the comparator's", () => {
  const ctx = coachContext(generateNetwork({ people: 1500, seed: 5 }), '2026-11-15');
  const ranked = suggestFrom(ctx);
  assert.ok(ranked.length > 200);
  assert.deepEqual(
    ranked.map((a) => a.key),
    byComparator(ranked).map((a) => a.key),
  );
});
