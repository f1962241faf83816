import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkExposure } from './start.js';
import { startTestServer, type TestServer } from './test-harness.js';

const TOKEN = 'test-token-0123456789abcdef';

/** Every operation of the OpenAPI document, with its path parameters filled in. */
async function everyOperation(server: TestServer): Promise<{ method: string; path: string }[]> {
  const doc = (await server.call('GET', '/api/openapi.json')).json as {
    paths: Record<string, Record<string, unknown>>;
  };
  const ops: { method: string; path: string }[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of Object.keys(item)) {
      ops.push({ method: method.toUpperCase(), path: path.replace(/\{\w+\}/g, 'p:1') });
    }
  }
  return ops;
}

describe('with a token', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ token: TOKEN });
  });
  after(() => server.close());

  test('every API route answers 401 without the token, and with a wrong one', async () => {
    const ops = await everyOperation(server);
    assert.ok(ops.length >= 40, `found ${ops.length} operations`);
    for (const op of ops) {
      const none = await server.call(op.method, op.path, { token: null, body: {} });
      assert.equal(none.status, 401, `${op.method} ${op.path}: ${none.text}`);
      assert.equal(none.json.error.code, 'unauthorized');
      assert.match(String(none.headers['www-authenticate']), /^Bearer/);
      const wrong = await server.call(op.method, op.path, { token: `${TOKEN}x`, body: {} });
      assert.equal(wrong.status, 401, `${op.method} ${op.path}`);
    }
  });

  test('the right token passes', async () => {
    const r = await server.call('GET', '/api/status');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.empty, true);
  });

  test('the printed URL carries the token in the fragment', () => {
    assert.match(server.url, new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=${TOKEN}$`));
  });
});

describe('without a token, on loopback', () => {
  let server: TestServer;
  let web: string;
  before(async () => {
    web = mkdtempSync(join(tmpdir(), 'threefold-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>threefold</title>');
    writeFileSync(join(web, 'assets', 'app-abc123.js'), 'console.log(1)');
    server = await startTestServer({ webRoot: web });
  });
  after(() => server.close());

  test('a foreign Origin is refused on every state-changing route', async () => {
    const ops = (await everyOperation(server)).filter((op) => op.method !== 'GET');
    assert.ok(ops.length >= 20);
    for (const op of ops) {
      // The same host and port over another scheme is another origin.
      const others = [
        'http://evil.example',
        'null',
        `http://localhost:${server.port + 1}`,
        `https://127.0.0.1:${server.port}`,
      ];
      for (const origin of others) {
        const r = await server.call(op.method, op.path, { headers: { origin }, body: {} });
        assert.equal(r.status, 403, `${op.method} ${op.path} from ${origin}: ${r.text}`);
        assert.equal(r.json.error.code, 'forbidden');
      }
    }
  });

  test('the own origin is accepted', async () => {
    const r = await server.call('PUT', '/api/owner', {
      headers: { origin: `http://127.0.0.1:${server.port}` },
      body: { name: 'Dana', organization: 'o:home' },
    });
    assert.equal(r.status, 200, r.text);
  });

  test('a cross-site fetch without Origin is refused by Sec-Fetch-Site', async () => {
    const r = await server.call('DELETE', '/api/people/p:1', { headers: { 'sec-fetch-site': 'cross-site' } });
    assert.equal(r.status, 403, r.text);
  });

  test('a Host other than the server itself is refused everywhere (DNS rebinding)', async () => {
    const ops = await everyOperation(server);
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      for (const op of [
        ...ops,
        { method: 'GET', path: '/' },
        { method: 'GET', path: '/assets/app-abc123.js' },
      ]) {
        const r = await server.call(op.method, op.path, { headers: { host } });
        assert.equal(r.status, 403, `${op.method} ${op.path} Host ${host}: ${r.text}`);
      }
    }
    for (const host of [`localhost:${server.port}`, `[::1]:${server.port}`]) {
      const r = await server.call('GET', '/api/status', { headers: { host } });
      assert.equal(r.status, 200, host);
    }
  });

  test('every response carries the strict headers', async () => {
    for (const path of ['/api/status', '/api/nowhere', '/', '/people/p:1', '/assets/app-abc123.js']) {
      const r = await server.call('GET', path);
      const csp = String(r.headers['content-security-policy']);
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ]) {
        assert.ok(csp.includes(directive), `${path}: ${directive}`);
      }
      assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(r.headers['referrer-policy'], 'no-referrer', path);
    }
  });

  test('the web app is served with a fallback to index.html for client routes', async () => {
    const page = await server.call('GET', '/people/p:1');
    assert.equal(page.status, 200);
    assert.match(page.text, /<title>threefold<\/title>/);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    const asset = await server.call('GET', '/assets/app-abc123.js');
    assert.equal(asset.status, 200);
    assert.match(String(asset.headers['cache-control']), /immutable/);
    assert.equal((await server.call('GET', '/assets/missing.js')).status, 404);
    assert.equal(
      (await server.call('GET', '/../../etc/passwd')).status,
      200,
      'normalised to the app, not the file',
    );
    const traversal = await server.call('GET', '/assets/..%2f..%2f..%2fetc%2fpasswd');
    assert.notEqual(traversal.text.includes('root:'), true);
  });

  test('unknown API routes are JSON 404s', async () => {
    const r = await server.call('GET', '/api/nowhere');
    assert.equal(r.status, 404);
    assert.equal(r.json.error.code, 'not_found');
  });

  test('an oversized upload is refused with 413 before it is read', async () => {
    const r = await server.call('POST', '/api/import?filename=x.json', {
      headers: { 'content-type': 'application/json', 'content-length': String(201 * 1024 * 1024) },
    });
    assert.equal(r.status, 413, r.text);
    assert.equal(r.json.error.code, 'too_large');
  });
});

test('listening beyond loopback needs a long enough token', () => {
  assert.throws(
    () => checkExposure('0.0.0.0', undefined),
    /refusing to listen on 0\.0\.0\.0 without a token/,
  );
  assert.throws(() => checkExposure('192.168.1.10', undefined), /token/);
  assert.throws(() => checkExposure('0.0.0.0', 'short'), /at least 16 characters/);
  assert.doesNotThrow(() => checkExposure('0.0.0.0', TOKEN));
  assert.doesNotThrow(() => checkExposure('127.0.0.1', undefined));
  assert.doesNotThrow(() => checkExposure('localhost', undefined));
  assert.doesNotThrow(() => checkExposure('::1', undefined));
});
