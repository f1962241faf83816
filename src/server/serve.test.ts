import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runServe } from './serve.js';

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serve listens on loopback and prints a URL that works', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-serve-'));
  const running = await runServe({ dbPath: join(dir, 'sub', 'threefold.db'), port: 0, open: false });
  try {
    assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.equal(await get(running.port, '/api/status'), 200);
  } finally {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve refuses a non-loopback address without a token, before listening', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-serve-'));
  try {
    await assert.rejects(runServe({ dbPath: join(dir, 'x.db'), host: '0.0.0.0', port: 0, open: false }), {
      code: 'invalid_input',
      message: /without a token/,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve on all interfaces with a token requires it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-serve-'));
  const token = 'a-long-enough-token-1234';
  const running = await runServe({ dbPath: join(dir, 'x.db'), host: '0.0.0.0', port: 0, token, open: false });
  try {
    assert.match(running.url, new RegExp(`#token=${token}$`));
    assert.equal(await get(running.port, '/api/status', { host: `127.0.0.1:${running.port}` }), 401);
    assert.equal(
      await get(running.port, '/api/status', {
        host: `127.0.0.1:${running.port}`,
        authorization: `Bearer ${token}`,
      }),
      200,
    );
  } finally {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
