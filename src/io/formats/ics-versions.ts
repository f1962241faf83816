/**
 * One file may hold several VCALENDAR objects: concatenated exports, or an iTIP stream of
 * REQUEST and CANCEL messages (RFC 5546). Every calendar is read; of the versions of one event
 * (same UID and RECURRENCE-ID) the latest wins: higher SEQUENCE, then later DTSTAMP, then the
 * later in the file. A winner sent with METHOD:CANCEL or marked STATUS:CANCELLED is cancelled.
 * An attendee's answer (REPLY, COUNTER) or a request for the event (REFRESH, DECLINECOUNTER) is
 * not a version of the meeting: it carries no time and often the same SEQUENCE and a later
 * DTSTAMP, so taking it as one would replace the meeting by an answer to it.
 */

type Jcal = unknown[];

export interface EventVersion {
  vevent: Jcal;
  cancelled: boolean;
}

/** An iTIP message about an event that is not the event: an answer, a counter-proposal. */
export interface EventAnswer {
  vevent: Jcal;
  method: string;
}

const ANSWERS = new Set(['REPLY', 'COUNTER', 'REFRESH', 'DECLINECOUNTER']);

function props(component: Jcal): unknown[][] {
  const p = component[1];
  return Array.isArray(p) ? (p.filter(Array.isArray) as unknown[][]) : [];
}

function value(component: Jcal, name: string): string | undefined {
  const p = props(component).find((x) => x[0] === name);
  return p && p[3] !== undefined && p[3] !== null ? String(p[3]) : undefined;
}

function subcomponents(component: Jcal, name: string): Jcal[] {
  const subs = component[2];
  return Array.isArray(subs) ? (subs.filter((s) => Array.isArray(s) && s[0] === name) as Jcal[]) : [];
}

/** The calendars of what ical.js parsed: one component, or a list of them. */
export function calendarsOf(jcal: unknown): Jcal[] {
  if (!Array.isArray(jcal)) return [];
  const list = Array.isArray(jcal[0]) ? jcal : [jcal];
  return list.filter((c) => Array.isArray(c) && c[0] === 'vcalendar') as Jcal[];
}

/** The key of an event version: UID and RECURRENCE-ID; undefined without a UID (kept as is). */
export function versionKey(vevent: Jcal): string | undefined {
  const uid = value(vevent, 'uid');
  return uid ? `${uid}\u0000${value(vevent, 'recurrence-id') ?? ''}` : undefined;
}

function newer(a: Jcal, b: Jcal): boolean {
  const seq = (c: Jcal) => {
    const n = Number.parseInt(value(c, 'sequence') ?? '0', 10);
    return Number.isFinite(n) ? n : 0;
  };
  if (seq(a) !== seq(b)) return seq(a) > seq(b);
  // DTSTAMP is UTC in jCal form (`2024-01-02T10:00:00Z`): strings compare as times.
  return (value(a, 'dtstamp') ?? '') >= (value(b, 'dtstamp') ?? '');
}

/**
 * The latest version of every event across all calendars, in the order first seen, and the
 * answers to events, which are left out.
 */
export function latestVersions(calendars: Jcal[]): { versions: EventVersion[]; answers: EventAnswer[] } {
  const byKey = new Map<string, EventVersion>();
  const out: (EventVersion | string)[] = [];
  const answers: EventAnswer[] = [];
  for (const calendar of calendars) {
    const method = (value(calendar, 'method') ?? '').toUpperCase();
    const cancel = method === 'CANCEL';
    for (const vevent of subcomponents(calendar, 'vevent')) {
      if (ANSWERS.has(method)) {
        answers.push({ vevent, method });
        continue;
      }
      const version = {
        vevent,
        cancelled: cancel || (value(vevent, 'status') ?? '').toUpperCase() === 'CANCELLED',
      };
      const key = versionKey(vevent);
      if (key === undefined) {
        out.push(version);
        continue;
      }
      const old = byKey.get(key);
      if (!old) out.push(key);
      if (!old || newer(vevent, old.vevent)) byKey.set(key, version);
    }
  }
  return { versions: out.map((v) => (typeof v === 'string' ? byKey.get(v)! : v)), answers };
}

/** VTIMEZONEs of every calendar. */
export function timezonesOf(calendars: Jcal[]): Jcal[] {
  return calendars.flatMap((c) => subcomponents(c, 'vtimezone'));
}
