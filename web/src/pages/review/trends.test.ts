import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_POINTS, trendDates } from './trends';

test('trendDates: one point per day, oldest first, today added once at the end', () => {
  assert.deepEqual(trendDates(['2026-07-31', '2026-05-29', '2026-07-31T10:00:00Z'], '2026-11-27'), [
    '2026-05-29',
    '2026-07-31',
    '2026-11-27',
  ]);
  assert.deepEqual(trendDates(['2026-05-29', '2026-11-27'], '2026-11-27'), ['2026-05-29', '2026-11-27']);
  assert.deepEqual(trendDates([], '2026-11-27'), ['2026-11-27']);
});

test('trendDates keeps only the latest points', () => {
  const days = Array.from({ length: 20 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`);
  const out = trendDates(days, '2026-11-27');
  assert.equal(out.length, MAX_POINTS);
  assert.equal(out.at(-1), '2026-11-27');
  assert.equal(out[0], '2026-01-10');
});
