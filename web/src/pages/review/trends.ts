// Turns the snapshots' stored summaries into rows for the trend charts: each point is what a
// snapshot recorded on its date, so later edits to the network do not rewrite the past. The
// network as it is now is one more point at the end.
import type { SnapshotSummary } from './review-types';

export const MAX_POINTS = 12;

export type TrendRow = { date: string; point: 'snapshot' | 'now' } & Record<string, number | string | null>;

export interface SummaryAt {
  asOf: string;
  summary: SnapshotSummary;
}

function row(date: string, point: TrendRow['point'], s: SnapshotSummary): TrendRow {
  const f = (form: string) => s.forms[form];
  return {
    date,
    point,
    operationalMinutes: f('operational')?.minutesRecent ?? null,
    personalMinutes: f('personal')?.minutesRecent ?? null,
    strategicMinutes: f('strategic')?.minutesRecent ?? null,
    operationalRelationships: f('operational')?.relationships ?? null,
    personalRelationships: f('personal')?.relationships ?? null,
    strategicRelationships: f('strategic')?.relationships ?? null,
    depth: f('operational')?.depth ?? null,
    breadth: f('personal')?.breadth ?? null,
    leverage: f('strategic')?.leverage ?? null,
    gave: s.reciprocity.gave,
    received: s.reciprocity.received,
    mutual: s.reciprocity.mutual,
    ties: s.ties.count,
    meanStrength: s.ties.meanStrength,
    trustedWithoutSupport: s.trustedWithoutSupport,
    newTies: s.newTies,
    dormantTies: s.dormantTies,
    commitmentsKept: s.commitments.kept,
    commitmentsTotal: s.commitments.total,
  };
}

/**
 * One row per snapshot date, oldest first (of two snapshots of the same date the later one,
 * as the API lists them), then `now` when it is later than the last snapshot; the latest
 * `MAX_POINTS` of them.
 */
export function trendRows(snapshots: readonly SummaryAt[], now?: SummaryAt): TrendRow[] {
  const byDate = new Map<string, SnapshotSummary>();
  for (const s of snapshots) byDate.set(s.asOf.slice(0, 10), s.summary);
  const rows = [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, s]) => row(date, 'snapshot', s));
  const last = rows.at(-1)?.date ?? '';
  if (now && now.asOf.slice(0, 10) > last) rows.push(row(now.asOf.slice(0, 10), 'now', now.summary));
  return rows.slice(-MAX_POINTS);
}
