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

  test('RDATE;VALUE=PERIOD with TZID (Exchange via khal, Lotus Notes): each period is a meeting of its own length', () => {
    const exchange = ics(fixture('rdate-period-tzid-exchange.ics'), '2018-08-01');
    assert.deepEqual(exchange.problems, []);
    const dates = exchange.fragment.interactions.map((i) => i.date);
    assert.equal(dates.length, 19, 'every Tuesday from 27 March to 31 July 2018');
    assert.equal(dates[0], '2018-03-27T13:00:00Z', '08:00 in Chicago (CDT)');
    assert.equal(dates.at(-1), '2018-07-31T13:00:00Z');
    assert.ok(exchange.fragment.interactions.every((i) => i.minutes === 60));
    assert.deepEqual(
      exchange.fragment.people.map((p) => p.emails?.[0]),
      ['xyz@xyz.com'],
    );
    const lotus = ics(withGuest(fixture('rdate-period-lotus-notes.ics')), '2022-03-01');
    assert.deepEqual(lotus.problems, []);
    assert.deepEqual(
      lotus.fragment.interactions.map((i) => [i.date, i.minutes]),
      [
        ['2021-11-01T15:00:00Z', 30],
        ['2021-12-06T15:00:00Z', 30],
        ['2022-01-03T15:00:00Z', 30],
        ['2022-02-07T15:00:00Z', 30],
      ],
    );
  });

  test('a bad RDATE period is a problem of that occurrence; the rest of the series is read', () => {
    const r = ics(
      calendar(
        event(
          'periods',
          '20250106T100000Z',
          ['a@example.com', 'b@example.com'],
          [
            'RDATE;VALUE=PERIOD:20250107T100000Z/PT30M,2025XX07/20250107T110000Z,20250108T090000Z/20250108T094500Z',
          ].join('\r\n'),
        ),
      ),
      '2026-06-01',
    );
    assert.deepEqual(r.problems, [
      {
        record: 'event "periods"',
        reason: 'RDATE period "2025XX07/20250107T110000Z" is not a start and an end',
      },
    ]);
    assert.deepEqual(
      r.fragment.interactions.map((i) => [i.date, i.minutes]),
      [
        ['2025-01-06T10:00:00Z', 45],
        ['2025-01-07T10:00:00Z', 30],
        ['2025-01-08T09:00:00Z', 45],
      ],
    );
  });

  test('several VCALENDARs (an iTIP stream): latest version wins, CANCEL removes the event or the occurrence', () => {
    const r = ics(fixture('itip-request-cancel-stream.ics'), '2025-03-01');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.fragment.interactions.map((i) => [i.date, i.minutes, i.notes]),
      [
        // SEQUENCE:1 moved the weekly review to 11:00 Berlin; the 20 January one was cancelled.
        ['2025-01-06T10:00:00Z', 60, 'Design review (moved)'],
        ['2025-01-13T10:00:00Z', 60, 'Design review (moved)'],
        ['2025-01-27T10:00:00Z', 60, 'Design review (moved)'],
        ['2025-02-03T10:00:00Z', 60, 'Design review (moved)'],
        ['2025-02-10T10:00:00Z', 60, 'Design review (moved)'],
        // Two versions with the same SEQUENCE: the later DTSTAMP wins, wherever it is in the file.
        ['2025-01-16T12:00:00Z', 60, 'Lunch'],
      ],
    );
    assert.deepEqual(
      r.fragment.people.map((p) => p.name),
      ['Ann Archer', 'Bob Baker', 'Dan Diaz'],
      'Carol was only in the cancelled meeting',
    );
    assert.deepEqual(
      r.skipped.map((s) => [s.record, s.reason]),
      [
        ['event "7kq3mb2v0f4design@google.com"', 'cancelled'],
        ['event "2h5s9c1oneoff@google.com"', 'cancelled'],
      ],
    );
  });

  test("libical's iTIP stream (REQUEST, reschedule, obsolete request, REPLY, CANCEL, COUNTER, PUBLISH): what the organizer last sent", () => {
    const r = ics(fixture('libical-incoming.ics'), '2026-06-01');
    assert.deepEqual(r.problems, []);
    const names = new Map(r.fragment.people.map((p) => [p.id, p.name]));
    assert.deepEqual(
      r.fragment.people.map((p) => [p.name, p.emails]),
      [
        ['BIG A', ['A@example.com']],
        ['B', ['B@example.com']],
        ['C', ['C@example.com']],
        ['Hal', ['D@example.com']],
        ['E@example.com', ['E@example.com']],
      ],
      'the room (CUTYPE=ROOM) is nobody; REPLY and COUNTER senders X and Y are nobody',
    );
    assert.deepEqual(
      r.fragment.interactions.map((i) => [i.date, i.minutes, i.notes, i.people.map((id) => names.get(id))]),
      [
        ['1997-07-01T10:00:00Z', 30, 'Conference', ['BIG A', 'B', 'C', 'Hal', 'E@example.com']],
        // #I2 and #I3 share SEQUENCE:2: the later DTSTAMP (#I3) wins; #I4 (SEQUENCE:0) is obsolete,
        // and so is the CANCEL #I11 (SEQUENCE:1 < 2, RFC 5546 2.1.5).
        ['1997-07-01T19:00:00Z', 30, 'Pool party', ['BIG A', 'B', 'C', 'Hal', 'E@example.com']],
        // #I7: C delegated to A; the organizer B met them both.
        ['1997-07-01T19:00:00Z', 30, 'Conference', ['C', 'BIG A', 'B']],
        // #I13 and #I14: published events whose only person is their organizer.
        ['1997-07-01T10:00:00Z', 30, 'Conference', ['B']],
        ['1997-07-01T10:00:00Z', 60, 'Conference', ['B']],
      ],
    );
    const tie = (a: string, b: string) =>
      r.fragment.ties.find(
        (t) => [names.get(t.a), names.get(t.b)].sort().join('|') === [a, b].sort().join('|'),
      )?.strength;
    assert.equal(r.fragment.ties.length, 10, 'every pair of the five met');
    assert.equal(tie('BIG A', 'B'), coAttendanceStrength(3));
    assert.equal(tie('Hal', 'E@example.com'), coAttendanceStrength(2));
    assert.deepEqual(
      r.skipped.map((s) => s.reason),
      [
        ...Array(5).fill('an answer to an invitation, not the meeting'),
        'a counter-proposal, not the meeting',
      ],
    );
  });

  test('real Exchange 2010 and Thunderbird mail chains (calmailproc): reschedules, REPLY, CANCEL, a series with moved and cancelled meetings', () => {
    const r = ics(fixture('calmailproc-itip-mail-chains.ics'), '2026-06-01');
    assert.deepEqual(r.problems, []);
    const names = new Map(r.fragment.people.map((p) => [p.id, p.name]));
    assert.deepEqual(
      r.fragment.people.map((p) => [p.name, p.emails]),
      [
        // Exchange's CN='brechtel@med.uni-frankfurt.de' is no name: the address stands for it.
        ['brechtel@med.uni-frankfurt.de', ['brechtel@med.uni-frankfurt.de']],
        ['Markus Brechtel', ['markus.brechtel@uk-koeln.de']],
        ['Markus Katharina Brechtel', ['markus.brechtel@thengo.net']],
      ],
    );
    const meetings = r.fragment.interactions.map((i) => [
      i.date,
      i.minutes,
      i.notes,
      i.people.map((id) => names.get(id)),
    ]);
    const pair = ['brechtel@med.uni-frankfurt.de', 'Markus Brechtel'];
    assert.deepEqual(meetings.slice(0, 3), [
      // Test 02: SEQUENCE:1 moved it from 11 March 14:00 to 12 March 16:00 (UTC+01:00).
      ['2025-03-12T15:00:00Z', 60, 'Test 2', pair],
      // Test 05: Thunderbird's invitation; Exchange's REPLY ("Akzeptiert: ...") changes nothing.
      ['2025-03-19T09:00:00Z', 60, 'Test 5', ['Markus Katharina Brechtel', 'Markus Brechtel']],
      // Test 07: five updates out of order; SEQUENCE:4 (21 March 16:00) is the last word.
      ['2025-03-21T15:00:00Z', 60, 'Test 7', pair],
    ]);
    // Test 17: Fridays 15:00 Berlin until 17 October (UNTIL 13:00Z, the last one included);
    // 9 May moved to 7 May, 16 May to 15 May 14:00; 23 May and 6 June cancelled.
    const fridays: string[] = [];
    for (let d = Date.UTC(2025, 4, 2, 13); d <= Date.UTC(2025, 9, 17, 13); d += 7 * 86_400_000)
      fridays.push(new Date(d).toISOString().replace('.000', ''));
    const series = fridays
      .filter((d) => !d.startsWith('2025-05-23') && !d.startsWith('2025-06-06'))
      .map((d) =>
        d.startsWith('2025-05-09')
          ? '2025-05-07T13:00:00Z'
          : d.startsWith('2025-05-16')
            ? '2025-05-15T12:00:00Z'
            : d,
      );
    assert.equal(series.length, 23);
    assert.deepEqual(
      meetings.slice(3),
      series.map((d) => [d, 60, 'Test 17', pair]),
    );
    assert.deepEqual(
      r.fragment.ties.map((t) => [names.get(t.a), names.get(t.b), t.strength]),
      [
        ['brechtel@med.uni-frankfurt.de', 'Markus Brechtel', coAttendanceStrength(25)],
        ['Markus Brechtel', 'Markus Katharina Brechtel', coAttendanceStrength(1)],
      ],
    );
    assert.deepEqual(
      r.skipped.map((s) => s.reason),
      [
        'an answer to an invitation, not the meeting',
        // Test 01: CANCEL with SEQUENCE:1 after the REQUEST; Test 11: the CANCEL comes first in the
        // file with the same SEQUENCE, but its DTSTAMP is later.
        'cancelled',
        'cancelled',
      ],
    );
  });

  test('a REPLY with the same SEQUENCE and a later DTSTAMP does not replace the meeting it answers', () => {
    const request = event(
      'r-1',
      '20250106T100000Z',
      ['ann@example.com', 'bob@example.com'],
      'SEQUENCE:0\r\nDTSTAMP:20250101T000000Z',
    );
    const reply = [
      'BEGIN:VEVENT',
      'UID:r-1',
      'SEQUENCE:0',
      'DTSTAMP:20250102T000000Z',
      'ATTENDEE;PARTSTAT=ACCEPTED:mailto:bob@example.com',
      'END:VEVENT',
    ].join('\r\n');
    const text = calendar(request) + calendar(reply).replace('VERSION:2.0', 'VERSION:2.0\r\nMETHOD:REPLY');
    const r = ics(text, '2025-03-01');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.fragment.interactions.map((i) => [i.date, i.people.length]),
      [['2025-01-06T10:00:00Z', 2]],
    );
  });

  test('a date-only DTSTART without VALUE=DATE is an all-day date; a bad one is named as written', () => {
    const r = ics(withGuest(fixture('date-only-dtstart.ics')), '2022-06-01');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.fragment.interactions.map((i) => [i.date, i.notes]),
      [
        ['2022-01-01', "New Year's Day"],
        ['2022-01-07', 'Orthodox Christmas'],
        ['2022-03-08', "International Women's Day"],
      ],
    );
    const bad = ics(calendar(event('bad', '2004122', ['a@example.com'])), '2026-06-01');
    assert.deepEqual(bad.problems, [
      {
        record: 'event "bad"',
        reason: 'DTSTART "2004122" is not a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS)',
      },
    ]);
    assert.ok(!JSON.stringify(bad.problems).includes('T::'));
  });

  test('EXDATE with no zone, date-only or in UTC removes the occurrence of a zoned or UTC series', () => {
    const r = ics(fixture('exdate-forms.ics'), '2025-03-01');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.fragment.interactions.map((i) => [i.date, i.notes]),
      [
        ['2025-01-06T14:00:00Z', 'Standup'],
        ['2025-01-08T14:00:00Z', 'Standup'],
        ['2025-01-11T14:00:00Z', 'Standup'],
        ['2025-01-06T15:00:00Z', 'Review'],
        ['2025-01-08T15:00:00Z', 'Review'],
      ],
    );
  });
});
