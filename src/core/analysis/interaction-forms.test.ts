// An interaction serves the forms it states, else those of its attendees' relationships, in the
// order they come: people are found by their number, strangers to the network bring none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Network } from '../model.js';
import { interactionForms, measure } from './measures.js';
import { buildNetworkView } from './view.js';

test("an interaction's forms are its own, else its attendees' in order, strangers aside", () => {
  const network: Network = {
    format: 'threefold/1',
    owner: { name: 'Owner', organization: 'o:home' },
    people: [
      { id: 'p:a', name: 'A' },
      { id: 'p:b', name: 'B' },
      { id: 'p:c', name: 'C' },
    ],
    relationships: [
      { person: 'p:b', forms: ['strategic', 'personal'] },
      { person: 'p:a', forms: ['operational'] },
      // A later relationship with the same person wins.
      { person: 'p:a', forms: ['personal'] },
    ],
    interactions: [
      { id: 'i:1', date: '2026-11-01', people: ['p:stranger', 'p:a', 'p:c', 'p:b'] },
      { id: 'i:2', date: '2026-11-02', people: ['p:a'], forms: ['operational'] },
      { id: 'i:3', date: '2026-11-03', people: ['p:c', 'p:stranger'] },
    ],
  };
  const view = buildNetworkView(network, '2026-11-15');
  assert.deepEqual(interactionForms(view, 0), ['personal', 'strategic']);
  assert.deepEqual(interactionForms(view, 1), ['operational']);
  assert.deepEqual(interactionForms(view, 2), []);

  // The measures split each recent interaction's minutes (30 when unstated) among the same forms.
  const forms = measure(view, { betweenness: false, holes: 'owner' }).forms;
  assert.equal(forms.personal.minutesRecent, 15);
  assert.equal(forms.strategic.minutesRecent, 15);
  assert.equal(forms.operational.minutesRecent, 30);
  // The interaction with only a stranger and someone without a relationship serves no form.
  assert.equal(forms.operational.shareOfMinutesRecent, 30 / 60);
});
