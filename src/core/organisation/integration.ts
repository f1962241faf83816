import { type CsrGraph, degree } from '../graph/index.js';
import { type Collaboration, SURVEY } from './model.js';
import type { IndexedRoster } from './roster.js';

export const MILESTONES = [30, 60, 90] as const;
/** Leaders who started within this many days before the analysis date are new. */
export const NEW_LEADER_DAYS = 90;
/** Leaders in post for at least this long are the baseline new leaders are compared with. */
export const ESTABLISHED_DAYS = 365;

/** How one new leader's network grew in their first days. */
export interface LeaderIntegration {
  person: number;
  daysIn: number;
  /** People tied to by day 30, 60, 90 (null before the leader reaches that day). */
  ties: Array<number | null>;
  /** Units besides their own reached by day 30, 60, 90. */
  otherUnits: Array<number | null>;
}

/**
 * New leaders (people someone reports to, who started in the last 90 days) and the ties they
 * formed by 30, 60 and 90 days; a pair becomes a tie as in the window (enough interactions, or
 * named in a survey). One pass over the edges.
 */
export function newLeaderIntegration(
  roster: IndexedRoster,
  edges: Collaboration,
  asOfDay: number,
  minInteractions: number,
): LeaderIntegration[] {
  const slot = new Int32Array(roster.n).fill(-1);
  const leaders: number[] = [];
  for (let v = 0; v < roster.n; v++) {
    const s = roster.startDay[v]!;
    if (roster.leads[v] === 1 && s >= 0 && s <= asOfDay && asOfDay - s < NEW_LEADER_DAYS) {
      slot[v] = leaders.length;
      leaders.push(v);
    }
  }
  // Per leader: partner -> interactions before day 30, 60, 90 (cumulative, survey as many as needed).
  const partners = leaders.map(() => new Map<number, Float64Array>());
  const note = (x: number, other: number, day: number, count: number) => {
    const d = day - roster.startDay[x]!;
    if (d < 0 || d >= MILESTONES[2]) return;
    const map = partners[slot[x]!]!;
    let c = map.get(other);
    if (!c) {
      c = new Float64Array(MILESTONES.length);
      map.set(other, c);
    }
    for (let m = 0; m < MILESTONES.length; m++) if (d < MILESTONES[m]!) c[m]! += count;
  };
  for (let e = 0; e < edges.length; e++) {
    const a = edges.a[e]!;
    const b = edges.b[e]!;
    if (a === b || (slot[a] === -1 && slot[b] === -1)) continue;
    const count = edges.channel[e] === SURVEY ? minInteractions : edges.count[e]!;
    if (slot[a] !== -1) note(a, b, edges.day[e]!, count);
    if (slot[b] !== -1) note(b, a, edges.day[e]!, count);
  }
  return leaders.map((v, i) => {
    const daysIn = asOfDay - roster.startDay[v]!;
    const ties: Array<number | null> = [];
    const otherUnits: Array<number | null> = [];
    MILESTONES.forEach((milestone, m) => {
      if (daysIn < milestone) {
        ties.push(null);
        otherUnits.push(null);
        return;
      }
      let count = 0;
      const units = new Set<number>();
      for (const [other, c] of partners[i]!) {
        if (c[m]! < minInteractions) continue;
        count++;
        if (roster.unit.of[other] !== roster.unit.of[v]) units.add(roster.unit.of[other]!);
      }
      ties.push(count);
      otherUnits.push(units.size);
    });
    return { person: v, daysIn, ties, otherUnits };
  });
}

/** Ties in the window of leaders in post for a year or more: what new leaders are compared with. */
export function establishedLeaderTies(roster: IndexedRoster, g: CsrGraph, asOfDay: number): number[] {
  const out: number[] = [];
  for (let v = 0; v < roster.n; v++) {
    const s = roster.startDay[v]!;
    if (roster.leads[v] === 1 && (s < 0 || asOfDay - s >= ESTABLISHED_DAYS)) out.push(degree(g, v));
  }
  return out;
}
