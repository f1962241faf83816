#!/usr/bin/env node
// Node 20's test runner takes no glob patterns, so this finds the test files itself and
// hands them to `node --import tsx --test`. Arguments narrow the run: `npm test -- src/store`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const roots = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['src', 'bench', 'web/src'];
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
