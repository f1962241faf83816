// Fuzzing the API bodies on a real server: whatever a client sends to an operation that takes
// a body (JSON shaped like its schema with wrong values, unknown fields, any JSON, not JSON at
// all, and mutated files of every import format), the answer is never a 5xx.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { IMPORT_FORMATS } from '../io/formats/types.js';
import { FIXTURES_DIR } from '../test-support/fixtures.js';
import {
  apiOperations,
  type JsonSchema,
  type Operation,
  startFixtureServer,
  type TestServer,
} from './test-harness.js';

/** Ids the fixture network has (test-fixture.ts), so edits reach real records as well as missing ones. */
const IDS = ['p:1', 'p:2', 'p:3', 'p:4', 'o:home', 'o:club', 'g:1', 'i:1', 'goal:1', 'c:1', 'p:404'];
const PATH_IDS: Record<string, string> = {
  people: 'p:2',
  organizations: 'o:club',
  relationships: 'p:2',
  interactions: 'i:2',
  groups: 'g:1',
  goals: 'goal:1',
  commitments: 'c:1',
};

const nasty = fc.constantFrom(
  '',
  ' ',
  'notanemail',
  'a@example.com',
  '2026-01-01',
  '2026-02-30',
  '2026-01-01T10:00:00Z',
  '\u0000',
  'Ada\u202Eevil',
  '=HYPERLINK("x")',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'x'.repeat(100_000),
  '😀'.repeat(300),
);
const plausible = fc.constantFrom(
  ...IDS,
  'Ada Lovelace',
  'Book circle',
  'ada@example.com',
  '2026-05-01',
  '2026-05-01T10:00:00Z',
  'p:new',
  'o:new',
);
const anyString = fc.oneof(
  { arbitrary: plausible, weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
  { arbitrary: nasty, weight: 1 },
);
const anyNumber = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 6 }), weight: 4 },
  { arbitrary: fc.oneof(fc.integer(), fc.double()), weight: 1 },
  { arbitrary: fc.constantFrom(-1, 1e308, Number.MAX_SAFE_INTEGER + 2), weight: 1 },
);

/** A right-looking string for a field, by its name. */
function plausibleFor(key: string): fc.Arbitrary<string> {
  if (/email/i.test(key)) return fc.constantFrom('ada@example.com', 'new@example.org');
  if (/phone/i.test(key)) return fc.constantFrom('+44 20 7946 0000');
  if (/date|due|since|until|at$/i.test(key)) return fc.constantFrom('2026-05-01', '2026-05-01T10:00:00Z');
  if (/^(id|person|people|a|b|keep|drop|organization|members|stakeholders|groups)$/i.test(key))
    return fc.constantFrom(...IDS, 'p:new', 'o:new');
  return plausible;
}

/**
 * Values shaped by a JSON Schema. Loose: wrong often (other types, bounds crossed, unknown
 * keys, control characters). Close: values of the right type drawn from the fixture's ids and
 * small numbers, so that most bodies pass validation and reach the writes behind it.
 */
function shaped(schema: JsonSchema | undefined, close: boolean, depth = 0, key = ''): fc.Arbitrary<unknown> {
  const wild = fc.jsonValue({ maxDepth: 3 });
  if (!schema || depth > 4) return close ? fc.constant(null) : wild;
  const own: fc.Arbitrary<unknown>[] = [];
  if (schema.enum) own.push(fc.constantFrom(...schema.enum));
  for (const sub of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
    if (!close || sub.type !== 'null') own.push(shaped(sub, close, depth + 1, key));
  if (schema.type === 'string' && !schema.enum) own.push(close ? plausibleFor(key) : anyString);
  if (schema.type === 'number' || schema.type === 'integer')
    own.push(close ? fc.integer({ min: 1, max: 5 }) : anyNumber);
  if (schema.type === 'boolean') own.push(fc.boolean());
  if (schema.type === 'null') own.push(fc.constant(null));
  if (schema.type === 'array')
    own.push(fc.array(shaped(schema.items, close, depth + 1, key), { maxLength: close ? 2 : 4 }));
  if (schema.properties) {
    const record = fc.record(
      Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, shaped(s, close, depth + 1)])),
      { requiredKeys: [] },
    );
    if (close) return record;
    const unknownKey = fc.tuple(record, anyString, wild).map(([r, k, v]) => ({ ...(r as object), [k]: v }));
    return fc.oneof(
      { arbitrary: record, weight: 8 },
      { arbitrary: unknownKey, weight: 1 },
      { arbitrary: wild, weight: 1 },
    );
  }
  if (own.length === 0) return close ? fc.constant(null) : wild;
  if (close) return fc.oneof(...own);
  return fc.oneof({ arbitrary: fc.oneof(...own), weight: 12 }, { arbitrary: wild, weight: 1 });
}

const notJson = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '{',
    '{"name":',
    '[]'.repeat(10),
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    '\uFEFF{}',
  ),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
);

const SEEDS: Buffer[] = ['stories', 'linkedin', 'vcard', 'ics', 'graph', 'contacts'].flatMap((dir) =>
  readdirSync(join(FIXTURES_DIR, dir))
    .filter((f) => /\.(json|csv|vcf|ics|gexf|graphml)$/.test(f))
    .map((f) => readFileSync(join(FIXTURES_DIR, dir, f)).subarray(0, 8000)),
);
const upload = fc
  .tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.uint8Array({ maxLength: 30 }), fc.nat(2))
  .map(([seed, at, noise, kind]) => {
    const i = at % (seed.length + 1);
    if (kind === 0) return seed;
    if (kind === 1) return seed.subarray(0, i);
    return Buffer.concat([seed.subarray(0, i), Buffer.from(noise), seed.subarray(i)]);
  });
const importQuery = fc
  .record(
    {
      format: fc.constantFrom(...IMPORT_FORMATS),
      mode: fc.constantFrom('new', 'merge', 'replace'),
      dryRun: fc.constantFrom('true', 'false'),
      skipInvalid: fc.constantFrom('true', 'false'),
      filename: fc.constantFrom('contacts.csv', 'cal.ics', 'net.json', 'g.graphml', 'x.gexf', 'a.vcf'),
      asOf: fc.constantFrom('2026-06-01', '1997-07-02'),
    },
    { requiredKeys: ['mode'] },
  )
  .map((q) => new URLSearchParams(q as Record<string, string>).toString());

describe('API bodies: fuzzed, never answered with a server error', () => {
  let server: TestServer;
  let operations: Operation[];
  before(async () => {
    server = await startFixtureServer();
    operations = (await apiOperations(server)).filter((op) => op.jsonBody);
  });
  after(() => server.close());

  test('every operation with a JSON body has a schema to shape its bodies', () => {
    assert.ok(operations.length >= 20, `${operations.length} operations`);
    for (const op of operations) assert.ok(op.bodySchema?.properties, `${op.method} ${op.path}`);
  });

  test('JSON bodies shaped like each schema, any JSON, and text that is not JSON', async () => {
    for (const op of operations) {
      const path = op.path.replace(
        /^\/api\/(\w+)\/p:1$/,
        (m, collection: string) => `/api/${collection}/${PATH_IDS[collection] ?? m.split('/').pop()}`,
      );
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            { arbitrary: shaped(op.bodySchema, false).map((v) => JSON.stringify(v) ?? 'null'), weight: 3 },
            { arbitrary: shaped(op.bodySchema, true).map((v) => JSON.stringify(v)), weight: 3 },
            { arbitrary: notJson, weight: 1 },
          ),
          async (raw) => {
            const reply = await server.call(op.method, path, {
              raw,
              headers: { 'content-type': 'application/json' },
            });
            assert.ok(
              reply.status < 500,
              `${op.method} ${path} ${raw.slice(0, 300)} -> ${reply.status} ${reply.text}`,
            );
            if (reply.status >= 400) assert.equal(typeof reply.json?.error?.code, 'string', reply.text);
          },
        ),
        { numRuns: 40 },
      );
    }
  });

  test('uploads: every import format, whole, cut short or with bytes inserted, with any query', async () => {
    await fc.assert(
      fc.asyncProperty(upload, importQuery, async (bytes, query) => {
        const reply = await server.call('POST', `/api/import?${query}`, {
          raw: bytes,
          headers: { 'content-type': 'application/octet-stream' },
        });
        assert.ok(reply.status < 500, `${query} -> ${reply.status} ${reply.text}`);
      }),
      { numRuns: 200 },
    );
  });
});
