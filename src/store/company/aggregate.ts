import { dayNumber } from '../../core/organisation/model.js';
import type { CollaborationRead } from '../../io/company/records.js';

/** One import's collaboration resolved to people's rows and summed by key, ready to write. */
export interface AggregatedImport {
  edges: { a: number[]; b: number[]; day: number[]; channel: number[]; count: number[]; minutes: number[] };
  time: { person: number[]; day: number[]; channel: number[]; minutes: number[] };
  notOnRoster: number;
  tooOld: number;
  /** Meetings written by this batch, with their day: stored so no later export counts them again. */
  meetings: Map<string, number>;
}

/**
 * Resolves each row's people through their aliases, leaves out rows naming someone off the
 * roster or older than `oldest`, and sums rows that share pair, day and channel. A pair is one
 * number (no string per row); its rows are chained through `next`, a few per pair. Both stores
 * write what this returns, so an import means the same on SQLite and PostgreSQL. Rows and time of
 * a meeting in `knownMeetings` (one an earlier import counted) are left out.
 */
export function aggregateImport(
  read: CollaborationRead,
  rowOfAlias: ReadonlyMap<string, number>,
  oldest: number,
  knownMeetings: ReadonlySet<string> = new Set(),
): AggregatedImport {
  const meetings = new Map<string, number>();
  const dayOf = new Map<string, number>();
  const day = (date: string) => {
    let d = dayOf.get(date);
    if (d === undefined) {
      d = dayNumber(date);
      dayOf.set(date, d);
    }
    return d;
  };
  let notOnRoster = 0;
  let tooOld = 0;
  const edges: AggregatedImport['edges'] = { a: [], b: [], day: [], channel: [], count: [], minutes: [] };
  const first = new Map<number, number>();
  const next: number[] = [];
  for (const r of read.rows) {
    if (r.meeting !== undefined && knownMeetings.has(r.meeting)) continue;
    const ra = rowOfAlias.get(r.a);
    const rb = rowOfAlias.get(r.b);
    if (ra === undefined || rb === undefined) {
      notOnRoster++;
      continue;
    }
    const d = day(r.day);
    if (d < oldest) {
      tooOld++;
      continue;
    }
    if (ra === rb) continue;
    if (r.meeting !== undefined) meetings.set(r.meeting, d);
    const lo = Math.min(ra, rb);
    const hi = Math.max(ra, rb);
    const pair = lo * 2 ** 26 + hi;
    let at = first.get(pair) ?? -1;
    while (at !== -1 && (edges.day[at] !== d || edges.channel[at] !== r.channel)) at = next[at]!;
    if (at !== -1) {
      edges.count[at]! += r.count;
      edges.minutes[at]! += r.minutes;
      continue;
    }
    next.push(first.get(pair) ?? -1);
    first.set(pair, edges.a.length);
    edges.a.push(lo);
    edges.b.push(hi);
    edges.day.push(d);
    edges.channel.push(r.channel);
    edges.count.push(r.count);
    edges.minutes.push(r.minutes);
  }
  const time: AggregatedImport['time'] = { person: [], day: [], channel: [], minutes: [] };
  const slot = new Map<string, number>();
  for (const t of read.time) {
    if (t.meeting !== undefined && knownMeetings.has(t.meeting)) continue;
    const person = rowOfAlias.get(t.person);
    const d = day(t.day);
    if (person === undefined || d < oldest) continue;
    if (t.meeting !== undefined) meetings.set(t.meeting, d);
    const key = `${person} ${d} ${t.channel}`;
    const at = slot.get(key);
    if (at !== undefined) {
      time.minutes[at]! += t.minutes;
      continue;
    }
    slot.set(key, time.person.length);
    time.person.push(person);
    time.day.push(d);
    time.channel.push(t.channel);
    time.minutes.push(t.minutes);
  }
  return { edges, time, notOnRoster, tooOld, meetings };
}

/** The meetings a batch of calendar rows names, each once. */
export function meetingKeys(read: CollaborationRead): string[] {
  const keys = new Set<string>();
  for (const r of read.rows) if (r.meeting !== undefined) keys.add(r.meeting);
  for (const t of read.time) if (t.meeting !== undefined) keys.add(t.meeting);
  return [...keys];
}
