import type { ParseResult } from './types.js';

/** A property in jCal form: `[name, params, type, ...values]`. */
type JcalProperty = [string, Record<string, unknown>, string, ...unknown[]];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?$/;
const DURATION = /^[+-]?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/;
/** What ical.js makes of an 8-digit value typed date-time: `DTSTART:20041225` -> `2004-12-25T::`. */
const DATE_AS_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T::$/;
const DATED = new Set(['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate']);

/** What the import needs to know of an event's dates beyond what ical.js keeps. */
export interface EventDates {
  /** RDATE periods: occurrence start (jCal form) to its end (date-time or duration). */
  periodEnds: Map<string, string>;
  /** EXDATEs with no zone, in the event's wall-clock time (`2020-01-16T10:00:00` or a date). */
  floatingExdates: Set<string>;
  /** EXDATEs in UTC, as instants: they match an occurrence of a zoned series at the same instant. */
  utcExdates: Set<number>;
}

/** A value as the file wrote it, for messages: `2004-12-25T::` -> `20041225T`. */
export function asWritten(value: unknown): string {
  return String(value).replace(/[-:]/g, '').replace(/T$/, '');
}

function readable(type: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (type === 'date') return DATE.test(value);
  if (type === 'date-time') return DATE_TIME.test(value);
  return true;
}

/**
 * Repairs an event's dates in its jCal before ical.js reads them, the way other readers do:
 * an 8-digit value without VALUE=DATE is a date (old Google and groupware exports);
 * RDATE periods become their starts, their ends kept for the length of each occurrence
 * (ical.js cannot expand periods); an unreadable RDATE value is a problem of that occurrence
 * only. Returns undefined, with a problem, when the event's DTSTART cannot be read.
 */
export function repairEventDates(
  vevent: unknown[],
  record: string,
  result: ParseResult,
): EventDates | undefined {
  const dates: EventDates = { periodEnds: new Map(), floatingExdates: new Set(), utcExdates: new Set() };
  const props = vevent[1];
  if (!Array.isArray(props)) return dates;
  for (const p of props as JcalProperty[]) {
    if (!Array.isArray(p) || !DATED.has(p[0])) continue;
    const values = p.slice(3);
    if (p[2] === 'date-time' && values.every((v) => typeof v === 'string' && DATE_AS_DATE_TIME.test(v))) {
      p[2] = 'date';
      p.splice(3, values.length, ...values.map((v) => (v as string).slice(0, 10)));
    }
    if (p[0] === 'rdate' && p[2] === 'period') {
      const starts: string[] = [];
      for (const v of values) {
        const [start, end] = Array.isArray(v) ? v : [];
        const endOk =
          typeof end === 'string' && (DATE_TIME.test(end) || DURATION.test(end) || DATE.test(end));
        if (typeof start === 'string' && DATE_TIME.test(start) && endOk) {
          starts.push(start);
          dates.periodEnds.set(start.replace(/Z$/, ''), end as string);
        } else {
          const shown = Array.isArray(v) ? v.map(asWritten).join('/') : asWritten(v);
          result.problems.push({ record, reason: `RDATE period "${shown}" is not a start and an end` });
        }
      }
      p[2] = 'date-time';
      p.splice(3, values.length, ...starts);
      if (starts.length === 0) props.splice(props.indexOf(p), 1);
      continue;
    }
    if (p[0] === 'exdate' && p[1].tzid === undefined) {
      for (const v of p.slice(3)) {
        if (typeof v !== 'string' || !(DATE.test(v) || DATE_TIME.test(v))) continue;
        if (v.endsWith('Z')) dates.utcExdates.add(Date.parse(v));
        else dates.floatingExdates.add(v);
      }
    }
  }
  const all = props as JcalProperty[];
  const dtstart = all.find((p) => Array.isArray(p) && p[0] === 'dtstart');
  if (dtstart && !readable(dtstart[2], dtstart[3])) {
    result.problems.push({
      record,
      reason: `DTSTART "${asWritten(dtstart[3])}" is not a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS)`,
    });
    return undefined;
  }
  // DTSTART is always the first instance (RFC 5545 3.8.5.2); ical.js leaves it out of a set
  // made of RDATEs alone.
  const has = (name: string) => all.some((p) => Array.isArray(p) && p[0] === name);
  if (dtstart && has('rdate') && !has('rrule')) {
    const tzid = dtstart[1].tzid;
    all.push(['rdate', tzid === undefined ? {} : { tzid }, dtstart[2], dtstart[3]]);
  }
  return dates;
}

/** Minutes from an occurrence's start (jCal form) to its RDATE period's end. */
export function periodMinutes(start: string, end: string): number | undefined {
  if (/^[+-]?P/.test(end)) {
    const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(end);
    if (!m || m[1] === '-') return undefined;
    const [w, d, h, min, s] = [m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0)) as number[];
    return Math.round(((((w! * 7 + d!) * 24 + h!) * 60 + min!) * 60 + s!) / 60);
  }
  const wall = (t: string) => Date.parse(`${t.replace(/Z$/, '')}${t.length === 10 ? 'T00:00:00' : ''}Z`);
  const minutes = Math.round((wall(end) - wall(start)) / 60_000);
  return Number.isFinite(minutes) ? minutes : undefined;
}
