import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import type { CoachAction } from '../../api/types';
import {
  addDays,
  doneRecord,
  type Handled,
  handledStates,
  sameWeek,
  weekLists,
  weekStart,
} from './week-model';

const a = (
  key: string,
  state: CoachAction['state'] = 'open',
  extra: Partial<CoachAction> = {},
): CoachAction => ({
  key,
  state,
  kind: 'reconnect',
  ...extra,
});

test('addDays crosses months and years in UTC', () => {
  assert.equal(addDays('2026-11-27', 7), '2026-12-04');
  assert.equal(addDays('2026-12-28', 7), '2027-01-04');
  assert.equal(addDays('2028-02-27', 2), '2028-02-29');
});

test("this session's clicks override what the server said, and snoozes keep their date", () => {
  const local = new Map<string, Handled>([['b', { state: 'done' }]]);
  const h = handledStates([a('a', 'snoozed', { until: '2026-12-04' }), a('b'), a('c', 'dismissed')], local);
  assert.deepEqual(Object.fromEntries(h), {
    a: { state: 'snoozed', until: '2026-12-04' },
    b: { state: 'done' },
    c: { state: 'dismissed' },
  });
});

test('weekLists: plan first, suggestions not in the plan, each handled action once', () => {
  const plan = [a('p1'), a('p2')];
  const suggested = [a('p2'), a('s1'), a('s2'), a('p1')];
  const handled = new Map<string, Handled>([
    ['p2', { state: 'done' }],
    ['s2', { state: 'dismissed' }],
  ]);
  const lists = weekLists(plan, suggested, handled);
  assert.deepEqual(
    lists.plan.map((x) => x.key),
    ['p1'],
  );
  assert.deepEqual(
    lists.more.map((x) => x.key),
    ['s1'],
  );
  assert.deepEqual(
    lists.handled.map((x) => [x.key, x.handled.state]),
    [
      ['p2', 'done'],
      ['s2', 'dismissed'],
    ],
  );
});

describe('weeks and what done records', () => {
  it('weeks run Monday to Sunday', () => {
    assert.equal(weekStart('2026-12-04'), '2026-11-30');
    assert.equal(weekStart('2026-11-30'), '2026-11-30');
    assert.equal(weekStart('2026-12-06T23:00:00Z'), '2026-11-30');
    assert.ok(sameWeek('2026-12-01', '2026-12-06'));
    assert.ok(!sameWeek('2026-12-06', '2026-12-07'));
  });
  it('done logs the interaction an action was, and an introduction made', () => {
    const base = { state: 'open' as const, minutes: 30 };
    assert.deepEqual(doneRecord({ ...base, key: 'k', kind: 'reconnect', people: ['p:1'] }), {
      outcome: { people: ['p:1'], kind: 'meeting', minutes: 30 },
    });
    assert.deepEqual(
      doneRecord({ ...base, key: 'k', kind: 'give', people: ['p:1'] }).outcome?.direction,
      'gave',
    );
    assert.deepEqual(
      doneRecord({ ...base, key: 'k', kind: 'introduce', people: ['p:1', 'p:2'] }).introduced,
      ['p:1', 'p:2'],
    );
    assert.deepEqual(doneRecord({ ...base, key: 'k', kind: 'reach', people: ['p:9'] }), {});
    assert.deepEqual(doneRecord({ ...base, key: 'k', kind: 'join', people: [] }), {});
  });
});
