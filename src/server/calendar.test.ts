import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { parseFile } from '../io/formats/index.js';
import { startTestServer, type TestServer } from './test-harness.js';

describe('the reminders calendar feed', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    assert.equal((await server.call('POST', '/api/sample')).status, 201);
  });
  after(() => server.close());

  test("a calendar app reads this week's moves and the follow-ups due, one entry each", async () => {
    const feed = await server.call('GET', '/calendar.ics');
    assert.equal(feed.status, 200, feed.text);
    assert.match(String(feed.headers['content-type']), /^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(feed.text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent');
    assert.ok(events.length >= 5, `${events.length} events`);
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    assert.equal(new Set(uids).size, uids.length, 'one entry per move and per follow-up');
    const moves = events.filter((e) => String(e.getFirstPropertyValue('uid')).startsWith('move-'));
    const followUps = events.filter((e) => String(e.getFirstPropertyValue('uid')).startsWith('follow-up-'));
    assert.ok(moves.length > 0 && followUps.length > 0);
    for (const e of events) {
      const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
      assert.ok(start.isDate, 'all-day');
      assert.ok(start.toString() >= '2026-06-01', 'today or later');
      assert.ok(String(e.getFirstPropertyValue('summary')).length > 0);
    }
    // A refresh gives the same entries (a calendar app updates them, adds none).
    const again = await server.call('GET', '/calendar.ics');
    assert.equal(again.text.replace(/DTSTAMP:.*\r\n/g, ''), feed.text.replace(/DTSTAMP:.*\r\n/g, ''));
  });

  test("the project's own calendar reader reads the entries back with the people they name", async () => {
    // The people the entries name get an address, as a leader's contacts would have.
    const first = new ICAL.Component(
      ICAL.parse((await server.call('GET', '/calendar.ics')).text) as unknown[],
    );
    const named = new Set(
      first
        .getAllSubcomponents('vevent')
        .map((e) => String(e.getFirstPropertyValue('uid')))
        .filter((uid) => uid.startsWith('follow-up-'))
        .map((uid) => uid.replace(/^follow-up-/, '').replace(/@threefold$/, '')),
    );
    for (const id of named) {
      const edited = await server.call('PATCH', `/api/people/${encodeURIComponent(id)}`, {
        body: { emails: [`${id.replace(/\W/g, '')}@example.com`] },
      });
      assert.equal(edited.status, 200, edited.text);
    }
    const feed = await server.call('GET', '/calendar.ics');
    const calendar = new ICAL.Component(ICAL.parse(feed.text) as unknown[]);
    const attendees = new Set(
      calendar
        .getAllSubcomponents('vevent')
        .flatMap((e) =>
          e.getAllProperties('attendee').map((p) => String(p.getFirstValue()).replace(/^mailto:/i, '')),
        ),
    );
    assert.ok(attendees.size > 0, 'some of the people have an e-mail address');
    // Read as if a year had passed, every entry is a past meeting with the people it names.
    const read = parseFile(new TextEncoder().encode(feed.text), {
      fileName: 'threefold.ics',
      asOf: '2027-06-01',
    });
    const emails = new Set((read.fragment.people ?? []).flatMap((p) => p.emails ?? []));
    assert.deepEqual([...emails].sort(), [...attendees].sort());
  });
});

describe('the calendar feed beyond loopback', () => {
  let server: TestServer;
  const token = 'a-long-enough-token-for-the-test-server-0123456789';
  before(async () => {
    server = await startTestServer({ token });
  });
  after(() => server.close());

  test('needs the token in its address', async () => {
    assert.equal((await server.call('GET', '/calendar.ics', { token: null })).status, 401);
    assert.equal((await server.call('GET', '/calendar.ics?token=wrong', { token: null })).status, 401);
    const owner = await server.call('PUT', '/api/owner', { body: { name: 'Ada', organization: 'o:home' } });
    assert.equal(owner.status, 200, owner.text);
    const ok = await server.call('GET', `/calendar.ics?token=${token}`, { token: null });
    assert.equal(ok.status, 200, ok.text);
  });
});
