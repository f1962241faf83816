import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assess } from '../analysis/assess.js';
import { commitmentsKept } from '../findings/rules.js';
import { sampleNetwork } from '../sample/index.js';
import { type Snapshot, takeSnapshot } from './review.js';
import { summarizeSnapshot } from './review-summary.js';
import { coachContext } from './suggest.js';

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
  dormant: ['p:c'],
};

test('summarizeSnapshot reads the recorded measures', () => {
  assert.deepEqual(summarizeSnapshot(snapshot), {
    forms: snapshot.forms,
    reciprocity: { gave: 4, received: 1, mutual: 2 },
    ties: { count: 3, meanStrength: 2.667 },
    trustedWithoutSupport: 2, // as the measure recorded it, not replayed from `trust`
    dormantTies: 1,
    newTies: null, // no snapshot before it
    commitments: { kept: 2, total: 3 },
  });
});

test('new ties are counted against the snapshot before', () => {
  const before: Snapshot = { ...snapshot, ties: { 'p:a': 5, 'p:z': 3 } };
  assert.equal(summarizeSnapshot(snapshot, before).newTies, 2); // p:b and p:c
  assert.equal(summarizeSnapshot(snapshot, snapshot).newTies, 0);
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
  const { trustWithoutSupport: _, dormant: __, ...older } = snapshot;
  assert.equal(summarizeSnapshot(older).trustedWithoutSupport, null);
  assert.equal(summarizeSnapshot(older).dormantTies, null);
});

test('a snapshot records as dormant exactly the relationships the stale finding counts', () => {
  const asOf = '2026-11-27';
  const network = sampleNetwork({ asOf });
  const ctx = coachContext(network, asOf);
  const snap = takeSnapshot(ctx.view, ctx.measures, commitmentsKept(ctx.view));
  const stale = assess(network, { asOf }).findings.find((f) => f.code === 'dynamism.stale');
  assert.ok(stale, 'the sample has gone-quiet relationships');
  assert.match(
    stale.explanation,
    new RegExp(`^${snap.dormant!.length} of ${snap.ties ? Object.keys(snap.ties).length : 0} `),
  );
  assert.equal(summarizeSnapshot(snap).dormantTies, snap.dormant!.length);
});
