import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureDocument } from './test-fixture.js';
import { startTestServer, type TestServer } from './test-harness.js';

describe('owner, status, import, export', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('an empty database says so, and has no owner', async () => {
    const status = await server.call('GET', '/api/status');
    assert.equal(status.status, 200);
    assert.equal(status.json.empty, true);
    assert.equal((await server.call('GET', '/api/owner')).status, 404);
    const people = await server.call('POST', '/api/people', { body: { name: 'Too Early' } });
    assert.equal(people.status, 409, 'people need an owner first');
  });

  test('an upload that is not a threefold/1 document is a 400 naming the problem, and writes nothing', async () => {
    const notJson = await server.call('POST', '/api/import?filename=x.json', {
      raw: 'not json',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(notJson.status, 400, notJson.text);
    const doc = fixtureDocument();
    doc.relationships![0]!.person = 'p:99';
    const badRef = await server.call('POST', '/api/import?filename=x.json', {
      raw: JSON.stringify(doc),
      headers: { 'content-type': 'application/octet-stream' },
    });
    assert.equal(badRef.status, 400, badRef.text);
    assert.match(badRef.json.error.message, /relationships\[0\]\.person: no person "p:99"/);
    assert.equal((await server.call('GET', '/api/status')).json.empty, true);
    const badMode = await server.call('POST', '/api/import?mode=overwrite', { raw: '{}' });
    assert.equal(badMode.status, 400);
    assert.equal(badMode.json.error.details[0].path, 'query.mode');
    const empty = await server.call('POST', '/api/import', { raw: '' });
    assert.equal(empty.status, 400);
  });

  test('a multipart upload imports; a second one into a full database is a conflict unless merged', async () => {
    const boundary = '----threefold-test';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="network.json"',
      'Content-Type: application/json',
      '',
      JSON.stringify(fixtureDocument()),
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const first = await server.call('POST', '/api/import', { raw: body, headers });
    assert.equal(first.status, 200, first.text);
    const status = await server.call('GET', '/api/status');
    assert.equal(status.json.counts.people, 4);
    assert.equal(status.json.empty, false);
    const again = await server.call('POST', '/api/import', { raw: body, headers });
    assert.equal(again.status, 409, again.text);
    const merged = await server.call('POST', '/api/import?mode=merge', { raw: body, headers });
    assert.equal(merged.status, 200, merged.text);
    const noFile = await server.call('POST', '/api/import', {
      raw: `--${boundary}\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n--${boundary}--\r\n`,
      headers,
    });
    assert.equal(noFile.status, 400, noFile.text);
    assert.equal(noFile.json.error.details[0].path, 'body.file');
  });

  test('export gives back the document, as a download', async () => {
    const r = await server.call('GET', '/api/export');
    assert.equal(r.status, 200, r.text);
    assert.match(
      String(r.headers['content-disposition']),
      /^attachment; filename="threefold-2026-06-01\.json"$/,
    );
    assert.deepEqual(r.json, fixtureDocument());
    const bad = await server.call('GET', '/api/export?format=docx');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].path, 'query.format');
  });

  test('the owner can be read, patched and replaced', async () => {
    assert.equal((await server.call('GET', '/api/owner')).json.name, 'Dana Owner');
    const patched = await server.call('PATCH', '/api/owner', { body: { title: 'CFO', unit: null } });
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.json.title, 'CFO');
    assert.equal('unit' in patched.json, false);
    const bad = await server.call('PUT', '/api/owner', { body: { name: '' } });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.json.error.details.map((d: { path: string }) => d.path).sort(), [
      'body.name',
      'body.organization',
    ]);
  });

  test('the sample only loads into an empty database', async () => {
    const r = await server.call('POST', '/api/sample');
    assert.equal(r.status, 409, r.text);
  });

  test('analysis routes validate their query before any work', async () => {
    for (const [path, field] of [
      ['/api/assess?asOf=2026-13-01', 'query.asOf'],
      ['/api/suggest?limit=0', 'query.limit'],
      ['/api/path', 'query.to'],
      ['/api/path?to=p:1&k=99', 'query.k'],
      ['/api/plan?budget=-5', 'query.budget'],
      ['/api/network?asOf=yesterday', 'query.asOf'],
    ]) {
      const r = await server.call('GET', path!);
      assert.equal(r.status, 400, `${path}: ${r.text}`);
      assert.equal(r.json.error.details[0].path, field, path);
    }
    const unknown = await server.call('GET', '/api/path?to=p:nobody');
    assert.equal(unknown.status, 404, unknown.text);
    const snooze = await server.call('POST', '/api/actions/reconnect|p:1', { body: { state: 'snoozed' } });
    assert.equal(snooze.status, 400);
    assert.equal(snooze.json.error.details[0].path, 'body.until');
    const done = await server.call('POST', '/api/actions/reconnect|p:1', { body: { state: 'done' } });
    assert.equal(done.status, 200, done.text);
    assert.deepEqual(done.json, { key: 'reconnect|p:1', state: 'done', at: '2026-06-01' });
  });

  test('the OpenAPI document describes every route from the same schemas', async () => {
    const r = await server.call('GET', '/api/openapi.json');
    assert.equal(r.status, 200);
    assert.equal(r.json.openapi, '3.1.0');
    const paths = Object.keys(r.json.paths);
    for (const p of [
      '/api/people',
      '/api/people/{id}',
      '/api/ties/{a}/{b}',
      '/api/relationships/{person}',
      '/api/assess',
      '/api/suggest',
      '/api/path',
      '/api/plan',
      '/api/review',
      '/api/actions/{key}',
      '/api/import',
      '/api/export',
      '/api/network',
      '/api/sample',
      '/api/owner',
    ]) {
      assert.ok(paths.includes(p), p);
    }
    const create = r.json.paths['/api/people'].post;
    const schema = create.requestBody.content['application/json'].schema;
    assert.deepEqual(schema.required, ['name']);
    assert.equal(schema.properties.level.maximum, 6, 'the person schema of the document, not a copy');
    const ids = new Set<string>();
    for (const item of Object.values(r.json.paths) as Record<string, { operationId: string }>[]) {
      for (const op of Object.values(item)) {
        assert.ok(!ids.has(op.operationId), op.operationId);
        ids.add(op.operationId);
      }
    }
  });
});

describe('inputs built to break the API', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('deep nesting and bytes that are not UTF-8 are a 400 naming the body, never a 500', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const [path, raw] of [
      ['/api/owner', deep],
      ['/api/import?filename=deep.json', deep],
    ] as const) {
      const r = await server.call(path === '/api/owner' ? 'PUT' : 'POST', path, {
        raw,
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(r.status, 400, `${path}: ${r.text}`);
      assert.match(r.json.error.message, /deeper than 64 levels/);
    }
    const latin1 = await server.call('PUT', '/api/owner', {
      raw: Buffer.from([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(latin1.status, 400, latin1.text);
    assert.equal(latin1.json.error.details[0].path, 'body');
  });
});

describe('a dry run answers as the import would', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('a dry run into a full database is the same 409, and a good one writes nothing', async () => {
    const upload = (mode: string, dryRun: boolean) =>
      server.call('POST', `/api/import?filename=net.json&mode=${mode}${dryRun ? '&dryRun=true' : ''}`, {
        raw: JSON.stringify(fixtureDocument()),
        headers: { 'content-type': 'application/json' },
      });
    const first = await upload('new', true);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.dryRun, true);
    assert.ok(first.json.changes.people.created > 0, 'the summary says what would be written');
    assert.equal((await server.call('GET', '/api/status')).json.counts.people, 0, 'nothing written');
    assert.equal((await upload('new', false)).status, 200);
    const [dry, real] = [await upload('new', true), await upload('new', false)];
    assert.equal(dry.status, 409, dry.text);
    assert.equal(real.status, 409, real.text);
    assert.deepEqual(dry.json.error, real.json.error);
  });
});
