#!/usr/bin/env node
// Node 20's test runner takes no glob patterns, so this finds the test files itself and
// hands them to `node --import tsx --test`. Arguments narrow the run: `npm test -- src/store`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureBuilt, ensureInstalled } from './ensure-setup.mjs';

ensureInstalled();
// A full run (no arguments) is what a newcomer and CI run: build first, for the browser tests
// that serve web/dist and the CLI tests of bin/threefold. A narrowed run leaves the build alone.
if (process.argv.length <= 2) {
  ensureBuilt();
  ensureSystemPackages();
}

// Browser tests drive Debian's Chromium, the GEXF export is checked with xmllint and the team
// server's tests start a throwaway PostgreSQL cluster; on a
// fresh Debian machine where we are root, install them rather than skip those tests.
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/bin/xmllint')) missing.push('libxml2-utils');
  const postgres = '/usr/lib/postgresql';
  if (
    !existsSync(postgres) ||
    !readdirSync(postgres).some((v) => existsSync(join(postgres, v, 'bin', 'initdb')))
  )
    missing.push('postgresql');
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `note: ${missing.join(', ')} missing; install them (apt-get install ${missing.join(' ')}) to run every test.`,
    );
    return;
  }
  console.error(`installing ${missing.join(', ')} (apt-get)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
}

const roots =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['src', 'bench', 'web/src', 'web/e2e'];
const files = [];
function walk(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) {
      if (name === 'node_modules' || name === 'dist') continue;
      walk(join(path, name));
    }
  } else if (/\.test\.tsx?$/.test(path)) {
    files.push(relative(process.cwd(), path));
  }
}
roots.forEach(walk);
files.sort();
if (files.length === 0) {
  console.error('no test files found under', roots.join(', '));
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});
process.exit(result.status ?? 1);
