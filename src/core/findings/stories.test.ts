import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateDocument } from '../../document/validate.js';
import { assess } from '../analysis/assess.js';
import type { Finding } from './types.js';

// The framework's stories (shared/framework.md) as fixture documents, and what a coach would
// expect the diagnostic to say about each.
const story = (name: string): Finding[] => {
  const doc = validateDocument(
    JSON.parse(readFileSync(new URL(`../../../fixtures/stories/${name}.json`, import.meta.url), 'utf8')),
  );
  return assess(doc, { asOf: '2026-06-30' }).findings;
};
const get = (findings: Finding[], code: string) => {
  const f = findings.find((x) => x.code === code);
  assert.ok(f, `expected ${code}; got ${findings.map((x) => x.code).join(', ')}`);
  return f;
};
const absent = (findings: Finding[], code: string) =>
  assert.ok(!findings.some((x) => x.code === code), `${code} should not fire`);

test('Alistair: powerful co-directors with weak ties, met only at the board table', () => {
  const f = story('alistair');
  const blind = get(f, 'operational.blind-spot');
  assert.deepEqual([...blind.evidence.people].sort(), ['d1', 'd2', 'd3', 'd4', 'd5', 'd6']);
  assert.deepEqual([...get(f, 'operational.formal-only').evidence.people].sort(), [
    'ceo',
    'd1',
    'd2',
    'd3',
    'd4',
    'd5',
    'd6',
  ]);
  assert.deepEqual(get(f, 'goal.unsupported').evidence.goals, ['goal:restructure']);
  absent(f, 'operational.shallow');
});

test('Henrik: board members seen only in board meetings', () => {
  const f = story('henrik');
  assert.deepEqual([...get(f, 'operational.formal-only').evidence.people].sort(), ['b1', 'b2', 'b3', 'b4']);
  absent(f, 'operational.blind-spot');
});

test('Sophie: an all-internal, all-current network', () => {
  const f = story('sophie');
  assert.equal(get(f, 'network.inward').evidence.measures.eiIndex, -1);
  get(f, 'strategic.no-lateral');
  get(f, 'strategic.no-upward');
  get(f, 'strategic.no-bridges');
  get(f, 'personal.no-groups');
  get(f, 'strategic.underused');
  absent(f, 'operational.shallow');
});

test('Jody: dormant strong ties and idle allies around a contested goal', () => {
  const f = story('jody');
  assert.deepEqual([...get(f, 'goal.allies-idle').evidence.people].sort(), ['a1', 'a2', 'a5']);
  const stale = get(f, 'dynamism.stale');
  assert.equal(stale.evidence.people.length, 10);
  assert.ok(
    stale.evidence.people.every((id) => id.startsWith('a')),
    'the dormant ones are her long-time colleagues',
  );
  assert.deepEqual([...get(f, 'goal.unsupported').evidence.people].sort(), ['r1', 'r2']);
});

test('Harris: networking dropped under operational load, the habit missed', () => {
  const f = story('harris');
  get(f, 'dynamism.lapse');
  assert.equal(get(f, 'commitment.missed').evidence.measures.commitment, 'c:alumni');
  absent(f, 'personal.no-groups');
});

test('the entrepreneur: trust from a bank and a council, never support', () => {
  const f = story('entrepreneur');
  const t = get(f, 'support.trust-without-support');
  assert.deepEqual([...t.evidence.people].sort(), ['banker', 'mayor']);
  assert.deepEqual([...t.evidence.organizations].sort(), ['o:bank', 'o:city']);
});
