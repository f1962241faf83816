/** What the company readers hand to the import: pseudonyms only, never an id or an address. */
export interface CollaborationRow {
  /** Pseudonyms of the two people (of their id or of an address the roster gave them). */
  a: string;
  b: string;
  /** The period's first day, YYYY-MM-DD. */
  day: string;
  channel: number;
  count: number;
  minutes: number;
}

export interface TimeRow {
  person: string;
  day: string;
  channel: number;
  minutes: number;
}

export interface CollaborationRead {
  rows: CollaborationRow[];
  time: TimeRow[];
  /** Records left out on purpose, with why (broadcasts, declined, alone). */
  skipped: Array<{ record: string; reason: string }>;
}

/** Adds each pair's minutes to both people's time, day by day and channel by channel. */
export function timeOfPairs(rows: readonly CollaborationRow[]): TimeRow[] {
  const sums = new Map<string, TimeRow>();
  for (const r of rows) {
    if (r.minutes <= 0) continue;
    for (const person of [r.a, r.b]) {
      const key = `${person}\u0000${r.day}\u0000${r.channel}`;
      const row = sums.get(key);
      if (row) row.minutes += r.minutes;
      else sums.set(key, { person, day: r.day, channel: r.channel, minutes: r.minutes });
    }
  }
  return [...sums.values()];
}
