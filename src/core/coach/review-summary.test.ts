import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Snapshot } from './review.js';
import { summarizeSnapshot } from './review-summary.js';

const form = (relationships: number, minutesRecent: number) => ({
  relationships,
  depth: 0.5,
  breadth: 0.25,
  leverage: 0.125,
  minutesRecent,
});

const snapshot: Snapshot = {
  asOf: '2026-05-01',
  ties: { 'p:a': 5, 'p:b': 2, 'p:c': 1 },
  forms: { operational: form(2, 120), personal: form(1, 30), strategic: form(0, 0) },
  reciprocity: { gave: 4, received: 1, mutual: 2 },
  trust: { 'p:a': { trust: 5, support: 1 }, 'p:b': { trust: 4, support: 0 } },
  commitments: { 'c:1': { kept: true }, 'c:2': { kept: false }, 'c:3': { kept: true } },
  goals: { 'g:1': 0.4 },
  trustWithoutSupport: ['p:a', 'o:bank'],
};

test('summarizeSnapshot reads the recorded measures', () => {
  assert.deepEqual(summarizeSnapshot(snapshot), {
    forms: snapshot.forms,
    reciprocity: { gave: 4, received: 1, mutual: 2 },
    ties: { count: 3, meanStrength: 2.667 },
    trustedWithoutSupport: 2, // as the measure recorded it, not replayed from `trust`
    commitments: { kept: 2, total: 3 },
  });
});

test('summarizeSnapshot of an empty network is all zeros, and copies rather than shares', () => {
  const empty: Snapshot = { ...snapshot, ties: {}, trust: {}, commitments: {}, trustWithoutSupport: [] };
  const s = summarizeSnapshot(empty);
  assert.deepEqual(s.ties, { count: 0, meanStrength: 0 });
  assert.equal(s.trustedWithoutSupport, 0);
  assert.deepEqual(s.commitments, { kept: 0, total: 0 });
  s.forms.operational.relationships = 99;
  assert.equal(snapshot.forms.operational.relationships, 2);
});

test('a snapshot from before trustWithoutSupport was recorded has no count rather than a guess', () => {
  const { trustWithoutSupport: _, ...older } = snapshot;
  assert.equal(summarizeSnapshot(older).trustedWithoutSupport, null);
});
