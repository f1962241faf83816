/**
 * An organisation's collaboration, as the organisation analysis reads it: a roster of people
 * known only by pseudonyms, and metadata of who worked with whom (never subjects or bodies).
 * Edges are columns of typed arrays, so 20 million of them stay compact.
 */
export const CHANNELS = ['meeting', 'mail', 'chat', 'call', 'survey'] as const;
export type Channel = (typeof CHANNELS)[number];
export const SURVEY = CHANNELS.indexOf('survey');

/** One employee of the roster; `id` is already a pseudonym and `manager` another one (or null). */
export interface RosterEntry {
  id: string;
  unit: string;
  function: string;
  level: string;
  location: string;
  manager: string | null;
  /** YYYY-MM-DD, or null when unknown. */
  startDate: string | null;
}

/**
 * Who worked with whom: edge e joins roster positions a[e] and b[e] on day[e] (days since
 * 1970-01-01, the first day of the period the row counts) through channel[e], `count` times
 * for `minutes` minutes in all.
 */
export interface Collaboration {
  length: number;
  a: Uint32Array;
  b: Uint32Array;
  day: Int32Array;
  channel: Uint8Array;
  count: Float32Array;
  minutes: Float32Array;
}

/** Each person's collaboration time by day (a meeting counts once per attendee, not per pair). */
export interface CollaborationTime {
  length: number;
  person: Uint32Array;
  day: Int32Array;
  minutes: Float32Array;
}

export interface OrganisationData {
  people: readonly RosterEntry[];
  collaboration: Collaboration;
  time: CollaborationTime;
}

export interface OrganisationOptions {
  /** YYYY-MM-DD: the analysis reads the `windowDays` days up to and including it. */
  asOf: string;
  windowDays?: number;
  /** A pair becomes a tie after this many interactions in the window (a survey tie always is one). */
  minInteractions?: number;
  /** Collaboration time above which a person counts as overloaded. */
  overloadMinutesPerWeek?: number;
  /** At most this many sampled sources for betweenness (fewer when their spread allows). */
  betweennessSamples?: number;
  seed?: number;
}

export const DEFAULT_WINDOW_DAYS = 90;
export const DEFAULT_MIN_INTERACTIONS = 2;
/** 20 hours a week in meetings, calls and messages: half a working week spent collaborating. */
export const DEFAULT_OVERLOAD_MINUTES_PER_WEEK = 1200;

const DAY_MS = 86_400_000;
export function dayNumber(date: string): number {
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(t)) throw new Error(`"${date}" is not a date`);
  return Math.floor(t / DAY_MS);
}
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Growable columns for edges, so readers append without knowing the count first. */
export function collaborationOf(rows: number): Collaboration {
  return {
    length: 0,
    a: new Uint32Array(rows),
    b: new Uint32Array(rows),
    day: new Int32Array(rows),
    channel: new Uint8Array(rows),
    count: new Float32Array(rows),
    minutes: new Float32Array(rows),
  };
}

export function timeOf(rows: number): CollaborationTime {
  return {
    length: 0,
    person: new Uint32Array(rows),
    day: new Int32Array(rows),
    minutes: new Float32Array(rows),
  };
}
