import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const MAIN = new URL('../main.ts', import.meta.url).pathname;
const TOKEN = 'a-token-long-enough-for-any-address-0123456789';

/** Starts `threefold serve` with `args` (standard output is a pipe, not a terminal) until it prints its address. */
function serve(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-serve-token-'));
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, '--db', join(dir, 'net.db'), 'serve', '--port', '0', '--no-open', ...args],
    {
      env: { ...process.env, THREEFOLD_CLI_ENTRY: '1', NO_COLOR: '1', THREEFOLD_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdout.on('data', (d) => {
      stdout += d;
      if (stdout.includes('Ctrl-C')) {
        proc.kill();
        resolve({ stdout, stderr });
      }
    });
    proc.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
}

test('a token from a file is never printed where a log or a pipe would keep it', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'threefold-token-')), 'token');
  writeFileSync(file, `${TOKEN}\n`);
  const { stdout, stderr } = await serve(['--host', '0.0.0.0', '--token-file', file]);
  assert.doesNotMatch(stdout, new RegExp(TOKEN));
  assert.match(stdout, /add #token=… from the file/);
  assert.equal(stderr, '');
});

test('a token on the command line works, with a warning that ps shows it', async () => {
  const { stdout, stderr } = await serve(['--host', '0.0.0.0', '--token', TOKEN]);
  assert.doesNotMatch(stdout, new RegExp(TOKEN));
  assert.match(stderr, /visible to other users/);
});
