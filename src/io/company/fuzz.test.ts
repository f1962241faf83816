import { test } from 'node:test';
import fc from 'fast-check';
import { ThreefoldError } from '../../errors.js';
import { readCalendarMetadata } from './calendar.js';
import { readCollaboration } from './collaboration.js';
import { pseudonymiser } from './pseudonym.js';
import { readRoster } from './roster.js';
import { readSurvey } from './survey.js';

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
