import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFixtureServer, type TestServer } from './test-harness.js';

describe('record versions: ETag and If-Match', () => {
  let server: TestServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  test('a record read carries its version; a PATCH naming it applies and gives the new one', async () => {
    const read = await server.call('GET', '/api/people/p:2');
    assert.equal(read.status, 200, read.text);
    const etag = String(read.headers.etag);
    assert.match(etag, /^"[\w-]+"$/);
    const patched = await server.call('PATCH', '/api/people/p:2', {
      body: { title: 'Chair' },
      headers: { 'if-match': etag },
    });
    assert.equal(patched.status, 200, patched.text);
    assert.notEqual(patched.headers.etag, etag);
    assert.equal((await server.call('GET', '/api/people/p:2')).headers.etag, patched.headers.etag);
  });

  test('a PATCH or DELETE naming a version that has moved answers 412 and changes nothing', async () => {
    const read = await server.call('GET', '/api/people/p:3');
    const stale = String(read.headers.etag);
    assert.equal((await server.call('PATCH', '/api/people/p:3', { body: { title: 'Editor' } })).status, 200);
    const lost = await server.call('PATCH', '/api/people/p:3', {
      body: { title: 'Stale writer' },
      headers: { 'if-match': stale },
    });
    assert.equal(lost.status, 412, lost.text);
    assert.equal(lost.json.error.code, 'precondition_failed');
    const gone = await server.call('DELETE', '/api/people/p:3', { headers: { 'if-match': stale } });
    assert.equal(gone.status, 412, gone.text);
    const now = await server.call('GET', '/api/people/p:3');
    assert.equal(now.status, 200);
    assert.equal(now.json.title, 'Editor');
    // `*` names whatever is there now; a malformed header is a 400 naming it.
    const any = await server.call('PATCH', '/api/people/p:3', {
      body: { unit: 'Press' },
      headers: { 'if-match': '*' },
    });
    assert.equal(any.status, 200, any.text);
    const bad = await server.call('PATCH', '/api/people/p:3', {
      body: { unit: 'x' },
      headers: { 'if-match': 'v1' },
    });
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.json.error.details[0].path, 'headers.if-match');
  });

  test('ties and relationships have versions under their own keys', async () => {
    const ties = await server.call('GET', '/api/ties?limit=1');
    const { a, b } = ties.json.items[0];
    const read = await server.call('GET', `/api/ties/${b}/${a}`);
    assert.equal(read.status, 200, read.text);
    const del = await server.call('DELETE', `/api/ties/${a}/${b}`, {
      headers: { 'if-match': String(read.headers.etag) },
    });
    assert.equal(del.status, 204, del.text);
  });

  test('a body names only fields the document defines', async () => {
    const created = await server.call('POST', '/api/people', {
      body: { name: 'Ida', favouriteColour: 'teal' },
    });
    assert.equal(created.status, 400, created.text);
    assert.match(created.json.error.message, /favouriteColour/);
    const patched = await server.call('PATCH', '/api/people/p:2', { body: { shoeSize: 44 } });
    assert.equal(patched.status, 400, patched.text);
    const nul = await server.call('PATCH', '/api/people/p:2', { body: { name: 'Ben\u0000Outside' } });
    assert.equal(nul.status, 400, nul.text);
    assert.equal(nul.json.error.details[0].path, 'body.name');
  });

  test('the OpenAPI document describes ETag, If-Match and 412', async () => {
    const doc = (await server.call('GET', '/api/openapi.json')).json;
    const one = doc.paths['/api/people/{id}'];
    assert.ok(one.get.responses['200'].headers.ETag);
    for (const method of ['patch', 'delete']) {
      assert.ok(
        one[method].parameters.some(
          (p: { name: string; in: string }) => p.name === 'If-Match' && p.in === 'header',
        ),
      );
      assert.ok(one[method].responses['412']);
    }
    assert.ok(doc.paths['/api/people'].post.responses['201'].headers.ETag);
  });
});
