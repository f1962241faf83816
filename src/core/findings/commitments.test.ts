import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildNetworkView } from '../analysis/view.js';
import type { Network } from '../model.js';
import { commitmentsKept } from './rules.js';

// "A one-to-one with a board member every quarter" is not kept by one-to-ones with the CEO.
const asOf = '2026-12-01';
const network = (extra: Partial<Network> = {}): Network => ({
  format: 'threefold/1',
  owner: { name: 'Ada', organization: 'o:acme' },
  people: [
    { id: 'p:ceo', name: 'Chief Executive' },
    { id: 'p:chair', name: 'Board Chair' },
    { id: 'p:vc', name: 'Board Member Too' },
  ],
  relationships: [
    { person: 'p:ceo', roles: ['superior'] },
    { person: 'p:chair', roles: ['board'] },
    { person: 'p:vc', roles: ['board', 'investor'] },
  ],
  // A meeting with the CEO every month of the last half year.
  interactions: [0, 1, 2, 3, 4, 5].map((m) => ({
    id: `i:ceo-${m}`,
    date: `2026-${String(11 - m).padStart(2, '0')}-15`,
    kind: 'meeting' as const,
    people: ['p:ceo'],
  })),
  ...extra,
});
const kept = (n: Network) => commitmentsKept(buildNetworkView(n, asOf));
const commitment = {
  id: 'c:board',
  text: 'A meeting with a board member every quarter',
  kind: 'meeting' as const,
  per: 'quarter' as const,
  target: 1,
};

test('a commitment naming a role counts only meetings with someone in that role', () => {
  assert.deepEqual(
    kept(network({ commitments: [{ ...commitment }] })),
    { 'c:board': true },
    'any meeting counts without a role',
  );
  assert.deepEqual(kept(network({ commitments: [{ ...commitment, roles: ['board'] }] })), {
    'c:board': false,
  });
  const withChair = network({ commitments: [{ ...commitment, roles: ['board'] }] });
  withChair.interactions!.push({
    id: 'i:chair',
    date: '2026-10-20',
    kind: 'meeting',
    people: ['p:ceo', 'p:chair'],
  });
  assert.deepEqual(
    kept(withChair),
    { 'c:board': true },
    'a meeting the chair attends counts, whoever else is there',
  );
  // The wrong kind of meeting with a board member does not count.
  const call = network({ commitments: [{ ...commitment, roles: ['board'] }] });
  call.interactions!.push({ id: 'i:call', date: '2026-10-20', kind: 'call', people: ['p:vc'] });
  assert.deepEqual(kept(call), { 'c:board': false });
});

test('a commitment naming people counts only meetings with one of them; naming no one left, none', () => {
  const named = network({ commitments: [{ ...commitment, people: ['p:vc'] }] });
  assert.deepEqual(kept(named), { 'c:board': false });
  named.interactions!.push({ id: 'i:vc', date: '2026-11-02', kind: 'meeting', people: ['p:vc'] });
  assert.deepEqual(kept(named), { 'c:board': true });
  assert.deepEqual(kept(network({ commitments: [{ ...commitment, people: [] }] })), { 'c:board': false });
});

test('a commitment naming a group counts only meetings with one of its members', () => {
  const board = network({
    groups: [{ id: 'g:board', name: 'The board', members: ['p:chair', 'p:vc'] }],
    commitments: [{ ...commitment, groups: ['g:board'] }],
  });
  assert.deepEqual(kept(board), { 'c:board': false }, 'the CEO is not on the board');
  board.interactions!.push({ id: 'i:vc', date: '2026-11-02', kind: 'meeting', people: ['p:vc'] });
  assert.deepEqual(kept(board), { 'c:board': true });
});
