import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateDocument } from '../../document/validate.js';
import { generateNetwork, sampleNetwork } from './index.js';

test('the sample network is a valid document of about 150 people, the same every time', () => {
  const doc = validateDocument(sampleNetwork());
  assert.ok(doc.people.length >= 130 && doc.people.length <= 180, `${doc.people.length} people`);
  assert.deepEqual(sampleNetwork(), sampleNetwork());
  assert.equal(doc.goals?.length, 2);
  assert.ok((doc.commitments?.length ?? 0) >= 1);
  assert.ok((doc.groups?.length ?? 0) >= 3);
  const orgKinds = new Set(doc.organizations?.map((o) => o.kind));
  for (const kind of ['company', 'association', 'alumni', 'club', 'public-body'])
    assert.ok(orgKinds.has(kind as never), kind);
  const dates = doc.interactions!.map((i) => i.date).sort();
  assert.ok(dates[0]! <= '2024-12-01' && dates.at(-1)! >= '2026-11-01', 'two years of interactions');
  assert.ok(doc.ties!.length > 200);
});

test('the sample network follows the date it is given', () => {
  const doc = sampleNetwork({ asOf: '2030-01-01' });
  assert.ok(doc.interactions!.every((i) => i.date <= '2030-01-01'));
});

for (const size of [10, 1000, 20_000]) {
  test(`generateNetwork makes a valid, reproducible network of ${size} people`, () => {
    const doc = validateDocument(generateNetwork({ people: size, seed: 7 }));
    assert.equal(doc.people.length, size);
    if (size >= 1000) {
      assert.equal(doc.ties!.length, size * 10);
      assert.equal(doc.interactions!.length, size * 6);
    }
    if (size === 1000) assert.deepEqual(generateNetwork({ people: size, seed: 7 }), doc);
  });
}
