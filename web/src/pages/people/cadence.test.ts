import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cadenceFilterOf, cadenceLabel, cadenceStatus, isCadenceFilter, needsAttention } from './cadence';

const core = (
  state: 'ok' | 'due' | 'overdue' | 'dormant' | 'unknown',
  days: number,
  since: number | null,
) => ({
  days,
  state,
  lastContact: since === null ? null : '2026-11-01',
  daysSinceContact: since,
});

describe('cadence: the words for the status the core computes', () => {
  it('words each of the core states with its number', () => {
    assert.equal(cadenceLabel(cadenceStatus(core('ok', 30, 10))), 'on track');
    assert.equal(cadenceLabel(cadenceStatus(core('due', 30, 27))), 'due in 3 days');
    assert.equal(cadenceLabel(cadenceStatus(core('due', 30, 30))), 'due today');
    assert.equal(cadenceLabel(cadenceStatus(core('overdue', 14, 30))), 'overdue by 16 days');
    assert.equal(cadenceLabel(cadenceStatus(core('overdue', 29, 30))), 'overdue by 1 day');
    assert.equal(
      cadenceLabel(cadenceStatus(core('dormant', 30, 200))),
      'gone quiet: 200 days since the last contact',
    );
    assert.equal(cadenceLabel(cadenceStatus(core('dormant', 30, null))), 'gone quiet: never contacted');
    assert.equal(cadenceLabel(cadenceStatus(core('unknown', 30, null))), 'no contact logged yet');
    assert.equal(cadenceLabel(cadenceStatus(null)), 'no relationship recorded');
  });
  it('never recomputes the bands: a state the core calls ok is on track whatever the days say', () => {
    // 25 of 30 days is past 0.8 × the cadence, but the core said ok (it is the one authority).
    const status = cadenceStatus(core('ok', 30, 25));
    assert.equal(status.state, 'ok');
    assert.equal(cadenceFilterOf(status), 'on-track');
  });
  it('files each state under one list filter', () => {
    assert.equal(cadenceFilterOf(cadenceStatus(core('dormant', 30, 200))), 'overdue');
    assert.equal(cadenceFilterOf(cadenceStatus(core('due', 30, 28))), 'on-track');
    assert.equal(cadenceFilterOf(cadenceStatus(core('unknown', 30, null))), 'none');
    assert.ok(needsAttention(cadenceStatus(core('overdue', 30, 40))));
    assert.ok(!needsAttention(cadenceStatus(core('unknown', 30, null))));
  });
  it('accepts only the three filter values', () => {
    assert.ok(isCadenceFilter('overdue'));
    assert.ok(isCadenceFilter('on-track'));
    assert.ok(isCadenceFilter('none'));
    assert.ok(!isCadenceFilter('late'));
    assert.ok(!isCadenceFilter(null));
  });
});
