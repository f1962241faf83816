import { CHANNELS } from '../../core/organisation/model.js';
import { type ErrorDetail, invalidInput } from '../../errors.js';
import { type CollaborationRead, type CollaborationRow, timeOfPairs } from './records.js';
import { cell, periodStart, readTable } from './table.js';

const COLUMNS = {
  from: ['from', 'source', 'sender', 'organizer', 'person a', 'employee a', 'a'],
  to: ['to', 'target', 'recipient', 'attendee', 'person b', 'employee b', 'b'],
  period: ['period', 'date', 'day', 'week', 'month', 'period start'],
  channel: ['channel', 'kind', 'type', 'medium'],
  count: ['count', 'interactions', 'meetings', 'messages', 'mails', 'emails', 'calls'],
  minutes: ['minutes', 'duration minutes', 'duration', 'time minutes'],
} as const;

const CHANNEL_NAMES: Record<string, number> = {
  meeting: CHANNELS.indexOf('meeting'),
  meetings: CHANNELS.indexOf('meeting'),
  mail: CHANNELS.indexOf('mail'),
  email: CHANNELS.indexOf('mail'),
  'e-mail': CHANNELS.indexOf('mail'),
  chat: CHANNELS.indexOf('chat'),
  message: CHANNELS.indexOf('chat'),
  im: CHANNELS.indexOf('chat'),
  call: CHANNELS.indexOf('call'),
  phone: CHANNELS.indexOf('call'),
};

/**
 * An edge list of collaboration metadata: who met, mailed, messaged or called whom, in which
 * period, how many times and for how many minutes. Nothing else of a message is read.
 */
export function readCollaboration(
  text: string,
  pseudonym: (id: string) => string,
  defaults: { channel?: string } = {},
): CollaborationRead {
  const table = readTable(text, 'collaboration', COLUMNS, ['from', 'to', 'period']);
  const problems: ErrorDetail[] = [];
  const rows: CollaborationRow[] = [];
  const skipped: CollaborationRead['skipped'] = [];
  const fallback = defaults.channel ?? 'meeting';
  // A file has a few hundred distinct periods and a million rows: each period is read once.
  const days = new Map<string, string>();
  for (const row of table.rows) {
    const at = (column: keyof typeof COLUMNS) => cell(row, table.at[column]);
    const problem = (column: string, message: string) =>
      problems.push({ path: `line ${row.line}, ${column}`, message });
    const a = at('from');
    const b = at('to');
    if (!a) problem('from', 'empty');
    if (!b) problem('to', 'empty');
    const period = at('period');
    let day = days.get(period);
    if (day === undefined) {
      day = periodStart(period) ?? '';
      days.set(period, day);
    }
    if (!day) problem('period', `"${period}" is not a date, a month (YYYY-MM) or a week (YYYY-Www)`);
    const channelName = (at('channel') || fallback).toLowerCase();
    const channel = CHANNEL_NAMES[channelName];
    if (channel === undefined) problem('channel', `"${channelName}" is not one of meeting, mail, chat, call`);
    const count = at('count') === '' ? 1 : Number(at('count'));
    if (!Number.isFinite(count) || count < 0 || count > 1e6)
      problem('count', `"${at('count')}" is not a count`);
    const minutes = at('minutes') === '' ? 0 : Number(at('minutes'));
    if (!Number.isFinite(minutes) || minutes < 0 || minutes > 1e7)
      problem('minutes', `"${at('minutes')}" is not a number of minutes`);
    if (!a || !b || !day || channel === undefined) continue;
    if (a.toLowerCase() === b.toLowerCase()) {
      skipped.push({ record: `line ${row.line}`, reason: 'one person with themself' });
      continue;
    }
    rows.push({ a: pseudonym(a), b: pseudonym(b), day, channel, count, minutes });
  }
  if (problems.length > 0)
    throw invalidInput(
      `collaboration: ${problems.length} invalid value${problems.length === 1 ? '' : 's'}, nothing imported (first: ${problems[0]!.path}: ${problems[0]!.message})`,
      problems.slice(0, 50),
    );
  return { rows, time: timeOfPairs(rows), skipped };
}
