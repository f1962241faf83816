import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SnapshotSummary } from './review-types';
import { MAX_POINTS, trendRows } from './trends';

const summary = (ties: number, minutes = 60): SnapshotSummary => ({
  forms: {
    operational: { relationships: ties, depth: 0.5, breadth: 0.1, leverage: 0.2, minutesRecent: minutes },
    personal: { relationships: 1, depth: 0.1, breadth: 0.4, leverage: 0.1, minutesRecent: 30 },
    strategic: { relationships: 0, depth: 0, breadth: 0, leverage: 0.7, minutesRecent: 0 },
  },
  reciprocity: { gave: 3, received: 2, mutual: 1 },
  ties: { count: ties + 1, meanStrength: 3.5 },
  trustedWithoutSupport: 2,
  dormantTies: 1,
  newTies: null,
  commitments: { kept: 1, total: 2 },
});

test('trendRows: one row per snapshot with what it recorded, oldest first, then now', () => {
  const rows = trendRows(
    [
      { asOf: '2026-05-29', summary: summary(4) },
      { asOf: '2026-07-31', summary: summary(6, 90) },
    ],
    { asOf: '2026-11-27', summary: summary(9) },
  );
  assert.deepEqual(
    rows.map((r) => [r.date, r.point, r.ties, r.operationalRelationships]),
    [
      ['2026-05-29', 'snapshot', 5, 4],
      ['2026-07-31', 'snapshot', 7, 6],
      ['2026-11-27', 'now', 10, 9],
    ],
  );
  assert.deepEqual(rows[1], {
    date: '2026-07-31',
    point: 'snapshot',
    operationalMinutes: 90,
    personalMinutes: 30,
    strategicMinutes: 0,
    operationalRelationships: 6,
    personalRelationships: 1,
    strategicRelationships: 0,
    depth: 0.5,
    breadth: 0.4,
    leverage: 0.7,
    gave: 3,
    received: 2,
    mutual: 1,
    ties: 7,
    meanStrength: 3.5,
    trustedWithoutSupport: 2,
    newTies: null,
    dormantTies: 1,
    commitmentsKept: 1,
    commitmentsTotal: 2,
  });
});

test('trendRows: the later of two snapshots of a day wins; now only when later than the last', () => {
  const rows = trendRows(
    [
      { asOf: '2026-05-29', summary: summary(1) },
      { asOf: '2026-05-29', summary: summary(2) },
      { asOf: '2026-11-27', summary: summary(3) },
    ],
    { asOf: '2026-11-27', summary: summary(8) },
  );
  assert.deepEqual(
    rows.map((r) => [r.date, r.point, r.operationalRelationships]),
    [
      ['2026-05-29', 'snapshot', 2],
      ['2026-11-27', 'snapshot', 3],
    ],
  );
  assert.deepEqual(trendRows([]), []);
  assert.deepEqual(
    trendRows([], { asOf: '2026-11-27', summary: summary(1) }).map((r) => r.point),
    ['now'],
  );
});

test('trendRows keeps only the latest points', () => {
  const snaps = Array.from({ length: 20 }, (_, i) => ({
    asOf: `2026-01-${String(i + 1).padStart(2, '0')}`,
    summary: summary(i),
  }));
  const rows = trendRows(snaps, { asOf: '2026-11-27', summary: summary(99) });
  assert.equal(rows.length, MAX_POINTS);
  assert.equal(rows.at(-1)?.point, 'now');
  assert.equal(rows[0]?.date, '2026-01-10');
});
