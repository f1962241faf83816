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
 *
 * Each meeting is known by a keyed hash of its UID and occurrence (the same in every attendee's
 * export), carried by its rows for the store to count it once across imports; a meeting already
 * in `seen` (read from another mailbox's export of this import, or earlier in this file) is left
 * out here, and `seen` gains the meetings read.
 */
export function readCalendarMetadata(
  text: string,
  pseudonym: (id: string) => string,
  asOf: string,
  seen: Set<string> = new Set(),
): CollaborationRead & { broadcasts: number; duplicates: number } {
  const parsed = parseIcs(text, { asOf, maxAttendees: BROADCAST_ATTENDEES, dropDeclinedAttendees: true });
  const emailOf = new Map(parsed.fragment.people.map((p) => [p.id, p.emails?.[0] ?? '']));
  const rows: CollaborationRow[] = [];
  const time: TimeRow[] = [];
  const skipped: CollaborationRead['skipped'] = [];
  let duplicates = 0;
  for (const meeting of parsed.fragment.interactions) {
    const key = pseudonym(meeting.id);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
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
      time.push({ person: attendees[i]!, day, channel: MEETING, minutes, meeting: key });
      for (let j = i + 1; j < attendees.length; j++)
        rows.push({
          a: attendees[i]!,
          b: attendees[j]!,
          day,
          channel: MEETING,
          count: 1,
          minutes: 0,
          meeting: key,
        });
    }
  }
  const broadcasts = parsed.skipped.filter((s) => / attendees, more than /.test(s.reason)).length;
  for (const s of parsed.skipped) skipped.push({ record: 'a meeting', reason: s.reason });
  // A meeting's minutes are each attendee's own time (counted above), not the pair's; the
  // store sums them by person and day once it knows which meetings are new.
  return { rows, time, skipped, broadcasts, duplicates };
}
