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
  /** A calendar meeting's pseudonymised key (UID and occurrence): it counts once however often exported. */
  meeting?: string;
}

export interface TimeRow {
  person: string;
  day: string;
  channel: number;
  minutes: number;
  meeting?: string;
}

export interface CollaborationRead {
  rows: CollaborationRow[];
  time: TimeRow[];
  /** Records left out on purpose, with why (broadcasts, declined, alone). */
  skipped: Array<{ record: string; reason: string }>;
}

/** Adds each pair's minutes to both people's time, day by day and channel by channel. */
export function timeOfPairs(rows: readonly CollaborationRow[]): TimeRow[] {
  // person -> day -> one row per channel: no key string built per row.
  const sums = new Map<string, Map<string, TimeRow[]>>();
  const out: TimeRow[] = [];
  for (const r of rows) {
    if (r.minutes <= 0) continue;
    for (const person of [r.a, r.b]) {
      let byDay = sums.get(person);
      if (!byDay) {
        byDay = new Map();
        sums.set(person, byDay);
      }
      let channels = byDay.get(r.day);
      if (!channels) {
        channels = [];
        byDay.set(r.day, channels);
      }
      const row = channels[r.channel];
      if (row) row.minutes += r.minutes;
      else {
        channels[r.channel] = { person, day: r.day, channel: r.channel, minutes: r.minutes };
        out.push(channels[r.channel]!);
      }
    }
  }
  return out;
}
