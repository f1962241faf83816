import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ThreefoldError } from '../../errors.js';
import { readCalendarMetadata } from './calendar.js';
import { readCollaboration, readCollaborationStream } from './collaboration.js';
import { pseudonymiser } from './pseudonym.js';
import { readRoster } from './roster.js';
import { readSurvey, readSurveyStream } from './survey.js';

const hash = pseudonymiser('k'.repeat(40));
const SEEDS = [
  'Employee ID,Department,Manager ID,Hire Date,Email\nE1,Sales,,2020-01-01,a@x.example\nE2,Sales,E1,2021-03-04,b@x.example\n',
  'from,to,period,channel,count,minutes\nE1,E2,2026-W10,mail,3,0\nE2,E1,2026-03,meeting,1,45\n',
  'respondent,named 1,named 2,date\nE1,E2,E3,2026-10-01\n',
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20261001T090000Z\r\nDURATION:PT30M\r\nORGANIZER:mailto:a@x.example\r\nATTENDEE:mailto:b@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
];

/** Every company reader ends in a result or a ThreefoldError naming the problem: never another exception. */
function settles(run: () => unknown): void {
  try {
    run();
  } catch (err) {
    if (!(err instanceof ThreefoldError)) throw err;
  }
}

const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.string({ maxLength: 30 }), fc.nat(2))
  .map(([seed, at, noise, kind]) => {
    const i = at % (seed.length + 1);
    if (kind === 0) return seed.slice(0, i);
    if (kind === 1) return seed.slice(0, i) + noise + seed.slice(i);
    return seed.replace(/,/g, noise.slice(0, 1));
  });

test('company readers settle on mutated and random input', () => {
  fc.assert(
    fc.property(fc.oneof(mutated, fc.string({ maxLength: 200 })), (text) => {
      settles(() => readRoster(text, hash));
      settles(() => readCollaboration(text, hash));
      settles(() => readSurvey(text, hash, '2026-10-01'));
      settles(() => readCalendarMetadata(text, hash, '2026-11-30'));
    }),
    { numRuns: 400 },
  );
});

/** What a reader gives: its rows, or the message of its error. */
async function outcome(run: () => Promise<unknown[]> | unknown[]): Promise<unknown> {
  try {
    return { rows: await run() };
  } catch (err) {
    if (!(err instanceof ThreefoldError)) throw err;
    return { error: err.message, details: err.details };
  }
}

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function streamed<T>(batches: AsyncIterable<{ rows: T[] }>): Promise<T[]> {
  const rows: T[] = [];
  for await (const batch of batches) rows.push(...batch.rows);
  return rows;
}

const quoted = fc
  .array(
    fc.tuple(
      fc.constantFrom('E1', 'E2', '"E 3"', '"E""4"', '"E\r\n5"', '', 'x"y'),
      fc.constantFrom('E1', 'E2', '"E,6"', 'E7'),
      fc.constantFrom('2026-W10', '2026-03', '2026-13', '"2026-03-02"'),
      fc.constantFrom('mail', 'fax', ''),
      fc.constantFrom('1', '-1', '', '"2"'),
    ),
    { maxLength: 30 },
  )
  .chain((rows) =>
    fc
      .constantFrom('\n', '\r\n', '\r')
      .map((eol) => `from,to,period,channel,count${eol}${rows.map((r) => r.join(',')).join(eol)}${eol}`),
  );

test('the streamed readers give what the whole-file readers give, cut anywhere', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(quoted, mutated, fc.string({ maxLength: 200 })),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 5 }),
      async (text, size, batch) => {
        assert.deepEqual(
          await outcome(() => streamed(readCollaborationStream(pieces(text, size), hash, {}, batch))),
          await outcome(() => readCollaboration(text, hash).rows),
        );
        assert.deepEqual(
          await outcome(() => streamed(readSurveyStream(pieces(text, size), hash, '2026-10-01', batch))),
          await outcome(() => readSurvey(text, hash, '2026-10-01').rows),
        );
      },
    ),
    { numRuns: 400 },
  );
});
