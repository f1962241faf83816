import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assess } from '../analysis/assess.js';
import { sampleNetwork } from '../sample/index.js';
import { sharedDiagnosis, sharedPlan, withoutGoals } from './sharing.js';

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
  const hidden = JSON.stringify(sharedDiagnosis(assessment, false, new Set()));
  assert.deepEqual(
    words.filter((w) => hidden.includes(w)),
    [],
  );
  // The numbers are all there: each finding with how many people it concerns.
  // The numbers are all there, but for the findings about goals, none of which is shared.
  const all = new Set((network.goals ?? []).map((g) => g.id));
  const shared = sharedDiagnosis(assessment, false, all);
  assert.equal(shared.findings.length, assessment.findings.length);
  assert.deepEqual(
    shared.findings.map((f) => f.people),
    assessment.findings.map((f) => f.evidence.people.length),
  );
  assert.equal(shared.metrics.eiIndex, assessment.metrics.eiIndex);
  // With names, the coach reads what the leader reads.
  const named = sharedDiagnosis(assessment, true, all);
  assert.deepEqual(
    named.findings.map((f) => [f.title, f.explanation]),
    assessment.findings.map((f) => [f.title, f.explanation]),
  );
});

test('a goal not chosen never reaches the coach: no title, id, measure or finding of it, with names or without', () => {
  const asOf = '2026-12-01';
  const network = sampleNetwork({ asOf });
  const assessment = assess(network, { asOf });
  const [hub, ops] = network.goals!;
  const aboutHub = assessment.findings.filter((f) => f.evidence.goals.includes(hub!.id));
  assert.ok(aboutHub.length > 0, 'the sample has findings about the hub goal');
  assert.ok(
    assessment.findings.some((f) => f.title.includes(`"${hub!.title}"`)),
    'and a title that quotes it',
  );
  for (const names of [false, true]) {
    const view = sharedDiagnosis(assessment, names, new Set([ops!.id]));
    const text = JSON.stringify(view);
    assert.ok(!text.includes(hub!.title), `names ${names}: the hub's title is not there`);
    assert.ok(!text.includes(hub!.id), `names ${names}: nor its id`);
    assert.deepEqual(
      view.metrics.goals.map((g) => g.title),
      [ops!.title],
      'only the chosen goal, with its title',
    );
    assert.equal(
      view.findings.length,
      assessment.findings.length - aboutHub.length,
      'the findings about the hub goal are left out, no other',
    );
  }
  // Nothing chosen: no goal at all, and no finding about one.
  const none = sharedDiagnosis(assessment, true, new Set());
  assert.deepEqual(none.metrics.goals, []);
  assert.ok(none.findings.every((f) => !f.code.startsWith('goal.')));
  for (const g of network.goals!) assert.ok(!JSON.stringify(none).includes(g.title));
  // A chosen goal's finding keeps the goal's title, even without names.
  const hubOnly = sharedDiagnosis(assessment, false, new Set([hub!.id]));
  assert.ok(hubOnly.findings.some((f) => f.title.includes(`"${hub!.title}"`)));
});

test("a plan's moves, with names, quote no goal that is not shared", () => {
  const hidden = [{ id: 'goal:eu-hub', title: 'Open the first EU distribution hub' }];
  const plan = {
    week: '2026-11-30',
    budgetMinutes: 180,
    minutes: 30,
    percent: {},
    actions: [
      {
        kind: 'ask',
        form: 'strategic',
        minutes: 30,
        people: ['p:claire-martin'],
        headline: 'Ask Claire Martin to sponsor "Open the first EU distribution hub"',
      },
    ],
  } as unknown as Parameters<typeof sharedPlan>[0];
  assert.equal(
    sharedPlan(plan, true, hidden).moves[0]!.headline,
    'Ask Claire Martin to sponsor (a goal not shared)',
  );
  assert.equal(sharedPlan(plan, true, []).moves[0]!.headline, plan.actions[0]!.headline);
  assert.equal(sharedPlan(plan, false, []).moves[0]!.headline, undefined);
  assert.equal(withoutGoals('nothing to hide', hidden), 'nothing to hide');
});
