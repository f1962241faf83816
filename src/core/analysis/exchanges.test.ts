// Each contact's exchanges are what `givenAndReceived` counts over their own interactions, read
// at the contact's node, and counted once for a view however many readers ask.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Network } from '../model.js';
import { contactExchanges } from './exchanges.js';
import { givenAndReceived } from './interaction-table.js';
import { buildNetworkView } from './view.js';

test("a contact's exchanges are the help given and received in their own interactions", () => {
  const network: Network = {
    format: 'threefold/1',
    owner: { name: 'Owner', organization: 'o:home' },
    people: [
      { id: 'p:a', name: 'A' },
      { id: 'p:b', name: 'B' },
      { id: 'p:c', name: 'C' },
      { id: 'p:d', name: 'D' },
    ],
    relationships: [
      { person: 'p:a' },
      { person: 'p:b' },
      // Two relationships with one person: their node counts the person's interactions once.
      { person: 'p:b', strength: 4 },
      { person: 'p:d' },
    ],
    interactions: [
      { id: 'i:1', date: '2026-11-01', people: ['p:a'], direction: 'received' },
      { id: 'i:2', date: '2026-11-02', people: ['p:a', 'p:b'], direction: 'received' },
      { id: 'i:3', date: '2026-11-03', people: ['p:b'], direction: 'gave' },
      { id: 'i:4', date: '2026-11-04', people: ['p:a'], direction: 'mutual' },
      // Someone without a relationship is no contact: nothing is counted at their node.
      { id: 'i:5', date: '2026-11-05', people: ['p:c'], direction: 'gave' },
      // Not yet happened on the view's day.
      { id: 'i:6', date: '2026-12-01', people: ['p:a'], direction: 'gave' },
    ],
  };
  const view = buildNetworkView(network, '2026-11-15');
  const exchanged = contactExchanges(view);
  const at = (id: string) => {
    const node = view.graph.index.get(id)!;
    return { gave: exchanged.gave[node], received: exchanged.received[node] };
  };
  assert.deepEqual(at('p:a'), { gave: 0, received: 2 });
  assert.deepEqual(at('p:b'), { gave: 1, received: 1 });
  assert.deepEqual(at('p:c'), { gave: 0, received: 0 });
  assert.deepEqual(at('p:d'), { gave: 0, received: 0 });
  for (const c of view.contacts)
    assert.deepEqual(at(c.id), givenAndReceived(view.interactions, view.interactionsOf.numbers(c.id)));
  assert.equal(contactExchanges(view), exchanged, 'counted once per view');
  // Another view, a day after i:6, counts its own.
  const later = buildNetworkView(network, '2026-12-02');
  assert.equal(contactExchanges(later).gave[later.graph.index.get('p:a')!], 1);
});
