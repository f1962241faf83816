import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assess } from '../analysis/assess.js';
import { sampleNetwork } from '../sample/index.js';
import { sharedDiagnosis } from './sharing.js';

test('a diagnosis shared without names names no person, organisation, goal or commitment, by name or by id', () => {
  const asOf = '2026-12-01';
  const network = sampleNetwork({ asOf });
  const assessment = assess(network, { asOf });
  const words = [
    ...network.people.map((p) => p.name),
    ...network.people.map((p) => p.id),
    ...(network.organizations ?? []).map((o) => o.id),
    ...(network.goals ?? []).map((g) => g.id),
    ...(network.organizations ?? []).map((o) => o.name),
    ...(network.goals ?? []).map((g) => g.title),
    ...(network.commitments ?? []).map((c) => c.text),
  ];
  const hidden = JSON.stringify(sharedDiagnosis(assessment, false));
  assert.deepEqual(
    words.filter((w) => hidden.includes(w)),
    [],
  );
  // The numbers are all there: each finding with how many people it concerns.
  const shared = sharedDiagnosis(assessment, false);
  assert.equal(shared.findings.length, assessment.findings.length);
  assert.deepEqual(
    shared.findings.map((f) => f.people),
    assessment.findings.map((f) => f.evidence.people.length),
  );
  assert.equal(shared.metrics.eiIndex, assessment.metrics.eiIndex);
  // With names, the coach reads what the leader reads.
  const named = sharedDiagnosis(assessment, true);
  assert.deepEqual(
    named.findings.map((f) => [f.title, f.explanation]),
    assessment.findings.map((f) => [f.title, f.explanation]),
  );
});
