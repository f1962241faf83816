import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHANNELS, SURVEY } from '../../core/organisation/model.js';
import { readCalendarMetadata } from './calendar.js';
import { readCollaboration } from './collaboration.js';
import { pseudonymiser } from './pseudonym.js';
import { readRoster } from './roster.js';
import { readSurvey } from './survey.js';
import { periodStart } from './table.js';

const hash = pseudonymiser('k'.repeat(40));

function event(uid: string, start: string, attendees: string[], extra: string[] = []): string {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTART:${start}`,
    'DURATION:PT45M',
    'SUMMARY:Confidential: restructuring of Finance',
    'ORGANIZER:mailto:ann@corp.example',
    ...attendees,
    ...extra,
    'END:VEVENT',
  ].join('\r\n');
}
const calendar = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');

describe('company readers', () => {
  it('pseudonymise ids and addresses with the key, case and spaces aside', () => {
    assert.equal(hash(' Ann@Corp.example '), hash('ann@corp.example'));
    assert.notEqual(hash('ann@corp.example'), pseudonymiser('j'.repeat(40))('ann@corp.example'));
    assert.throws(() => pseudonymiser('short'), /at least 32 characters/);
  });

  it('read periods as days, months and ISO weeks', () => {
    assert.equal(periodStart('2026-03-17'), '2026-03-17');
    assert.equal(periodStart('2026-03'), '2026-03-01');
    assert.equal(periodStart('2026-W01'), '2025-12-29');
    assert.equal(periodStart('2026-W10'), '2026-03-02');
    assert.equal(periodStart('2026-02-30'), undefined);
    assert.equal(periodStart('17/03/2026'), undefined);
  });

  it('read a roster with its managers and addresses as pseudonyms', () => {
    const r = readRoster('ID,Unit,Manager,Email\nE1,Sales,,ann@corp.example\nE2,Sales,E1,\n', hash);
    assert.equal(r.entries[1]!.manager, hash('E1'));
    assert.deepEqual(r.aliases, [
      [hash('E1'), hash('E1')],
      [hash('ann@corp.example'), hash('E1')],
      [hash('E2'), hash('E2')],
    ]);
    assert.throws(() => readRoster('ID,Unit\nE1,Sales\nE1,Sales\n', hash), /line 3, id/);
    assert.throws(() => readRoster('Name,Unit\nAnn,Sales\n', hash), /no id column/);
  });

  it('read an edge list with its channels, refusing a bad row by line and column', () => {
    const r = readCollaboration('sender,recipient,week,medium,messages\nE1,E2,2026-W10,email,4\n', hash);
    assert.deepEqual(r.rows, [
      {
        a: hash('E1'),
        b: hash('E2'),
        day: '2026-03-02',
        channel: CHANNELS.indexOf('mail'),
        count: 4,
        minutes: 0,
      },
    ]);
    assert.throws(
      () => readCollaboration('from,to,period,channel\nE1,E2,2026-03,fax\n', hash),
      /line 2, channel/,
    );
  });

  it('read a survey: each person named is a tie', () => {
    const r = readSurvey('respondent,named 1,named 2,named 3\nE1,E2,E3,\nE2,E1,,\n', hash, '2026-10-01');
    assert.equal(r.rows.length, 3);
    assert.ok(r.rows.every((row) => row.channel === SURVEY && row.day === '2026-10-01'));
    assert.throws(() => readSurvey('respondent,named 1\nE1,E2\n', hash), /date of the survey/);
  });

  it('read calendars as metadata: no broadcast, declined or lone meeting makes a tie, and no title is kept', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => `ATTENDEE:mailto:p${i}@corp.example`);
    const r = readCalendarMetadata(
      calendar(
        event('a', '20261110T090000Z', [
          'ATTENDEE;PARTSTAT=ACCEPTED:mailto:bob@corp.example',
          'ATTENDEE;PARTSTAT=DECLINED:mailto:cy@corp.example',
        ]),
        event('b', '20261111T090000Z', crowd),
        event('c', '20261112T090000Z', []),
        event('d', '20261113T090000Z', ['ATTENDEE:mailto:bob@corp.example'], ['STATUS:CANCELLED']),
      ),
      hash,
      '2026-11-30',
    );
    assert.deepEqual(
      r.rows.map((row) => [[row.a, row.b].sort(), row.day]),
      [[[hash('ann@corp.example'), hash('bob@corp.example')].sort(), '2026-11-10']],
    );
    assert.equal(r.broadcasts, 1);
    assert.deepEqual(
      r.time.map((t) => [t.person, t.minutes]).sort(),
      [
        [hash('ann@corp.example'), 45],
        [hash('bob@corp.example'), 45],
      ].sort(),
    );
    assert.ok(!JSON.stringify(r).includes('restructuring'));
  });

  it('know each meeting by a keyed hash of its UID and occurrence, and read it once across exports', () => {
    const file = calendar(
      event('m1', '20261110T090000Z', ['ATTENDEE:mailto:bob@corp.example']),
      event('m2', '20261110T090000Z', ['ATTENDEE:mailto:bob@corp.example']),
    );
    const seen = new Set<string>();
    const first = readCalendarMetadata(file, hash, '2026-11-30', seen);
    assert.equal(first.rows.length, 2);
    assert.equal(new Set(first.rows.map((r) => r.meeting)).size, 2, 'two UIDs, two meetings');
    assert.ok(first.rows.every((r) => r.meeting && !r.meeting.includes('m1') && !r.meeting.includes('m2')));
    const second = readCalendarMetadata(file.replace(/\r\n/g, '\n'), hash, '2026-11-30', seen);
    assert.deepEqual([second.rows.length, second.time.length, second.duplicates], [0, 0, 2]);
    const other = readCalendarMetadata(file, pseudonymiser('j'.repeat(40)), '2026-11-30');
    assert.notEqual(other.rows[0]!.meeting, first.rows[0]!.meeting, "the key is the organisation's");
  });
});
