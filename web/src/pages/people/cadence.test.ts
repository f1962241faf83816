import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cadenceLabel, cadenceStatus, daysBetween, isCadenceFilter, lastContactOf } from './cadence';

describe('daysBetween', () => {
  it('counts whole days and ignores the time of day', () => {
    assert.equal(daysBetween('2026-10-28', '2026-11-27'), 30);
    assert.equal(daysBetween('2026-11-27T23:30:00Z', '2026-11-28'), 1);
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(daysBetween('2026-12-01', '2026-11-27'), -4);
  });
});

describe('cadenceStatus', () => {
  it('is overdue by the days beyond the cadence', () => {
    assert.deepEqual(cadenceStatus(14, '2026-10-28', '2026-11-27'), { state: 'overdue', days: 16 });
    assert.equal(cadenceLabel(cadenceStatus(14, '2026-10-28', '2026-11-27')), 'overdue by 16 days');
    assert.equal(cadenceLabel(cadenceStatus(29, '2026-10-28', '2026-11-27')), 'overdue by 1 day');
  });
  it('is on track up to and including the cadence day', () => {
    assert.deepEqual(cadenceStatus(30, '2026-10-28', '2026-11-27'), { state: 'on-track', dueInDays: 0 });
    assert.equal(cadenceLabel(cadenceStatus(30, '2026-11-27', '2026-11-27')), 'on track');
  });
  it('treats a future-dated contact as contact today', () => {
    assert.deepEqual(cadenceStatus(7, '2026-12-05', '2026-11-27'), { state: 'on-track', dueInDays: 7 });
  });
  it('is overdue when a cadence exists but there was never contact', () => {
    assert.deepEqual(cadenceStatus(30, null, '2026-11-27'), { state: 'overdue', days: null });
    assert.equal(cadenceLabel({ state: 'overdue', days: null }), 'overdue: never contacted');
  });
  it('has no cadence without a positive number of days', () => {
    assert.equal(cadenceLabel(cadenceStatus(undefined, '2026-11-01', '2026-11-27')), 'no cadence set');
    assert.deepEqual(cadenceStatus(0, '2026-11-01', '2026-11-27'), { state: 'none' });
  });
});

describe('lastContactOf', () => {
  it('takes the newest date that is not in the future', () => {
    assert.equal(
      lastContactOf(['2026-10-02', '2026-12-24', '2026-11-03T10:00:00Z'], '2026-11-27'),
      '2026-11-03',
    );
    assert.equal(lastContactOf(['2026-12-24'], '2026-11-27'), null);
    assert.equal(lastContactOf([], '2026-11-27'), null);
    assert.equal(lastContactOf(['2026-11-27'], '2026-11-27'), '2026-11-27');
  });
});

describe('isCadenceFilter', () => {
  it('accepts only the three filter values', () => {
    assert.ok(isCadenceFilter('overdue'));
    assert.ok(isCadenceFilter('on-track'));
    assert.ok(isCadenceFilter('none'));
    assert.ok(!isCadenceFilter('due'));
    assert.ok(!isCadenceFilter(null));
  });
});
