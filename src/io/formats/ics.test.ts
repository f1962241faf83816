import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFixture } from '../../test-support/fixtures.js';
import { coAttendanceStrength } from './ics.js';
import { parseFile, parseText } from './index.js';

const fixture = (name: string) => readFixture('ics', name).toString('utf8');
/** Most fixtures have no attendees: add one to every event (and override) to see the meetings. */
const withGuest = (text: string) =>
  text.replace(/BEGIN:VEVENT\r?\n/g, (m) => `${m}ATTENDEE;CN=Guest One:mailto:guest@example.com\n`);
const ics = (text: string, asOf: string, extra: { ownerEmail?: string; maxAttendees?: number } = {}) =>
  parseText(text, 'ics', { asOf, ...extra });

function event(uid: string, start: string, attendees: string[], more = ''): string {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTART:${start}`,
    'DURATION:PT45M',
    'SUMMARY:Sync',
    ...attendees.map((a) => (a.includes(':') && !a.startsWith('mailto') ? a : `ATTENDEE:mailto:${a}`)),
    more,
    'END:VEVENT',
  ]
    .filter(Boolean)
    .join('\r\n');
}
const calendar = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');

describe('iCalendar', () => {
  test('Exchange with a blank TZID: one meeting, organizer included, co-attendees tied', () => {
    const r = parseFile(Buffer.from(fixture('blankTzid.ics')), { asOf: '2026-06-01' });
    assert.equal(r.format, 'ics');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.fragment.people.map((p) => [p.name, p.emails]),
      [
        ['Bruce Roberts', ['roberts@company.com']],
        ['Sam Peter', ['sam@company.com']],
      ],
    );
    assert.equal(r.fragment.interactions.length, 1);
    const i = r.fragment.interactions[0]!;
    assert.equal(i.date, '2015-08-26T09:00:00Z');
    assert.equal(i.minutes, 60);
    assert.equal(i.kind, 'meeting');
    assert.deepEqual(
      i.people,
      r.fragment.people.map((p) => p.id),
    );
    assert.deepEqual(r.fragment.ties, [{ a: 'in:1', b: 'in:2', strength: 1, source: 'observed' }]);
  });

  test('Apple: cancelled skipped, zones applied, owner alone is not a meeting', () => {
    const r = ics(fixture('tentative-apple-calendar.ics'), '2026-06-01');
    assert.deepEqual(
      r.fragment.interactions.map((i) => [i.date, i.minutes, i.notes]),
      [
        ['2022-07-04T23:00:00Z', 50, 'Tentative'],
        ['2022-07-05T16:00:00Z', 60, 'Confirmed'],
      ],
    );
    assert.deepEqual(
      r.fragment.people.map((p) => p.emails?.[0]),
      ['tentative@example.com', 'confirmed@example.com'],
    );
    assert.ok(r.skipped.some((s) => s.reason === 'cancelled'));
    const owned = ics(fixture('tentative-apple-calendar.ics'), '2026-06-01', {
      ownerEmail: 'Confirmed@Example.com',
    });
    assert.deepEqual(
      owned.fragment.interactions.map((i) => i.notes),
      ['Tentative'],
    );
  });

  test('Windows zone names map to IANA zones (with and without VTIMEZONE, broken quotes too)', () => {
    const r = ics(withGuest(fixture('ms_timezones.ics')), '2020-09-20');
    assert.deepEqual(r.problems, []);
    const dates = new Map(r.fragment.interactions.map((i) => [i.notes, [] as string[]]));
    for (const i of r.fragment.interactions) dates.get(i.notes)!.push(i.date);
    assert.deepEqual(dates.get('test'), ['2020-09-10T07:00:00Z']);
    assert.deepEqual(dates.get('Not the actual summary 1'), ['2020-09-15T15:30:00Z']);
    // The daily Jira reminder: W. Europe Standard Time is Europe/Berlin (CEST in June = UTC+2).
    assert.equal(dates.get("Log Yesterday's Jira time")![0], '2020-06-09T07:00:00Z');
    // Every Tuesday/Thursday/Friday/Sunday noon Pacific, less the six EXDATEs.
    const pacific = dates.get('Not the actual summary either')!;
    assert.equal(pacific[0], '2020-07-07T19:00:00Z');
    assert.ok(!pacific.includes('2020-07-21T19:00:00Z'));
    assert.ok(!pacific.includes('2020-09-03T19:00:00Z'));

    const q = ics(withGuest(fixture('windows-quoted-tz-rrule.ics')), '2015-08-01');
    assert.equal(q.fragment.interactions.length, 8);
    assert.equal(q.fragment.interactions[0]!.date, '2015-07-06T16:00:00Z');
  });

  test('RRULE with EXDATE, RECURRENCE-ID overrides, the two-year window and the 500 cap', () => {
    const ex = ics(withGuest(fixture('EXDATE.ics')), '2006-02-01');
    assert.deepEqual(
      ex.fragment.interactions.map((i) => i.date),
      [
        '2006-01-01T02:00:00Z',
        '2006-01-02T02:00:00Z',
        '2006-01-05T02:00:00Z',
        '2006-01-06T02:00:00Z',
        '2006-01-07T02:00:00Z',
      ],
    );
    const g = ics(withGuest(fixture('google-recurrence-order.ics')), '2026-06-01');
    assert.deepEqual(
      g.fragment.interactions.map((i) => [i.date, i.minutes, i.notes]),
      [
        ['2026-02-10T17:00:00Z', 30, 'TEST RECURR 3'],
        ['2026-02-11T17:30:00Z', 30, 'TEST RECURR 3 - MODIFIED'],
        ['2026-02-12T17:00:00Z', 30, 'TEST RECURR 3'],
      ],
    );
    const standup = ics(fixture('Standup.ics'), '2026-06-01');
    assert.equal(standup.fragment.interactions.length, 500);
    assert.deepEqual(
      standup.fragment.people.map((p) => p.emails),
      [['Ben.Fortuna@example.com']],
    );
    const first = standup.fragment.interactions[0]!.date;
    assert.ok(first >= '2024-06-01', `within two years: ${first}`);
    assert.equal(standup.fragment.interactions.at(-1)!.date, '2026-05-31T23:30:00Z');
  });

  test('the same calendar gives the same interaction ids (UID + occurrence)', () => {
    const a = ics(fixture('Standup.ics'), '2026-06-01').fragment.interactions.map((i) => i.id);
    const b = ics(fixture('Standup.ics'), '2026-06-02').fragment.interactions.map((i) => i.id);
    assert.equal(new Set(a).size, a.length);
    assert.ok(a.slice(10).every((id) => b.includes(id)));
  });

  test('declined by the owner, rooms, resources, large meetings and the future are skipped', () => {
    const crowd = Array.from({ length: 26 }, (_, i) => `p${i}@example.com`);
    const r = ics(
      calendar(
        event('declined', '20250105T100000Z', [
          'a@example.com',
          'ATTENDEE;PARTSTAT=DECLINED:mailto:me@example.com',
        ]),
        event('room', '20250106T100000Z', [
          'a@example.com',
          'ATTENDEE;CUTYPE=ROOM;CN=Room 1:mailto:room1@example.com',
        ]),
        event('crowd', '20250107T100000Z', crowd),
        event('future', '20270101T100000Z', ['a@example.com']),
      ),
      '2026-06-01',
      { ownerEmail: 'me@example.com' },
    );
    assert.deepEqual(
      r.fragment.interactions.map((i) => i.id.length > 0 && i.notes),
      ['Sync'],
    );
    assert.deepEqual(
      r.fragment.people.map((p) => p.emails?.[0]),
      ['a@example.com'],
    );
    assert.deepEqual(
      r.skipped.map((s) => s.reason),
      ['declined by the owner', '26 attendees, more than 25', 'in the future'],
    );
    const bigger = ics(calendar(event('crowd', '20250107T100000Z', crowd)), '2026-06-01', {
      maxAttendees: 30,
    });
    assert.equal(bigger.fragment.interactions.length, 1);
  });

  test('co-attendance makes observed ties stronger', () => {
    assert.deepEqual([1, 2, 3, 4, 7, 8, 15, 16, 100].map(coAttendanceStrength), [1, 2, 2, 3, 3, 4, 4, 5, 5]);
    const meetings = [1, 2, 3, 4].map((d) =>
      event(`m${d}`, `2025010${d}T100000Z`, ['a@example.com', 'b@example.com']),
    );
    const r = ics(
      calendar(...meetings, event('m9', '20250109T100000Z', ['a@example.com', 'c@example.com'])),
      '2026-06-01',
    );
    assert.deepEqual(
      r.fragment.ties.map((t) => [t.a, t.b, t.strength, t.source]),
      [
        ['in:1', 'in:2', 3, 'observed'],
        ['in:1', 'in:3', 1, 'observed'],
      ],
    );
  });

  test('a BOM-only calendar is empty; garbage is an invalid_input', () => {
    const r = parseFile(readFixture('ics', 'bom_calendar.ics'), { asOf: '2026-06-01' });
    assert.equal(r.fragment.interactions.length, 0);
    assert.throws(
      () =>
        parseText('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;X="unclosed:1\r\n', 'ics', {
          asOf: '2026-01-01',
        }),
      (e: Error & { code?: string }) => e.code === 'invalid_input',
    );
  });
});
