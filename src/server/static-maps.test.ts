import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './test-harness.js';

let server: TestServer;
before(async () => {
  // A build folder as an old development build would have left it: a script and its map.
  const web = mkdtempSync(join(tmpdir(), 'threefold-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>threefold</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1);\n//# sourceMappingURL=app.js.map\n');
  writeFileSync(join(web, 'assets', 'app.js.map'), '{"version":3,"sources":["src/secret.ts"]}');
  server = await startTestServer({ webRoot: web });
});
after(() => server.close());

test('source maps are never served, even where a build left some', async () => {
  assert.equal((await server.call('GET', '/assets/app.js')).status, 200);
  const map = await server.call('GET', '/assets/app.js.map');
  assert.equal(map.status, 404, map.text);
  assert.doesNotMatch(map.text, /secret/);
});
