import { CHANNELS } from '../../core/organisation/model.js';
import { parseIcs } from '../formats/ics.js';
import type { CollaborationRead, CollaborationRow, TimeRow } from './records.js';

/** A meeting with more attendees than this is a broadcast: it creates no tie. */
export const BROADCAST_ATTENDEES = 25;
const MEETING = CHANNELS.indexOf('meeting');

/**
 * An organisation's calendar export (iCalendar) read as metadata: who attended which meeting,
 * when, for how long. Titles, descriptions and places are dropped as each event is read and
 * never stored. Broadcasts (more than 25 invited), meetings with one attendee, cancelled ones,
 * and declined attendees create nothing.
 */
export function readCalendarMetadata(
  text: string,
  pseudonym: (id: string) => string,
  asOf: string,
): CollaborationRead & { broadcasts: number } {
  const parsed = parseIcs(text, { asOf, maxAttendees: BROADCAST_ATTENDEES, dropDeclinedAttendees: true });
  const emailOf = new Map(parsed.fragment.people.map((p) => [p.id, p.emails?.[0] ?? '']));
  const rows: CollaborationRow[] = [];
  const time: TimeRow[] = [];
  const skipped: CollaborationRead['skipped'] = [];
  for (const meeting of parsed.fragment.interactions) {
    const attendees = [...new Set(meeting.people.map((id) => emailOf.get(id)!).filter(Boolean))].map(
      pseudonym,
    );
    if (attendees.length < 2) {
      skipped.push({ record: 'a meeting', reason: 'only one attendee' });
      continue;
    }
    const day = meeting.date.slice(0, 10);
    const minutes = meeting.minutes ?? 0;
    for (let i = 0; i < attendees.length; i++) {
      time.push({ person: attendees[i]!, day, channel: MEETING, minutes });
      for (let j = i + 1; j < attendees.length; j++)
        rows.push({ a: attendees[i]!, b: attendees[j]!, day, channel: MEETING, count: 1, minutes: 0 });
    }
  }
  const broadcasts = parsed.skipped.filter((s) => / attendees, more than /.test(s.reason)).length;
  for (const s of parsed.skipped) skipped.push({ record: 'a meeting', reason: s.reason });
  // A meeting's minutes are each attendee's own time (counted above), not the pair's.
  return { rows, time: mergeTime(time), skipped, broadcasts };
}

function mergeTime(rows: TimeRow[]): TimeRow[] {
  const sums = new Map<string, TimeRow>();
  for (const r of rows) {
    const key = `${r.person}\u0000${r.day}`;
    const row = sums.get(key);
    if (row) row.minutes += r.minutes;
    else sums.set(key, { ...r });
  }
  return [...sums.values()];
}
