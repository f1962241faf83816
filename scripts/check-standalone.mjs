#!/usr/bin/env node
// The tests run from the repository alone: this clones the committed checkout into a deep
// temporary folder with no sibling folders, gives it a copy of the installed packages, and runs
// the suites that read fixtures and reference data there. Run by `.ci/run`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SUITES = [
  'src/io',
  'src/cli/commands/import-formats.test.ts',
  'src/server/import-formats.test.ts',
  'src/core/graph',
  'src/core/findings',
  'src/repository.test.ts',
];

const base = mkdtempSync(join(tmpdir(), 'threefold-standalone-'));
const parent = join(base, 'a', 'deep', 'folder');
mkdirSync(parent, { recursive: true });
const clone = join(parent, 'threefold');
try {
  const cloned = spawnSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone], { stdio: 'inherit' });
  if (cloned.status !== 0) throw new Error('git clone failed');
  if (!existsSync(join(ROOT, 'node_modules'))) throw new Error('install the packages first (npm ci)');
  // A copy, not a link: the clone's set-up must never reach back into this checkout.
  cpSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), {
    recursive: true,
    verbatimSymlinks: true,
  });
  console.log(`running the fixture suites in ${clone} (no sibling folders)`);
  const ran = spawnSync(process.execPath, ['scripts/run-tests.mjs', ...SUITES], {
    cwd: clone,
    stdio: 'inherit',
    env: { ...process.env, CI: process.env.CI ?? '' },
  });
  process.exitCode = ran.status ?? 1;
} finally {
  rmSync(base, { recursive: true, force: true });
}
