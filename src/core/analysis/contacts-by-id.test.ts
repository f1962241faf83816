// A view finds contacts by id through the graph's index: it must answer exactly what a map built
// from the contacts in order answers, a person with two relationships included (the later wins).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Network } from '../model.js';
import { generateNetwork } from '../sample/index.js';
import { buildNetworkView } from './view.js';

test('contacts by id answer as a map of the contacts in order', () => {
  const generated = generateNetwork({ people: 400, seed: 3 });
  const relationships = generated.relationships ?? [];
  const network: Network = {
    ...generated,
    // The first contact twice, the second time with another strength; and one with a stranger.
    relationships: [
      ...relationships,
      { ...relationships[0]!, strength: relationships[0]!.strength === 5 ? 1 : 5 },
      { person: 'p:nobody', strength: 3 },
    ],
  };
  const view = buildNetworkView(network, '2026-11-15');
  const expected = new Map(view.contacts.map((c) => [c.id, c]));
  assert.equal(view.contactById.size, expected.size);
  assert.ok(expected.size > 100 && expected.size < view.contacts.length);
  for (const id of [...view.graph.ids, 'p:nobody', 'owner']) {
    assert.equal(view.contactById.get(id), expected.get(id), id);
    assert.equal(view.contactById.has(id), expected.has(id), id);
  }
  for (const c of view.contacts) assert.equal(view.contactById.atNode(c.node), expected.get(c.id));
  assert.deepEqual([...view.contactById], [...expected]);
  assert.equal(view.contactById.get(relationships[0]!.person)?.relationship, network.relationships!.at(-2));
});
