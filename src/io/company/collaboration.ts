import { CHANNELS } from '../../core/organisation/model.js';
import { type ErrorDetail, invalidInput } from '../../errors.js';
import type { CsvRow } from '../formats/csv.js';
import { readCsvStream } from '../formats/csv-stream.js';
import { type CollaborationRead, type CollaborationRow, timeOfPairs } from './records.js';
import { cell, periodStart, readHeader, readTable } from './table.js';

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

/** Rows written to the store at a time by a streamed import. */
export const BATCH_ROWS = 50_000;
/** Problems described in an error; the rest are counted. */
const MAX_DETAILS = 50;

/** Checks rows of the edge list one piece at a time, keeping the first problems found. */
function edgeRows(
  at: Record<keyof typeof COLUMNS, number>,
  pseudonym: (id: string) => string,
  defaults: { channel?: string },
) {
  const problems: ErrorDetail[] = [];
  let problemCount = 0;
  const skipped: CollaborationRead['skipped'] = [];
  const fallback = defaults.channel ?? 'meeting';
  // A file has a few hundred distinct periods and a million rows: each period is read once.
  const days = new Map<string, string>();
  return {
    problems,
    skipped,
    get problemCount() {
      return problemCount;
    },
    /** Adds the good rows of `piece` to `out`. */
    take(piece: readonly CsvRow[], out: CollaborationRow[]): void {
      for (const row of piece) {
        const cellAt = (column: keyof typeof COLUMNS) => cell(row, at[column]);
        const problem = (column: string, message: string) => {
          if (problemCount++ < MAX_DETAILS) problems.push({ path: `line ${row.line}, ${column}`, message });
        };
        const a = cellAt('from');
        const b = cellAt('to');
        if (!a) problem('from', 'empty');
        if (!b) problem('to', 'empty');
        const period = cellAt('period');
        let day = days.get(period);
        if (day === undefined) {
          day = periodStart(period) ?? '';
          days.set(period, day);
        }
        if (!day) problem('period', `"${period}" is not a date, a month (YYYY-MM) or a week (YYYY-Www)`);
        const channelName = (cellAt('channel') || fallback).toLowerCase();
        const channel = CHANNEL_NAMES[channelName];
        if (channel === undefined)
          problem('channel', `"${channelName}" is not one of meeting, mail, chat, call`);
        const count = cellAt('count') === '' ? 1 : Number(cellAt('count'));
        if (!Number.isFinite(count) || count < 0 || count > 1e6)
          problem('count', `"${cellAt('count')}" is not a count`);
        const minutes = cellAt('minutes') === '' ? 0 : Number(cellAt('minutes'));
        if (!Number.isFinite(minutes) || minutes < 0 || minutes > 1e7)
          problem('minutes', `"${cellAt('minutes')}" is not a number of minutes`);
        if (!a || !b || !day || channel === undefined) continue;
        if (a.toLowerCase() === b.toLowerCase()) {
          skipped.push({ record: `line ${row.line}`, reason: 'one person with themself' });
          continue;
        }
        out.push({ a: pseudonym(a), b: pseudonym(b), day, channel, count, minutes });
      }
    },
    /** Throws when any row was bad: the import then writes nothing. */
    settle(): void {
      if (problemCount > 0)
        throw invalidInput(
          `collaboration: ${problemCount} invalid value${problemCount === 1 ? '' : 's'}, nothing imported (first: ${problems[0]!.path}: ${problems[0]!.message})`,
          problems,
        );
    },
  };
}

const header = (line: string) => readHeader(line, 'collaboration', COLUMNS, ['from', 'to', 'period']);

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
  const check = edgeRows(table.at, pseudonym, defaults);
  const rows: CollaborationRow[] = [];
  check.take(table.rows, rows);
  check.settle();
  return { rows, time: timeOfPairs(rows), skipped: check.skipped };
}

/**
 * The same edge list read as it arrives (a file of 20 million rows is a gigabyte): batches of
 * about `batchRows` rows, each with its people's time. Once a row is bad no batch follows, the
 * rest of the file is only checked, and the end throws what `readCollaboration` would: a store
 * that stages the batches then writes nothing.
 */
export async function* readCollaborationStream(
  chunks: AsyncIterable<string>,
  pseudonym: (id: string) => string,
  defaults: { channel?: string } = {},
  batchRows = BATCH_ROWS,
): AsyncGenerator<CollaborationRead> {
  let check: ReturnType<typeof edgeRows> | undefined;
  let rows: CollaborationRow[] = [];
  let reported = 0;
  const pieces = readCsvStream(chunks, (line) => {
    const h = header(line);
    check = edgeRows(h.at, pseudonym, defaults);
    return h.delimiter;
  });
  for await (const piece of pieces) {
    check!.take(piece, rows);
    if (check!.problemCount > 0) rows = [];
    if (rows.length >= batchRows) {
      const skipped = check!.skipped.slice(reported);
      reported = check!.skipped.length;
      yield { rows, time: timeOfPairs(rows), skipped };
      rows = [];
    }
  }
  check!.settle();
  if (rows.length > 0 || check!.skipped.length > reported)
    yield { rows, time: timeOfPairs(rows), skipped: check!.skipped.slice(reported) };
}
