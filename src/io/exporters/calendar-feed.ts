import ICAL from 'ical.js';
import type { ReminderEvent } from '../../app/calendar.js';

/**
 * The reminders as an iCalendar feed (RFC 5545) that any calendar app can subscribe to: one
 * all-day event each, with a stable UID so a refresh updates entries rather than adding them.
 * ical.js writes it, so names with commas, semicolons or line breaks come out escaped.
 */
export function calendarFeed(
  events: readonly ReminderEvent[],
  options: { now: string; name?: string },
): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//threefold//reminders//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', options.name ?? 'threefold: your network this week');
  const stamp = ICAL.Time.fromJSDate(new Date(options.now), true);
  for (const e of events) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', `${e.uid}@threefold`);
    event.addPropertyWithValue('dtstamp', stamp);
    const start = ICAL.Time.fromDateString(e.date);
    event.addPropertyWithValue('dtstart', start);
    const end = start.clone();
    end.adjust(1, 0, 0, 0);
    event.addPropertyWithValue('dtend', end);
    event.addPropertyWithValue('summary', e.summary);
    event.addPropertyWithValue('description', e.description);
    event.addPropertyWithValue('transp', 'TRANSPARENT');
    for (const p of e.people) {
      if (!p.email) continue;
      const attendee = event.addPropertyWithValue('attendee', `mailto:${p.email}`);
      attendee.setParameter('cn', p.name);
    }
    calendar.addSubcomponent(event);
  }
  return `${calendar.toString().replace(/\r?\n/g, '\r\n')}\r\n`;
}
