import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { validateDocument } from '../../document/validate.js';
import { ThreefoldError } from '../../errors.js';
import { FIXTURES_DIR } from '../../test-support/fixtures.js';
import { parseJson } from '../document-file.js';
import { parseFile, parseText } from './index.js';
import { IMPORT_FORMATS, type ImportFormat } from './types.js';

const ROOT = FIXTURES_DIR;
const SEEDS: Buffer[] = ['linkedin', 'vcard', 'ics', 'graph', 'contacts'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.(csv|vcf|ics|gexf|graphml)$/.test(f))
    .map((f) => readFileSync(join(ROOT, dir, f)).subarray(0, 6000)),
);
const FORMATS = IMPORT_FORMATS.filter((f): f is Exclude<ImportFormat, 'json'> => f !== 'json');

/** Each parser ends in a result or a ThreefoldError: never another exception, never a hang. */
function settles(run: () => unknown): void {
  try {
    const r = run() as { fragment: { people: unknown[] } };
    assert.ok(Array.isArray(r.fragment.people));
  } catch (err) {
    if (!(err instanceof ThreefoldError)) throw err;
  }
}

const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.nat(), fc.uint8Array({ maxLength: 40 }), fc.nat(3))
  .map(([seed, a, b, noise, kind]) => {
    const i = a % (seed.length + 1);
    if (kind === 0) return seed.subarray(0, i); // truncated
    if (kind === 1) return Buffer.concat([seed.subarray(0, i), Buffer.from(noise), seed.subarray(i)]); // binary inserted
    if (kind === 2)
      return Buffer.concat([seed.subarray(0, i), seed.subarray(Math.min(seed.length, i + (b % 200)))]); // cut out
    return Buffer.from(seed.toString('latin1').replace(/"/g, b % 2 ? '' : '""'), 'latin1'); // quotes broken
  });

test('mutated fixtures: every parser settles', () => {
  fc.assert(
    fc.property(mutated, fc.constantFrom(...FORMATS), (bytes, format) => {
      settles(() => parseFile(bytes, { format, asOf: '2026-06-01' }));
      settles(() => parseFile(bytes, { asOf: '2026-06-01' }));
    }),
    { numRuns: 300 },
  );
});

const DOCUMENTS = readdirSync(join(ROOT, 'stories')).map((f) =>
  readFileSync(join(ROOT, 'stories', f), 'utf8'),
);

test('threefold/1 documents cut, spliced or rewritten, and any JSON: the document reader settles', () => {
  const text = fc.oneof(
    fc
      .tuple(fc.constantFrom(...DOCUMENTS), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }))
      .map(([doc, a, b, noise]) => {
        const i = a % (doc.length + 1);
        return b % 2 ? doc.slice(0, i) : `${doc.slice(0, i)}${noise}${doc.slice(i)}`;
      }),
    fc
      .tuple(fc.constantFrom(...DOCUMENTS), fc.jsonValue({ maxDepth: 3 }), fc.nat())
      .map(([doc, value, k]) => {
        // One value of the document replaced by any JSON value.
        const parsed = JSON.parse(doc) as Record<string, unknown>;
        const keys = Object.keys(parsed);
        const people = parsed.people as Record<string, unknown>[];
        if (k % 2 && people.length > 0) {
          const person = people[k % people.length]!;
          const field = Object.keys(person)[k % Object.keys(person).length]!;
          person[field] = value;
        } else parsed[keys[k % keys.length]!] = value;
        return JSON.stringify(parsed);
      }),
    fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  );
  fc.assert(
    fc.property(text, (t) => {
      try {
        validateDocument(parseJson(t, 'doc.json'));
      } catch (err) {
        if (!(err instanceof ThreefoldError)) throw err;
      }
    }),
    { numRuns: 300 },
  );
});

test('random bytes and strings: every parser settles', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.string({ maxLength: 400 }).map((s) => Buffer.from(s)),
      ),
      fc.constantFrom(...FORMATS),
      (bytes, format) => {
        settles(() => parseFile(bytes, { format, asOf: '2026-06-01' }));
      },
    ),
    { numRuns: 300 },
  );
});

test('huge fields, deep nesting and a dense recurrence settle quickly', () => {
  const started = Date.now();
  const big = 'x'.repeat(2_000_000);
  settles(() =>
    parseText(
      `First Name,Last Name,Email Address,Company,Position,Connected On\n${big},y,,,,01 Jan 2020\n`,
      'linkedin',
    ),
  );
  settles(() => parseText(`BEGIN:VCARD\nVERSION:3.0\nFN:${big}\nNOTE:${big}\nEND:VCARD\n`, 'vcard'));
  settles(() => parseText(`<gexf>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}</gexf>`, 'gexf'));
  settles(() => parseText(`<graphml>${'<g>'.repeat(50_000)}</graphml>`, 'graphml'));
  settles(() =>
    parseText(
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20000101T000000Z\r\nRRULE:FREQ=SECONDLY\r\nATTENDEE:mailto:a@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      'ics',
      { asOf: '2026-06-01' },
    ),
  );
  assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
});

test('calendar dates of any shape: problems name the record in words, never an internal error', () => {
  const value = fc.oneof(
    fc.stringMatching(/^[0-9TZ/P:,X-]{0,40}$/),
    fc.constantFrom('20250107', '20250107T100000', '20250107T100000Z', '20250107T100000Z/PT1H', 'PT1H'),
  );
  const dated = fc.constantFrom(
    'DTSTART',
    'DTEND',
    'EXDATE',
    'RDATE',
    'RDATE;VALUE=PERIOD',
    'RDATE;TZID=Europe/Berlin;VALUE=PERIOD',
    'EXDATE;VALUE=DATE',
    'RECURRENCE-ID',
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(dated, value), { maxLength: 4 }), fc.boolean(), (lines, twice) => {
      const event = [
        'BEGIN:VEVENT',
        'UID:fuzz',
        'DTSTART:20250106T100000Z',
        'RRULE:FREQ=DAILY;COUNT=3',
        ...lines.map(([name, v]) => `${name}:${v}`),
        'ATTENDEE:mailto:a@example.com',
        'END:VEVENT',
      ];
      const calendar = ['BEGIN:VCALENDAR', ...event, 'END:VCALENDAR'].join('\r\n');
      const text = twice ? `${calendar}\r\n${calendar.replace('COUNT=3', 'COUNT=2')}\r\n` : `${calendar}\r\n`;
      try {
        const r = parseText(text, 'ics', { asOf: '2026-06-01' });
        for (const p of r.problems)
          assert.doesNotMatch(p.reason, /is not a function|Invalid time value|T::|undefined|null/, p.reason);
      } catch (err) {
        if (!(err instanceof ThreefoldError)) throw err;
        assert.doesNotMatch(err.message, /is not a function|Invalid time value|T::/);
      }
    }),
    { numRuns: 300 },
  );
});
