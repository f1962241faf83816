import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import type { Interaction } from '../../document/schema.js';
import { invalidInput } from '../../errors.js';
import { FragmentBuilder } from './builder.js';
import { asWritten, periodMinutes, repairEventDates } from './ics-repair.js';
import { calendarsOf, latestVersions, timezonesOf } from './ics-versions.js';
import { clean, clip, email } from './text.js';
import { ianaZone, zonedToEpoch } from './time-zones.js';
import { newResult, type ParseOptions, type ParseResult } from './types.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

/** How far back recurring meetings are expanded, and how many of one series are kept at most. */
export const CALENDAR_WINDOW_DAYS = 730;
export const MAX_OCCURRENCES = 500;
/** A series is walked at most this many steps, so FREQ=SECONDLY cannot hang an import. */
const MAX_STEPS = 100_000;
const DAY = 86_400_000;

/** One meeting of an event; `minutes` when an RDATE period gives its own length. */
interface Occurrence {
  start: Time;
  end: Time | undefined;
  item: Component;
  key: string;
  minutes?: number | undefined;
}

interface Attendee {
  email: string;
  name?: string;
}

/** Co-attendance count to tie strength: 1, 2-3, 4-7, 8-15, 16 and more meetings -> 1..5. */
export function coAttendanceStrength(meetings: number): number {
  return Math.max(1, Math.min(5, 1 + Math.floor(Math.log2(Math.max(1, meetings)))));
}

/** A stable interaction id for one occurrence of a calendar event: re-importing adds nothing twice. */
export function calendarInteractionId(uid: string, occurrence: string): string {
  return `i:cal-${createHash('sha1').update(`${uid}\u0000${occurrence}`).digest('hex').slice(0, 20)}`;
}

/**
 * iCalendar files from Google, Outlook/Exchange and Apple: each past meeting with someone other
 * than the owner becomes an interaction; people met are created by e-mail; people met together
 * become `observed` ties whose strength grows with the number of meetings they shared.
 */
export function parseIcs(text: string, options: ParseOptions = {}): ParseResult {
  const result = newResult('ics');
  if (!options.asOf) throw invalidInput('a calendar import needs the date of today (asOf)');
  const asOf = Date.parse(`${options.asOf.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(asOf)) throw invalidInput(`"${options.asOf}" is not a date`);
  const windowStart = asOf - CALENDAR_WINDOW_DAYS * DAY;
  const ownerEmail = options.ownerEmail?.toLowerCase();
  const maxAttendees = options.maxAttendees ?? 25;

  let calendars: unknown[][];
  try {
    const body = repairQuotedTzid(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    calendars = calendarsOf(ICAL.parse(body) as unknown);
    if (calendars.length === 0) throw new Error('no VCALENDAR');
  } catch (err) {
    throw invalidInput(`not a readable iCalendar file: ${(err as Error).message.split('\n')[0]}`);
  }
  const zones = new Map<string, Timezone>();
  for (const tz of timezonesOf(calendars)) {
    try {
      const zone = new ICAL.Timezone(new ICAL.Component(tz));
      if (zone.tzid) zones.set(zone.tzid, zone);
    } catch {
      // A broken VTIMEZONE falls back to the name mapping or UTC.
    }
  }

  const epochOf = (time: Time, tzid: string | undefined): number => {
    const parts = {
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.isDate ? 0 : time.hour,
      minute: time.isDate ? 0 : time.minute,
      second: time.isDate ? 0 : time.second,
    };
    if (time.zone?.tzid === 'UTC' || time.isDate)
      return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    const iana = ianaZone(tzid);
    if (iana) return zonedToEpoch(parts, iana);
    const local = tzid ? zones.get(tzid.replace(/^"|"$/g, '')) : undefined;
    if (local) {
      const t = time.clone();
      t.zone = local;
      return t.toUnixTime() * 1000;
    }
    // Floating time or a zone nobody can resolve: taken as UTC, at most a few hours off.
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  };

  const b = new FragmentBuilder(result.fragment);
  const byEmail = new Map<string, string>();
  const personFor = (a: Attendee): string => {
    const key = a.email.toLowerCase();
    let id = byEmail.get(key);
    if (!id) {
      id = b.person({ name: clip(a.name || a.email), emails: [a.email] }).id;
      result.fragment.relationships.push({ person: id });
      byEmail.set(key, id);
    }
    return id;
  };
  // Co-attendance counts by pair, nested (a -> b -> count) so no key string is built per pair.
  const pairCounts = new Map<string, Map<string, number>>();

  const { versions, answers } = latestVersions(calendars);
  for (const a of answers) {
    const uid = clean(String(new ICAL.Component(a.vevent).getFirstPropertyValue('uid') ?? ''));
    result.skipped.push({
      record: uid ? `event "${uid.length > 60 ? `${uid.slice(0, 57)}...` : uid}"` : 'event',
      reason:
        a.method === 'COUNTER'
          ? 'a counter-proposal, not the meeting'
          : 'an answer to an invitation, not the meeting',
    });
  }
  const events: { component: Component; cancelled: boolean }[] = [];
  const exceptions = new Map<string, Component[]>();
  /** Occurrences cancelled on their own (a CANCEL or STATUS:CANCELLED with RECURRENCE-ID). */
  const cancelledOccurrences = new Map<string, Set<string>>();
  const masters = new Set<string>();
  for (const v of versions) {
    const e = new ICAL.Component(v.vevent);
    events.push({ component: e, cancelled: v.cancelled });
    const uid = String(e.getFirstPropertyValue('uid') ?? '');
    if (!e.hasProperty('recurrence-id')) masters.add(uid);
    else if (v.cancelled) {
      const set = cancelledOccurrences.get(uid) ?? new Set<string>();
      set.add(String(e.getFirstProperty('recurrence-id')?.jCal[3] ?? '').replace(/Z$/, ''));
      cancelledOccurrences.set(uid, set);
    } else exceptions.set(uid, [...(exceptions.get(uid) ?? []), e]);
  }

  events.forEach(({ component, cancelled }, index) => {
    if (options.progress && index % 200 === 0) options.progress(index, events.length);
    const uidValue = component.getFirstPropertyValue('uid');
    const uid = uidValue ? clean(String(uidValue)) : '';
    const record = uid ? `event "${uid.length > 60 ? `${uid.slice(0, 57)}...` : uid}"` : `event ${index + 1}`;
    // Overrides are handled with their series; an override without a series stands alone.
    if (component.hasProperty('recurrence-id') && masters.has(uid)) return;
    if (cancelled) {
      result.skipped.push({ record, reason: 'cancelled' });
      return;
    }
    try {
      const dtstart = component.getFirstProperty('dtstart');
      if (!dtstart) {
        result.problems.push({ record, reason: 'no DTSTART' });
        return;
      }
      const dates = repairEventDates(component.jCal as unknown[], record, result);
      if (!dates) return;
      const ownExceptions = exceptions.get(uid) ?? [];
      for (const ex of ownExceptions) repairEventDates(ex.jCal as unknown[], record, result);
      dropUnreadableDates(component, record, result);
      for (const ex of ownExceptions) dropUnreadableDates(ex, record, result);
      const untilEpoch = widenUtcUntil(component);
      const event = new ICAL.Event(component, {
        exceptions: component.hasProperty('recurrence-id') ? [] : ownExceptions,
      });
      const occurrences: Occurrence[] = [];
      if (event.isRecurring()) {
        const it = event.iterator();
        const tzid = paramOf(dtstart, 'tzid');
        const cancelledHere = cancelledOccurrences.get(uid);
        const seen = new Set<string>();
        let steps = 0;
        for (let next = it.next(); next; next = it.next()) {
          if (++steps > MAX_STEPS) {
            result.skipped.push({ record, reason: `series expanded only up to ${MAX_STEPS} steps` });
            break;
          }
          if (epochOf(next, tzid) >= asOf) break;
          if (untilEpoch !== undefined && epochOf(next, tzid) > untilEpoch) break;
          // Only series are bounded to the window: a single meeting of any age is history.
          if (epochOf(next, tzid) < windowStart) continue;
          const local = next.toString().replace(/Z$/, '');
          if (seen.has(local)) continue;
          seen.add(local);
          // ical.js matches an EXDATE only in the form of DTSTART: one with no zone is taken in
          // the event's own time, a date-only one removes that day, a UTC one that instant.
          if (dates.floatingExdates.has(local) || dates.floatingExdates.has(local.slice(0, 10))) continue;
          if (dates.utcExdates.has(epochOf(next, tzid))) continue;
          if (cancelledHere?.has(local)) {
            result.skipped.push({ record, reason: 'cancelled' });
            continue;
          }
          const d = event.getOccurrenceDetails(next);
          const periodEnd = d.item.component === component ? dates.periodEnds.get(local) : undefined;
          occurrences.push({
            start: d.startDate,
            end: d.endDate,
            item: d.item.component,
            key: d.recurrenceId.toString(),
            ...(periodEnd ? { minutes: periodMinutes(local, periodEnd) } : {}),
          });
        }
        if (occurrences.length > MAX_OCCURRENCES) {
          result.skipped.push({
            record,
            reason: `${occurrences.length - MAX_OCCURRENCES} older occurrences beyond ${MAX_OCCURRENCES} per series`,
          });
          occurrences.splice(0, occurrences.length - MAX_OCCURRENCES);
        }
      } else {
        const rid = component.getFirstPropertyValue('recurrence-id');
        occurrences.push({
          start: event.startDate,
          end:
            component.hasProperty('dtend') || component.hasProperty('duration') ? event.endDate : undefined,
          item: component,
          key: rid ? String(rid) : event.startDate.toString(),
        });
      }
      const eventId =
        uid ||
        `${event.startDate.toString()}|${clean(String(component.getFirstPropertyValue('summary') ?? ''))}`;
      for (const occ of occurrences) {
        const interaction = meeting(occ, eventId, record);
        if (interaction) result.fragment.interactions.push(interaction);
      }
    } catch (err) {
      result.problems.push({ record, reason: readableReason(err) });
    }
  });

  function meeting(occ: Occurrence, eventId: string, record: string): Interaction | undefined {
    const item = occ.item;
    const tzid = paramOf(item.getFirstProperty('dtstart'), 'tzid');
    const start = epochOf(occ.start, tzid);
    if (start >= asOf) {
      result.skipped.push({ record, reason: 'in the future' });
      return undefined;
    }
    const status = String(item.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (status === 'CANCELLED') {
      result.skipped.push({ record, reason: 'cancelled' });
      return undefined;
    }
    const people = new Map<string, Attendee>();
    let humans = 0;
    let declined = false;
    for (const prop of rawProperties(item, 'attendee')) {
      const cutype = (paramOf(prop, 'cutype') ?? 'INDIVIDUAL').toUpperCase();
      if (cutype === 'ROOM' || cutype === 'RESOURCE') continue;
      const address = email(String(prop.value ?? '')) ?? email(paramOf(prop, 'email'));
      if (!address) continue;
      humans++;
      const key = address.toLowerCase();
      if (key === ownerEmail) {
        if ((paramOf(prop, 'partstat') ?? '').toUpperCase() === 'DECLINED') declined = true;
        continue;
      }
      if (options.dropDeclinedAttendees && (paramOf(prop, 'partstat') ?? '').toUpperCase() === 'DECLINED')
        continue;
      if (!people.has(key))
        people.set(key, { email: address, name: displayName(paramOf(prop, 'cn'), address) });
    }
    const organizer = rawProperties(item, 'organizer')[0];
    if (organizer) {
      const address = email(String(organizer.value ?? ''));
      const key = address?.toLowerCase();
      if (address && key && key !== ownerEmail && !people.has(key)) {
        people.set(key, { email: address, name: displayName(paramOf(organizer, 'cn'), address) });
        humans++;
      }
    }
    if (declined) {
      result.skipped.push({ record, reason: 'declined by the owner' });
      return undefined;
    }
    if (humans > maxAttendees) {
      result.skipped.push({ record, reason: `${humans} attendees, more than ${maxAttendees}` });
      return undefined;
    }
    if (people.size === 0) {
      result.skipped.push({ record, reason: 'nobody but the owner attends' });
      return undefined;
    }
    const ids = [...people.values()].map(personFor);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, c] = ids[i]! < ids[j]! ? [ids[i]!, ids[j]!] : [ids[j]!, ids[i]!];
        let row = pairCounts.get(a);
        if (!row) {
          row = new Map();
          pairCounts.set(a, row);
        }
        row.set(c, (row.get(c) ?? 0) + 1);
      }
    }
    const allDay = occ.start.isDate;
    const date = allDay
      ? new Date(start).toISOString().slice(0, 10)
      : `${new Date(start).toISOString().slice(0, 19)}Z`;
    const interaction: Interaction = {
      id: calendarInteractionId(eventId, occ.key),
      date,
      kind: 'meeting',
      people: ids,
    };
    if (occ.minutes !== undefined && !allDay) {
      if (occ.minutes > 0 && occ.minutes <= 100_000) interaction.minutes = occ.minutes;
    } else if (occ.end && !allDay) {
      const minutes = Math.round(
        (epochOf(occ.end, paramOf(item.getFirstProperty('dtend'), 'tzid') ?? tzid) - start) / 60_000,
      );
      if (minutes > 0 && minutes <= 100_000) interaction.minutes = minutes;
    }
    const summary = clean(String(item.getFirstPropertyValue('summary') ?? ''));
    if (summary) interaction.notes = summary.slice(0, 20_000);
    return interaction;
  }

  options.progress?.(events.length, events.length);
  for (const [a, row] of pairCounts)
    for (const [c, count] of row)
      result.fragment.ties.push({ a, b: c, strength: coAttendanceStrength(count), source: 'observed' });
  return result;
}

/**
 * What went wrong with an event, in words: ical.js's own messages name the value; a JavaScript
 * error from deep inside it (`t.toUnixTime is not a function`) would mean nothing to anyone.
 */
function readableReason(err: unknown): string {
  const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : '';
  if (!(err instanceof Error) || err instanceof TypeError || err instanceof RangeError || !message)
    return 'its dates or its recurrence cannot be read';
  // ical.js quotes the value in its own form (`2004-12-25T::`): shown as the file wrote it.
  return message.replace(/"([^"\s]*-[^"\s]*T[^"\s]*)"/g, (_m, v: string) => `"${asWritten(v)}"`);
}

/** Exchange sometimes closes the TZID quote after the value: `TZID="W. Europe Standard Time:2020..."`. */
function repairQuotedTzid(text: string): string {
  return text.replace(/TZID="([^"\r\n:]*):(\d{8}(?:T\d{6}Z?)?)"/g, 'TZID="$1":$2');
}

/**
 * A series in a named zone that ends at a UTC UNTIL (what Exchange writes): ical.js compares
 * UNTIL with the wall-clock time of each occurrence when it cannot place the zone, so the last
 * meeting of a Berlin series (15:00 local, UNTIL 13:00Z) was lost. UNTIL is moved a day later
 * for ical.js, and the series stops at the real UNTIL, compared as instants; returned in ms.
 */
function widenUtcUntil(component: Component): number | undefined {
  const dtstart = component.getFirstProperty('dtstart');
  const tzid = dtstart ? paramOf(dtstart, 'tzid') : undefined;
  const rrule = component.getFirstProperty('rrule');
  if (!tzid || !rrule) return undefined;
  const recur = rrule.getFirstValue() as InstanceType<typeof ICAL.Recur> | null;
  const until = recur?.until;
  if (!recur || !until || until.isDate || until.zone?.tzid !== 'UTC') return undefined;
  const epoch = Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second);
  const later = until.clone();
  later.adjust(1, 0, 0, 0);
  recur.until = later;
  rrule.setValue(recur);
  return epoch;
}

/** An EXDATE or RDATE ical.js cannot read (`EXDATE:20200116` among date-times) is dropped, not fatal. */
function dropUnreadableDates(component: Component, record: string, result: ParseResult): void {
  for (const name of ['exdate', 'rdate']) {
    for (const prop of component.getAllProperties(name)) {
      try {
        for (const v of prop.getValues()) String(v);
      } catch {
        component.removeProperty(prop);
        result.skipped.push({ record, reason: `unreadable ${name.toUpperCase()} ignored` });
      }
    }
  }
}

/** A property as ical.js parsed it (jCal), read without building its wrapper objects. */
interface RawProperty {
  params: Record<string, unknown>;
  value: unknown;
}

/**
 * The properties called `name` (lower case) of a component, straight from its jCal: attendees
 * are most of a calendar, and ical.js's Property objects for each cost more than the import.
 */
function rawProperties(item: Component, name: string): RawProperty[] {
  const props = (item.jCal as unknown[])[1];
  const out: RawProperty[] = [];
  if (!Array.isArray(props)) return out;
  for (const p of props) {
    if (Array.isArray(p) && p[0] === name)
      out.push({ params: (p[1] ?? {}) as Record<string, unknown>, value: p[3] });
  }
  return out;
}

function paramOf(
  prop: InstanceType<typeof ICAL.Property> | RawProperty | null,
  name: string,
): string | undefined {
  if (!prop) return undefined;
  const v = 'params' in prop ? prop.params[name] : prop.getParameter(name);
  if (Array.isArray(v)) return v[0] === undefined ? undefined : String(v[0]);
  return v === undefined || v === null ? undefined : String(v);
}

/** Exchange writes `CN='ann@example.com'` when it knows no name: quotes of either kind go. */
function displayName(cn: string | undefined, address: string): string | undefined {
  const name = clean(cn)
    .replace(/^"|"$/g, '')
    .replace(/^'(.*)'$/, '$1');
  return name && name.toLowerCase() !== address.toLowerCase() ? name : undefined;
}
