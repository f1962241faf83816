// Turns assessments taken as of each snapshot date into rows for the trend charts. The review
// API keeps the snapshots' measures to itself (it answers ids and dates), so the page measures
// the network as of each snapshot date with GET /api/assess?asOf=, which also covers time and
// dormancy that snapshots do not keep.
import type { Assessment } from '../overview/assess-types';

export const MAX_POINTS = 12;

/** Distinct snapshot dates, oldest first, the last `MAX_POINTS` of them, plus today's date. */
export function trendDates(takenAt: readonly string[], today: string): string[] {
  const days = [...new Set(takenAt.map((d) => d.slice(0, 10)))].sort();
  if (days.at(-1) !== today && today > (days.at(-1) ?? '')) days.push(today);
  return days.slice(-MAX_POINTS);
}

export type TrendRow = { date: string } & Record<string, number | string | null>;

export function trendRow(date: string, a: Assessment): TrendRow {
  const m = a.metrics;
  const f = (form: string) => m.forms[form];
  return {
    date,
    operationalMinutes: f('operational')?.minutesRecent ?? null,
    personalMinutes: f('personal')?.minutesRecent ?? null,
    strategicMinutes: f('strategic')?.minutesRecent ?? null,
    depth: f('operational')?.depth ?? null,
    breadth: f('personal')?.breadth ?? null,
    leverage: f('strategic')?.leverage ?? null,
    newTies: m.dynamism?.newRelationships.length ?? null,
    dormantTies: m.dynamism?.dormant.length ?? null,
    gave: m.reciprocity?.gave ?? null,
    received: m.reciprocity?.received ?? null,
    mutual: m.reciprocity?.mutual ?? null,
    constraint: m.owner.constraint,
    efficiency: m.owner.efficiency,
  };
}
