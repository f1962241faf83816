// Introductions for a need stay few and the best however many offer it: a word that thousands
// of contacts offer must not make `suggest` walk every pair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Network } from '../model.js';
import { coachContext, suggestFrom } from './suggest.js';

test('a need that many offer brings the three strongest ties, not all of them', () => {
  const offerers = Array.from({ length: 60 }, (_, i) => ({
    id: `p:o${i}`,
    name: `Offerer ${i}`,
    offers: ['pricing advice'],
  }));
  const network: Network = {
    format: 'threefold/1',
    owner: { name: 'Owner', organization: 'o:home' },
    people: [{ id: 'p:n', name: 'Needer', needs: ['pricing advice'] }, ...offerers],
    relationships: [
      { person: 'p:n', strength: 3, forms: ['personal'] },
      // Strength rises with the number: the last three are the strongest ties.
      ...offerers.map((p, i) => ({
        person: p.id,
        strength: 1 + Math.floor((i * 5) / 60),
        forms: ['personal' as const],
      })),
    ],
  };
  const actions = suggestFrom(coachContext(network, '2026-06-01'), { limit: 500 }).filter(
    (a) => a.kind === 'introduce' && a.people.includes('p:n'),
  );
  assert.equal(actions.length, 3);
  for (const a of actions) {
    const other = a.people.find((p) => p !== 'p:n')!;
    assert.ok(Number(other.slice(3)) >= 48, `${other} is among the strongest ties`);
  }
});
